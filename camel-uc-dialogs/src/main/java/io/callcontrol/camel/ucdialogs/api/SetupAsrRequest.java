package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code setup_asr}: start/stop stenography (recording + recognition) of a leg in a named layer.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetupAsrRequest(
        @JsonProperty("command") String command,
        @JsonProperty("layer") String layer,
        @JsonProperty("side") String side,
        @JsonProperty("callid") String callid,
        @JsonProperty("opposite") Boolean opposite,
        @JsonProperty("wait") Boolean waitSummary) implements UcDialogsRequest {
}
