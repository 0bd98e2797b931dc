package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The participant_info of a sip.call_control_notifications event (event {@code ParticipantInfo}).
 *
 * @param call              the conference call
 * @param conferenceName    the conference name
 * @param conferenceOwnerId the owner's account ID
 * @param event             {@code ParticipantInfo}
 * @param hold              the participant is on hold
 * @param joinTime          when the participant joined
 * @param leaveTime         when the participant left (null while in the conference)
 * @param moderator         the participant is a moderator
 * @param mute              the participant is muted
 * @param participantId     the participant ID
 * @param trackingId        the tracking ID
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantInfoNotification(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("conference_name") String conferenceName,
        @JsonProperty("conference_owner_id") String conferenceOwnerId,
        @JsonProperty("event") String event,
        @JsonProperty("hold") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean hold,
        @JsonProperty("join_time") String joinTime,
        @JsonProperty("leave_time") String leaveTime,
        @JsonProperty("moderator") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean moderator,
        @JsonProperty("mute") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean mute,
        @JsonProperty("participant_id") Integer participantId,
        @JsonProperty("tracking_id") String trackingId) {
}
