package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A {@code sip.call_control_notifications} event as pushed on the WebSocket. Exactly one of the result's
 * call_info, conference_info or participant_info is set.
 *
 * @param action {@code update}
 * @param event  {@code sip.call_control_notifications}
 * @param result the payload
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallControlNotification(
        @JsonProperty("action") String action,
        @JsonProperty("event") String event,
        @JsonProperty("result") Result result) {

    /**
     * @param callInfo        a call dialog changed (also IVR events)
     * @param conferenceInfo  a conference changed
     * @param participantInfo a conference participant changed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(
            @JsonProperty("call_info") SipCallInfo callInfo,
            @JsonProperty("conference_info") ConferenceInfoNotification conferenceInfo,
            @JsonProperty("participant_info") ParticipantInfoNotification participantInfo) {
    }

    public SipCallInfo callInfo() {
        return result == null ? null : result.callInfo();
    }

    public ConferenceInfoNotification conferenceInfo() {
        return result == null ? null : result.conferenceInfo();
    }

    public ParticipantInfoNotification participantInfo() {
        return result == null ? null : result.participantInfo();
    }
}
