package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * JoinCallsRequest: attended transfer; the transferor is disconnected and the remaining parties joined.
 *
 * @param call   the identifier of the call party to be joined
 * @param toCall the identifier of the call party to be joined with
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record JoinCallsRequest(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("to_call") SipCallIdentifier toCall) {
}
