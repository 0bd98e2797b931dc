package io.callcontrol.camel.broadworks.api;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * "Call Attributes": the details of one call ({@code get_call}).
 *
 * @param callId                   the call identifier
 * @param externalTrackingId       the external tracking identifier of the call
 * @param personality              see {@link CallPersonality}
 * @param state                    see {@link BroadworksCallState}
 * @param remoteParty              the remote party
 * @param endpoint                 the user's endpoint
 * @param appearance               the appearance of the call
 * @param startTime                start time, as sent (e.g. {@code 2021-10-29T11:45:14.535000}, no zone)
 * @param answerTime               answer time, as sent; only once the call was established
 * @param uri                      the URI of the call (list only)
 * @param recorded                 true while the call is being recorded
 * @param recordingState           see {@link RecordingState}; may be null
 * @param allowedRecordingControls see {@link RecordingControl}; may be null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadworksCall(
        @JsonProperty("callId") String callId,
        @JsonProperty("externalTrackingId") String externalTrackingId,
        @JsonProperty("personality") CallPersonality personality,
        @JsonProperty("state") BroadworksCallState state,
        @JsonProperty("remoteParty") RemoteParty remoteParty,
        @JsonProperty("endpoint") CallEndpoint endpoint,
        @JsonProperty("appearance") Integer appearance,
        @JsonProperty("startTime") String startTime,
        @JsonProperty("answerTime") String answerTime,
        @JsonProperty("uri") String uri,
        @JsonProperty("recorded") Boolean recorded,
        @JsonProperty("recordingState") RecordingState recordingState,
        @JsonProperty("allowedRecordingControls") RecordingControl allowedRecordingControls) {

    /** {@link #startTime()} as an instant (the vendor sends no zone; UTC is assumed), or null. */
    public Instant startedAt() {
        return BroadworksTimes.parse(startTime);
    }

    /** {@link #answerTime()} as an instant (UTC assumed), or null. */
    public Instant answeredAt() {
        return BroadworksTimes.parse(answerTime);
    }
}
