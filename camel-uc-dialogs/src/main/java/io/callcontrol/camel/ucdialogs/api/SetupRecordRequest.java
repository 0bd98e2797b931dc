package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code setup_record}: start/stop a recording channel (layer) of the dialog.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetupRecordRequest(
        @JsonProperty("command") String command,
        @JsonProperty("layer") String layer,
        @JsonProperty("side") String side,
        @JsonProperty("callid") String callid) implements UcDialogsRequest {
}
