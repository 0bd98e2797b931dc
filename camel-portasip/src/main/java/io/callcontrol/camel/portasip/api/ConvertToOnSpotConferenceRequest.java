package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * ConvertToOnSpotConferenceRequest: convert an active call to a conference call.
 *
 * @param conferenceInfo the information about the conference
 * @param callInfo       the information about the call (id and tag of the active call)
 * @param callee         the participant the caller was calling to
 * @param caller         the participant who was calling
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConvertToOnSpotConferenceRequest(
        @JsonProperty("conference_info") SipOnSpotConferenceInfo conferenceInfo,
        @JsonProperty("call_info") SipOnSpotConferenceCallInfo callInfo,
        @JsonProperty("callee") SipOnSpotConferenceParticipantInfo callee,
        @JsonProperty("caller") SipOnSpotConferenceParticipantInfo caller) {
}
