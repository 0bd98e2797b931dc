package io.callcontrol.camel.portasip.jsonapi;

/** How requests travel to the PortaSIP JSON API. */
public enum PortasipJsonApiTransport {

    /**
     * As the document describes: a POST with the form fields {@code auth_info} and {@code params} (JSON text),
     * {@code application/x-www-form-urlencoded}, or {@code multipart/form-data} when an attachment goes along.
     */
    form,
    /**
     * As newer releases accept: {@code Authorization: Bearer <access_token>} and a JSON body
     * {@code {"params":{..}}} (multipart with a JSON {@code params} part when an attachment goes along). Needs an
     * access token: from login (newer releases return one) or configured.
     */
    json
}
