package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipOnSpotConferenceCallInfo.
 *
 * @param callerId        the phone number used to establish a call to a new participant
 * @param calleeId        the phone number of a participant to be called
 * @param id              the call identifier
 * @param sipAuthUsername the SIP username used for authorization and charges
 * @param tag             the call remote tag
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipOnSpotConferenceCallInfo(
        @JsonProperty("caller_id") String callerId,
        @JsonProperty("callee_id") String calleeId,
        @JsonProperty("id") String id,
        @JsonProperty("sip_auth_username") String sipAuthUsername,
        @JsonProperty("tag") String tag) {
}
