package io.callcontrol.camel.broadworks.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * "Call List Attributes": one call of {@code list_calls}. Without {@code includeDetails} only {@code callId},
 * {@code inConference} (and {@code uri}) are sent; the other fields come with details.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadworksCallListEntry(
        @JsonProperty("callId") String callId,
        @JsonProperty("inConference") Boolean inConference,
        @JsonProperty("uri") String uri,
        @JsonProperty("externalTrackingId") String externalTrackingId,
        @JsonProperty("personality") CallPersonality personality,
        @JsonProperty("state") BroadworksCallState state,
        @JsonProperty("remoteParty") RemoteParty remoteParty,
        @JsonProperty("endpoint") CallEndpoint endpoint,
        @JsonProperty("appearance") Integer appearance,
        @JsonProperty("startTime") String startTime,
        @JsonProperty("answerTime") String answerTime) {

    public Instant startedAt() {
        return BroadworksTimes.parse(startTime);
    }

    public Instant answeredAt() {
        return BroadworksTimes.parse(answerTime);
    }
}
