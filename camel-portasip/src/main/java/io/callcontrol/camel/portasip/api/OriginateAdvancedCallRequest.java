package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * OriginateAdvancedCallRequest: PortaSIP calls caller_id (leg A), then, when answered, callee_id (leg B).
 *
 * @param billId              the number (account ID) to be charged
 * @param calleeAutoPickup    request auto-answer from the caller's UA (Y/N on the wire, default N)
 * @param calleeId            the number to be called
 * @param callerId            the number the call originates from
 * @param stateCallback       the HTTP(S) URL the call status (SIPCallInfo) is POSTed to
 * @param stateCallbackEvents the statuses to POST (default terminated)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record OriginateAdvancedCallRequest(
        @JsonProperty("bill_id") String billId,
        @JsonProperty("callee_auto_pickup") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean calleeAutoPickup,
        @JsonProperty("callee_id") String calleeId,
        @JsonProperty("caller_id") String callerId,
        @JsonProperty("state_callback") String stateCallback,
        @JsonProperty("state_callback_events") List<SipCallState> stateCallbackEvents) {

    public OriginateAdvancedCallRequest withStateCallback(String url) {
        return new OriginateAdvancedCallRequest(billId, calleeAutoPickup, calleeId, callerId, url, stateCallbackEvents);
    }
}
