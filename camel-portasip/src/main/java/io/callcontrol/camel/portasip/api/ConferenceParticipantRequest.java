package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * UpdateOnSpotConferenceParticipantRequest / DeleteOnSpotConferenceParticipantRequest (same structure).
 *
 * @param conferenceInfo  the information about the conference
 * @param participantInfo the information about the participant
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConferenceParticipantRequest(
        @JsonProperty("conference_info") SipOnSpotConferenceInfo conferenceInfo,
        @JsonProperty("participant_info") SipOnSpotConferenceParticipantInfo participantInfo) {
}
