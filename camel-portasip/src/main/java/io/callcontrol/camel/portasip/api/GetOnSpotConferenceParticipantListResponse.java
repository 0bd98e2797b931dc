package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * GetOnSpotConferenceParticipantListResponse: participants in the conference and those who left.
 *
 * @param participantList the conference participants
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GetOnSpotConferenceParticipantListResponse(
        @JsonProperty("participant_list") List<SipOnSpotConferenceParticipantInfo> participantList) {
}
