package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code switchconf}: both parties of the dialog are moved into a (new) conference.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SwitchConfRequest(
        @JsonProperty("referto") String referto,
        @JsonProperty("by") String by,
        @JsonProperty("response_mode") Integer responseMode,
        @JsonProperty("binding") String binding) implements UcDialogsRequest {
}
