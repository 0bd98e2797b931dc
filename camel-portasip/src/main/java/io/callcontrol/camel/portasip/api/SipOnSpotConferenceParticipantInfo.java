package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SipOnSpotConferenceParticipantInfo. Y/N flags are Booleans here and Y/N on the wire.
 *
 * @param announcedConferenceNameUrl URL (without extension) of the conference name announcement
 * @param hold                       the participant is on hold
 * @param playAnnounce               play an announcement before removing the participant
 * @param lang                       ISO 639-1 language for the conferencing IVR (default en)
 * @param maxParticipants            maximum concurrent participants in the room
 * @param moderator                  the participant is a moderator (default N)
 * @param musicOnHoldUrl             URL (without extension) of the music on hold
 * @param mute                       the participant cannot speak (default N)
 * @param quietMode                  join without welcome message and enter/leave sounds (default N)
 * @param participantId              the unique identifier of the participant
 * @param waitForModerator           participants cannot talk until a moderator joins (default N)
 * @param callerId                   participant list: the caller number of the participant's call
 * @param calleeId                   participant list: the callee number of the participant's call
 * @param joinTime                   participant list: when the participant joined
 * @param leaveTime                  participant list: when the participant left
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipOnSpotConferenceParticipantInfo(
        @JsonProperty("announced_conference_name_url") String announcedConferenceNameUrl,
        @JsonProperty("hold") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean hold,
        @JsonProperty("play_announce") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean playAnnounce,
        @JsonProperty("lang") String lang,
        @JsonProperty("max_participants") Integer maxParticipants,
        @JsonProperty("moderator") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean moderator,
        @JsonProperty("music_on_hold_url") String musicOnHoldUrl,
        @JsonProperty("mute") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean mute,
        @JsonProperty("quiet_mode") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean quietMode,
        @JsonProperty("participant_id") Integer participantId,
        @JsonProperty("wait_for_moderator") @JsonSerialize(using = YesNo.Serializer.class) @JsonDeserialize(using = YesNo.Deserializer.class) Boolean waitForModerator,
        @JsonProperty("caller_id") String callerId,
        @JsonProperty("callee_id") String calleeId,
        @JsonProperty("join_time") String joinTime,
        @JsonProperty("leave_time") String leaveTime) {
}
