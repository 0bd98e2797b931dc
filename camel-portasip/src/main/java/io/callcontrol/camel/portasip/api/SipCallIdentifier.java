package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipCallIdentifier: addresses one part (dialog) of a call.
 *
 * @param id  the unique call identifier
 * @param tag the call remote tag
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipCallIdentifier(
        @JsonProperty("id") String id,
        @JsonProperty("tag") String tag) {

    public static SipCallIdentifier of(String id, String tag) {
        return new SipCallIdentifier(id, tag);
    }
}
