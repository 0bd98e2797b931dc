package io.callcontrol.camel.portasip.jsonapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;

/**
 * The answer of one PortaSIP JSON API call.
 *
 * @param method     the method name called
 * @param service    the service called
 * @param response   the typed answer (a record of the model; a
 *                   {@link io.callcontrol.camel.portasip.jsonapi.model.GenericResponse} for undocumented answers,
 *                   unknown methods and dry runs)
 * @param json       the answer's JSON as received (for a multipart answer, its JSON part)
 * @param attachment the returned audio (get_*_prompt, get_vm_greeting), else null
 * @param httpStatus the HTTP status
 * @param dryRun     whether the call was a dry run (the server only validated the arguments)
 */
public record PortasipJsonApiResult(String method, String service, Object response, JsonNode json,
                                    PortasipAttachment attachment, int httpStatus, boolean dryRun) {

    /** The answer as the given type (converted from the JSON when it is not that type already). */
    public <T> T response(Class<T> type) {
        if (type.isInstance(response)) {
            return type.cast(response);
        }
        return Json.MAPPER.convertValue(json, type);
    }
}
