package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * PlayPromptRequest.
 *
 * @param call   the unique ID of separate parts of the call
 * @param url    the URL of the prompt files, without extension (au, g729)
 * @param order  prompt playback order (2 or 3), default 2
 * @param repeat times to repeat the prompt, -1 forever, default 1
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlayPromptRequest(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("url") String url,
        @JsonProperty("order") Integer order,
        @JsonProperty("repeat") Integer repeat) {
}
