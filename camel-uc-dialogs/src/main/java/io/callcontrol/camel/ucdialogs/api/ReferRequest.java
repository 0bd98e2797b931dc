package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code refer}: the party opposite to {@code by} is transferred to {@code referto}.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferRequest(
        @JsonProperty("by") String by,
        @JsonProperty("referto") String referto,
        @JsonProperty("response_mode") Integer responseMode,
        @JsonProperty("binding") String binding) implements UcDialogsRequest {
}
