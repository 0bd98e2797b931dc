package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * Voicemail service: general voicemail settings and greetings (get/set_vm_settings, get/set_vm_greeting).
 * <p>
 * Records use the vendor's snake_case property names on the wire; null properties are not sent; unknown ones
 * are ignored when reading answers with the suite mapper ({@code Json.MAPPER}) and rejected in requests by
 * {@link io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiClient}. Structures with many properties have a
 * {@code builder()}.
 */
public final class VoicemailApi {

    private VoicemailApi() {
    }

    /**
     * VMSettings structure: general voicemail settings.
     *
     * @param password {@code password}: Password for accessing voicemail via IVR.
     * @param passwordAsk {@code password_ask}: Ask for the password when accessing voicemail via IVR (yes/no on the wire).
     * @param promptLevels {@code prompt_levels}: Voice prompt setting: standard, extended or rapid.
     * @param announceDt {@code announce_dt}: Announce the date and time when each voicemail was sent (yes/no on the wire).
     * @param autoPlay {@code auto_play}: Auto-play new voicemails when a call to voicemail is established (yes/no on the wire).
     * @param greetings {@code greetings}: Type of greeting for callers leaving a voicemail.
     * @param faxFile {@code fax_file}: Format for received faxes.
     * @param extEmail {@code ext_email}: External email for forwarding, copying and notifying (128 chars max).
     * @param extEmailAction {@code ext_email_action}: Action for the external email.
     * @param extEmailVmFmt {@code ext_email_vm_fmt}: Voice message audio format (mp3 by default).
     * @param enableDisa {@code enable_disa}: Enable DISA for the voicemail (Yes/No on the wire).
     * @param disaPassword {@code disa_password}: Password for using DISA.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VmSettings(
            @JsonProperty("password") String password,
            @JsonProperty("password_ask") @JsonSerialize(using = WireFlags.LowerYesNo.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean passwordAsk,
            @JsonProperty("prompt_levels") PromptLevel promptLevels,
            @JsonProperty("announce_dt") @JsonSerialize(using = WireFlags.LowerYesNo.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean announceDt,
            @JsonProperty("auto_play") @JsonSerialize(using = WireFlags.LowerYesNo.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean autoPlay,
            @JsonProperty("greetings") GreetingType greetings,
            @JsonProperty("fax_file") FaxFormat faxFile,
            @JsonProperty("ext_email") String extEmail,
            @JsonProperty("ext_email_action") ExtEmailAction extEmailAction,
            @JsonProperty("ext_email_vm_fmt") VoiceMessageFormat extEmailVmFmt,
            @JsonProperty("enable_disa") @JsonSerialize(using = WireFlags.CapitalYesNo.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean enableDisa,
            @JsonProperty("disa_password") String disaPassword) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link VmSettings}. */
        public static final class Builder {
            private String password;
            private Boolean passwordAsk;
            private PromptLevel promptLevels;
            private Boolean announceDt;
            private Boolean autoPlay;
            private GreetingType greetings;
            private FaxFormat faxFile;
            private String extEmail;
            private ExtEmailAction extEmailAction;
            private VoiceMessageFormat extEmailVmFmt;
            private Boolean enableDisa;
            private String disaPassword;

            /** {@code password}: Password for accessing voicemail via IVR. */
            public Builder password(String password) {
                this.password = password;
                return this;
            }

            /** {@code password_ask}: Ask for the password when accessing voicemail via IVR (yes/no on the wire). */
            public Builder passwordAsk(Boolean passwordAsk) {
                this.passwordAsk = passwordAsk;
                return this;
            }

            /** {@code prompt_levels}: Voice prompt setting: standard, extended or rapid. */
            public Builder promptLevels(PromptLevel promptLevels) {
                this.promptLevels = promptLevels;
                return this;
            }

            /** {@code announce_dt}: Announce the date and time when each voicemail was sent (yes/no on the wire). */
            public Builder announceDt(Boolean announceDt) {
                this.announceDt = announceDt;
                return this;
            }

            /** {@code auto_play}: Auto-play new voicemails when a call to voicemail is established (yes/no on the wire). */
            public Builder autoPlay(Boolean autoPlay) {
                this.autoPlay = autoPlay;
                return this;
            }

