package io.callcontrol.camel.portasip.jsonapi.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Conference service: conferences and their prompts.
 * <p>
 * Records use the vendor's snake_case property names on the wire; null properties are not sent; unknown ones
 * are ignored when reading answers with the suite mapper ({@code Json.MAPPER}) and rejected in requests by
 * {@link io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiClient}. Structures with many properties have a
 * {@code builder()}.
 */
public final class ConferenceApi {

    private ConferenceApi() {
    }

    /**
     * ConfInfo structure: one conference.
     *
     * @param iConf {@code i_conf}: Unique ID of the conference.
     * @param name {@code name}: Conference name.
     * @param pinHost {@code pin_host}: PIN for the administrator to log into the conference.
     * @param pinUser {@code pin_user}: PIN for users to join the conference.
     * @param maxCallDuration {@code max_call_duration}: Maximum conference duration.
     * @param maxSessionTime {@code max_session_time}: Maximum session time (exclusive with start/end time; for permanent conferences).
     * @param maxParticipants {@code max_participants}: Maximum number of participants.
     * @param waitHost {@code wait_host}: Whether the administrator must log in first (Y/N on the wire).
     * @param playAnnounce {@code play_announce}: Whether announcements are played (Y/N on the wire).
     * @param playMoh {@code play_moh}: Whether music on hold is played (Y/N on the wire).
     * @param startTime {@code start_time}: When the conference starts, in UTC, as the server formats it.
     * @param msgIntroSet {@code msg_intro_set}: 1 if an 'Intro' prompt is recorded, otherwise 0 (a string on the wire).
     * @param mohSet {@code moh_set}: 1 if a 'MOH' prompt is recorded, otherwise 0 (a string on the wire).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ConfInfo(
            @JsonProperty("i_conf") Integer iConf,
            @JsonProperty("name") String name,
            @JsonProperty("pin_host") String pinHost,
            @JsonProperty("pin_user") String pinUser,
            @JsonProperty("max_call_duration") Integer maxCallDuration,
            @JsonProperty("max_session_time") Integer maxSessionTime,
            @JsonProperty("max_participants") Integer maxParticipants,
            @JsonProperty("wait_host") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean waitHost,
            @JsonProperty("play_announce") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean playAnnounce,
            @JsonProperty("play_moh") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean playMoh,
            @JsonProperty("start_time") String startTime,
            @JsonProperty("msg_intro_set") Integer msgIntroSet,
            @JsonProperty("moh_set") Integer mohSet) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link ConfInfo}. */
        public static final class Builder {
            private Integer iConf;
            private String name;
            private String pinHost;
            private String pinUser;
            private Integer maxCallDuration;
            private Integer maxSessionTime;
            private Integer maxParticipants;
            private Boolean waitHost;
            private Boolean playAnnounce;
            private Boolean playMoh;
            private String startTime;
            private Integer msgIntroSet;
            private Integer mohSet;

            /** {@code i_conf}: Unique ID of the conference. */
            public Builder iConf(Integer iConf) {
                this.iConf = iConf;
                return this;
            }

            /** {@code name}: Conference name. */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /** {@code pin_host}: PIN for the administrator to log into the conference. */
            public Builder pinHost(String pinHost) {
                this.pinHost = pinHost;
                return this;
            }

            /** {@code pin_user}: PIN for users to join the conference. */
            public Builder pinUser(String pinUser) {
                this.pinUser = pinUser;
                return this;
            }

            /** {@code max_call_duration}: Maximum conference duration. */
            public Builder maxCallDuration(Integer maxCallDuration) {
                this.maxCallDuration = maxCallDuration;
                return this;
            }

            /** {@code max_session_time}: Maximum session time (exclusive with start/end time; for permanent conferences). */
            public Builder maxSessionTime(Integer maxSessionTime) {
                this.maxSessionTime = maxSessionTime;
                return this;
            }

            /** {@code max_participants}: Maximum number of participants. */
            public Builder maxParticipants(Integer maxParticipants) {
                this.maxParticipants = maxParticipants;
                return this;
            }

            /** {@code wait_host}: Whether the administrator must log in first (Y/N on the wire). */
            public Builder waitHost(Boolean waitHost) {
                this.waitHost = waitHost;
                return this;
            }

            /** {@code play_announce}: Whether announcements are played (Y/N on the wire). */
            public Builder playAnnounce(Boolean playAnnounce) {
                this.playAnnounce = playAnnounce;
                return this;
            }

            /** {@code play_moh}: Whether music on hold is played (Y/N on the wire). */
            public Builder playMoh(Boolean playMoh) {
                this.playMoh = playMoh;
                return this;
            }

