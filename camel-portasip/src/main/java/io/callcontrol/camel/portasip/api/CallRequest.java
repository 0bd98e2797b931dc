package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The request of every method that addresses one call part only: TerminateCallRequest, HoldCallRequest,
 * UnholdCallRequest, StartDtmfDetectRequest, StopDtmfDetectRequest, RingCallRequest, ProgressCallRequest
 * (identical structures in the document).
 *
 * @param call the unique ID of separate parts of the call
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallRequest(
        @JsonProperty("call") SipCallIdentifier call) {
}
