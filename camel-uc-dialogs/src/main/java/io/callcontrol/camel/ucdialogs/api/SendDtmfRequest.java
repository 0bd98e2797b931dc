package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code send_dtmf}: DTMF (with {@code '} or {@code ,} as 1 s pauses) to a leg, by SIP INFO or RFC 2833.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SendDtmfRequest(
        @JsonProperty("callid") String callid,
        @JsonProperty("side") String side,
        @JsonProperty("opposite") Boolean opposite,
        @JsonProperty("proto") String proto,
        @JsonProperty("dtmf") String dtmf) implements UcDialogsRequest {
}
