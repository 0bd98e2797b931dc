package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * GetOnSpotConferenceListRequest / GetOnSpotConferenceParticipantListRequest (same structure).
 *
 * @param conferenceInfo the information about the conference (may be empty for the list)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConferenceRequest(
        @JsonProperty("conference_info") SipOnSpotConferenceInfo conferenceInfo) {
}
