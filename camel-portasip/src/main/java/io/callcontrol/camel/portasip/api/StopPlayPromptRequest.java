package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * StopPlayPromptRequest.
 *
 * @param call  the unique ID of separate parts of the call
 * @param order prompt playback order (2 or 3), default 2
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StopPlayPromptRequest(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("order") Integer order) {
}
