package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code originate} ({@code POST}): IVR calls X ({@code from}), then transfers X to Y ({@code to}).
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OriginateRequest(
        @JsonProperty("mode") String mode,
        @JsonProperty("from") String from,
        @JsonProperty("to") String to,
        @JsonProperty("callerid") String callerid,
        @JsonProperty("callername") String callername,
        @JsonProperty("calltimeout") Integer calltimeout,
        @JsonProperty("binding") String binding,
        @JsonProperty("response_mode") Integer responseMode,
        @JsonProperty("use_intercom") Boolean useIntercom) implements UcDialogsRequest {
}
