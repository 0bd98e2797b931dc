package io.callcontrol.camel.ucdialogs.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code notify}: a device control event ({@code talk}, {@code hold}, {@code conference}, ...) to the leg named by {@code callid} or {@code side}.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotifyRequest(
        @JsonProperty("callid") String callid,
        @JsonProperty("side") String side,
        @JsonProperty("event") String event) implements UcDialogsRequest {
}