            /** {@code greetings}: Type of greeting for callers leaving a voicemail. */
            public Builder greetings(GreetingType greetings) {
                this.greetings = greetings;
                return this;
            }

            /** {@code fax_file}: Format for received faxes. */
            public Builder faxFile(FaxFormat faxFile) {
                this.faxFile = faxFile;
                return this;
            }

            /** {@code ext_email}: External email for forwarding, copying and notifying (128 chars max). */
            public Builder extEmail(String extEmail) {
                this.extEmail = extEmail;
                return this;
            }

            /** {@code ext_email_action}: Action for the external email. */
            public Builder extEmailAction(ExtEmailAction extEmailAction) {
                this.extEmailAction = extEmailAction;
                return this;
            }

            /** {@code ext_email_vm_fmt}: Voice message audio format (mp3 by default). */
            public Builder extEmailVmFmt(VoiceMessageFormat extEmailVmFmt) {
                this.extEmailVmFmt = extEmailVmFmt;
                return this;
            }

            /** {@code enable_disa}: Enable DISA for the voicemail (Yes/No on the wire). */
            public Builder enableDisa(Boolean enableDisa) {
                this.enableDisa = enableDisa;
                return this;
            }

            /** {@code disa_password}: Password for using DISA. */
            public Builder disaPassword(String disaPassword) {
                this.disaPassword = disaPassword;
                return this;
            }

            public VmSettings build() {
                return new VmSettings(password, passwordAsk, promptLevels, announceDt, autoPlay, greetings, faxFile, extEmail, extEmailAction, extEmailVmFmt, enableDisa, disaPassword);
            }
        }
    }

    /**
     * Parameters of {@code get_vm_settings}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetVmSettingsRequest() {
    }

    /**
     * Answer of {@code get_vm_settings}.
     *
     * @param vmSettings {@code vm_settings}: The voicemail settings.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetVmSettingsResponse(
            @JsonProperty("vm_settings") VmSettings vmSettings) {
    }

    /**
     * Parameters of {@code set_vm_settings}.
     *
     * @param vmSettings {@code vm_settings}: Complete information about general voicemail settings.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetVmSettingsRequest(
            @JsonProperty("vm_settings") VmSettings vmSettings) {
    }

    /**
     * Answer of {@code set_vm_settings}.
     *
     * @param vmSettingsSaved {@code vm_settings_saved}: 1 in case of success.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetVmSettingsResponse(
            @JsonProperty("vm_settings_saved") Integer vmSettingsSaved) {
    }

    /**
     * Parameters of {@code get_vm_greeting}.
     *
     * @param greetingType {@code greeting_type}: standard, extended, personal or name.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetVmGreetingRequest(
            @JsonProperty("greeting_type") GreetingType greetingType) {
    }

    /**
     * Answer of {@code get_vm_greeting}; the audio is the MIME attachment.
     *
     * @param filename {@code filename}: Filename of the greeting attached to the response.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetVmGreetingResponse(
            @JsonProperty("filename") String filename) {
    }

    /**
     * GreetingInfo structure.
     *
     * @param greetingType {@code greeting_type}: extended, personal or name (standard cannot be set).
     * @param filename {@code filename}: Filename of the greeting attached to the request in a MIME attachment.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GreetingInfo(
            @JsonProperty("greeting_type") GreetingType greetingType,
            @JsonProperty("filename") String filename) {
    }

    /**
     * Parameters of {@code set_vm_greeting}; the audio travels as the MIME attachment.
     *
     * @param greetingInfo {@code greeting_info}: The greeting type and attachment filename.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetVmGreetingRequest(
            @JsonProperty("greeting_info") GreetingInfo greetingInfo) {
    }

    /**
     * Answer of {@code set_vm_greeting}.
     *
     * @param success {@code success}: 1 in case of success.
     * @param iAudioFile {@code i_audio_file}: ID of the audio file in the CodecConverter conversion queue.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetVmGreetingResponse(
            @JsonProperty("success") Integer success,
            @JsonProperty("i_audio_file") Integer iAudioFile) {
    }

}