            /** {@code start_time}: When the conference starts, in UTC, as the server formats it. */
            public Builder startTime(String startTime) {
                this.startTime = startTime;
                return this;
            }

            /** {@code msg_intro_set}: 1 if an 'Intro' prompt is recorded, otherwise 0 (a string on the wire). */
            public Builder msgIntroSet(Integer msgIntroSet) {
                this.msgIntroSet = msgIntroSet;
                return this;
            }

            /** {@code moh_set}: 1 if a 'MOH' prompt is recorded, otherwise 0 (a string on the wire). */
            public Builder mohSet(Integer mohSet) {
                this.mohSet = mohSet;
                return this;
            }

            public ConfInfo build() {
                return new ConfInfo(iConf, name, pinHost, pinUser, maxCallDuration, maxSessionTime, maxParticipants, waitHost, playAnnounce, playMoh, startTime, msgIntroSet, mohSet);
            }
        }
    }

    /**
     * Parameters of {@code get_conf_info}: i_conf or name.
     *
     * @param iConf {@code i_conf}: Unique ID of the conference.
     * @param name {@code name}: The conference name.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetConfInfoRequest(
            @JsonProperty("i_conf") Integer iConf,
            @JsonProperty("name") String name) {
    }

    /**
     * Answer of {@code get_conf_info}.
     *
     * @param confInfo {@code conf_info}: General conference settings.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetConfInfoResponse(
            @JsonProperty("conf_info") ConfInfo confInfo) {
    }

    /**
     * Parameters of {@code get_conf_list}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetConfListRequest() {
    }

    /**
     * Answer of {@code get_conf_list}.
     *
     * @param confList {@code conf_list}: The conferences and their settings.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetConfListResponse(
            @JsonProperty("conf_list") List<ConfInfo> confList) {
    }

    /**
     * Parameters of {@code create_conf}.
     *
     * @param confInfo {@code conf_info}: General conference settings.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateConfRequest(
            @JsonProperty("conf_info") ConfInfo confInfo) {
    }

    /**
     * Answer of {@code create_conf}.
     *
     * @param iConf {@code i_conf}: Unique ID of the new conference.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateConfResponse(
            @JsonProperty("i_conf") Integer iConf) {
    }

    /**
     * Parameters of {@code update_conf}.
     *
     * @param confInfo {@code conf_info}: General conference settings (i_conf required).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateConfRequest(
            @JsonProperty("conf_info") ConfInfo confInfo) {
    }

    /**
     * Answer of {@code update_conf}.
     *
     * @param iConf {@code i_conf}: Unique ID of the updated conference.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateConfResponse(
            @JsonProperty("i_conf") Integer iConf) {
    }

    /**
     * Parameters of {@code del_conf}.
     *
     * @param iConf {@code i_conf}: Unique ID of the conference to delete.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelConfRequest(
            @JsonProperty("i_conf") Integer iConf) {
    }

    /**
     * Answer of {@code del_conf}.
     *
     * @param iConf {@code i_conf}: Unique ID of the deleted conference.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelConfResponse(
            @JsonProperty("i_conf") Integer iConf) {
    }

    /**
     * Parameters of {@code set_conf_prompt}; the audio travels as the MIME attachment.
     *
     * @param iConf {@code i_conf}: Unique ID of the conference.
     * @param promptType {@code prompt_type}: intro or moh.
     * @param prompt {@code prompt}: Filename of the prompt sent in the MIME attachment.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetConfPromptRequest(
            @JsonProperty("i_conf") Integer iConf,
            @JsonProperty("prompt_type") ConfPromptType promptType,
            @JsonProperty("prompt") String prompt) {
    }

    /**
     * Answer of {@code set_conf_prompt}.
     *
     * @param iConf {@code i_conf}: Unique ID of the updated conference.
     * @param iAudioFile {@code i_audio_file}: ID of the audio file in the CodecConverter conversion queue.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetConfPromptResponse(
            @JsonProperty("i_conf") Integer iConf,
            @JsonProperty("i_audio_file") Integer iAudioFile) {
    }

    /**
     * Parameters of {@code get_conf_prompt}.
     *
     * @param iConf {@code i_conf}: Unique ID of the conference.
     * @param promptType {@code prompt_type}: intro or moh.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetConfPromptRequest(
            @JsonProperty("i_conf") Integer iConf,
            @JsonProperty("prompt_type") ConfPromptType promptType) {
    }

    /**
     * Answer of {@code get_conf_prompt}; the audio is the MIME attachment.
     *
     * @param prompt {@code prompt}: Filename of the prompt attached to the response.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetConfPromptResponse(
            @JsonProperty("prompt") String prompt) {
    }

}
