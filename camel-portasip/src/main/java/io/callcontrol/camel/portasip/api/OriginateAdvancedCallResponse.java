package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * OriginateAdvancedCallResponse.
 *
 * @param call       the unique ID of the originated call
 * @param success    non-zero when the operation was completed
 * @param trackingId the unique ID of the call session (UUID)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OriginateAdvancedCallResponse(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("success") Integer success,
        @JsonProperty("tracking_id") String trackingId) {
}
