package io.callcontrol.camel.portasip.jsonapi.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * AutoAttendant service: auto attendant menus, their prompts and transitions.
 * <p>
 * Records use the vendor's snake_case property names on the wire; null properties are not sent; unknown ones
 * are ignored when reading answers with the suite mapper ({@code Json.MAPPER}) and rejected in requests by
 * {@link io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiClient}. Structures with many properties have a
 * {@code builder()}.
 */
public final class AutoAttendantApi {

    private AutoAttendantApi() {
    }

    /**
     * MenuInfo structure: one auto attendant menu.
     *
     * @param iMenu {@code i_menu}: Unique ID of the menu record (required by update_menu and del_menu; set on insert only).
     * @param name {@code name}: Menu name, unique within the account (64 chars max); 'ROOT' is reserved for the root menu, which always exists.
     * @param period {@code period}: Period in the special format of Appendix C (2000 chars max), see PortasipPeriod.
     * @param periodDesc {@code period_desc}: Description of the period for end users.
     * @param msgDisabledType {@code msg_disabled_type}: 'Unavailable' prompt type: standard or custom.
     * @param msgTimeoutType {@code msg_timeout_type}: 'Timeout' prompt type: standard or custom.
     * @param msgIntroSet {@code msg_intro_set}: 1 if the 'Intro' prompt is recorded, otherwise 0.
     * @param msgMenuSet {@code msg_menu_set}: 1 if the 'Menu' prompt is recorded, otherwise 0.
     * @param msgDisabledSet {@code msg_disabled_set}: 1 if the 'Unavailable' prompt is recorded, otherwise 0.
     * @param msgTimeoutSet {@code msg_timeout_set}: 1 if the 'Timeout' prompt is recorded, otherwise 0.
     * @param msgIntroType {@code msg_intro_type}: 'Intro' prompt type: standard or custom.
     * @param msgMenuType {@code msg_menu_type}: 'Menu' prompt type: standard or custom.
     * @param replayMenuTimes {@code replay_menu_times}: Number of times to replay the menu prompts.
     * @param firstDigitTimeout {@code first_digit_timeout}: Seconds to wait for the first digit.
     * @param nextDigitTimeout {@code next_digit_timeout}: Maximum seconds between collected digits (default 5; nil-able).
     * @param directDialEnabled {@code direct_dial_enabled}: Allow dialing an extension directly from the menu (the DirectDial action is then forbidden); default N.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MenuInfo(
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("name") String name,
            @JsonProperty("period") String period,
            @JsonProperty("period_desc") String periodDesc,
            @JsonProperty("msg_disabled_type") PromptSource msgDisabledType,
            @JsonProperty("msg_timeout_type") PromptSource msgTimeoutType,
            @JsonProperty("msg_intro_set") Integer msgIntroSet,
            @JsonProperty("msg_menu_set") Integer msgMenuSet,
            @JsonProperty("msg_disabled_set") Integer msgDisabledSet,
            @JsonProperty("msg_timeout_set") Integer msgTimeoutSet,
            @JsonProperty("msg_intro_type") PromptSource msgIntroType,
            @JsonProperty("msg_menu_type") PromptSource msgMenuType,
            @JsonProperty("replay_menu_times") Integer replayMenuTimes,
            @JsonProperty("first_digit_timeout") Integer firstDigitTimeout,
            @JsonProperty("next_digit_timeout") Integer nextDigitTimeout,
            @JsonProperty("direct_dial_enabled") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean directDialEnabled) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link MenuInfo}. */
        public static final class Builder {
            private Integer iMenu;
            private String name;
            private String period;
            private String periodDesc;
            private PromptSource msgDisabledType;
            private PromptSource msgTimeoutType;
            private Integer msgIntroSet;
            private Integer msgMenuSet;
            private Integer msgDisabledSet;
            private Integer msgTimeoutSet;
            private PromptSource msgIntroType;
            private PromptSource msgMenuType;
            private Integer replayMenuTimes;
            private Integer firstDigitTimeout;
            private Integer nextDigitTimeout;
            private Boolean directDialEnabled;

            /** {@code i_menu}: Unique ID of the menu record (required by update_menu and del_menu; set on insert only). */
            public Builder iMenu(Integer iMenu) {
                this.iMenu = iMenu;
                return this;
            }

            /** {@code name}: Menu name, unique within the account (64 chars max); 'ROOT' is reserved for the root menu, which always exists. */
            public Builder name(String name) {
                this.name = name;
                return this;
            }

            /** {@code period}: Period in the special format of Appendix C (2000 chars max), see PortasipPeriod. */
            public Builder period(String period) {
                this.period = period;
                return this;
            }

            /** {@code period_desc}: Description of the period for end users. */
            public Builder periodDesc(String periodDesc) {
                this.periodDesc = periodDesc;
                return this;
            }

            /** {@code msg_disabled_type}: 'Unavailable' prompt type: standard or custom. */
            public Builder msgDisabledType(PromptSource msgDisabledType) {
                this.msgDisabledType = msgDisabledType;
                return this;
            }

            /** {@code msg_timeout_type}: 'Timeout' prompt type: standard or custom. */
            public Builder msgTimeoutType(PromptSource msgTimeoutType) {
                this.msgTimeoutType = msgTimeoutType;
                return this;
            }

            /** {@code msg_intro_set}: 1 if the 'Intro' prompt is recorded, otherwise 0. */
            public Builder msgIntroSet(Integer msgIntroSet) {
                this.msgIntroSet = msgIntroSet;
                return this;
            }

            /** {@code msg_menu_set}: 1 if the 'Menu' prompt is recorded, otherwise 0. */
            public Builder msgMenuSet(Integer msgMenuSet) {
                this.msgMenuSet = msgMenuSet;
                return this;
            }

            /** {@code msg_disabled_set}: 1 if the 'Unavailable' prompt is recorded, otherwise 0. */
            public Builder msgDisabledSet(Integer msgDisabledSet) {
                this.msgDisabledSet = msgDisabledSet;
                return this;
            }

            /** {@code msg_timeout_set}: 1 if the 'Timeout' prompt is recorded, otherwise 0. */
            public Builder msgTimeoutSet(Integer msgTimeoutSet) {
                this.msgTimeoutSet = msgTimeoutSet;
                return this;
            }

            /** {@code msg_intro_type}: 'Intro' prompt type: standard or custom. */
            public Builder msgIntroType(PromptSource msgIntroType) {
                this.msgIntroType = msgIntroType;
                return this;
            }

            /** {@code msg_menu_type}: 'Menu' prompt type: standard or custom. */
            public Builder msgMenuType(PromptSource msgMenuType) {
                this.msgMenuType = msgMenuType;
                return this;
            }

            /** {@code replay_menu_times}: Number of times to replay the menu prompts. */
            public Builder replayMenuTimes(Integer replayMenuTimes) {
                this.replayMenuTimes = replayMenuTimes;
                return this;
            }

            /** {@code first_digit_timeout}: Seconds to wait for the first digit. */
            public Builder firstDigitTimeout(Integer firstDigitTimeout) {
                this.firstDigitTimeout = firstDigitTimeout;
                return this;
            }

            /** {@code next_digit_timeout}: Maximum seconds between collected digits (default 5; nil-able). */
            public Builder nextDigitTimeout(Integer nextDigitTimeout) {
                this.nextDigitTimeout = nextDigitTimeout;
                return this;
            }

            /** {@code direct_dial_enabled}: Allow dialing an extension directly from the menu (the DirectDial action is then forbidden); default N. */
            public Builder directDialEnabled(Boolean directDialEnabled) {
                this.directDialEnabled = directDialEnabled;
                return this;
            }

            public MenuInfo build() {
                return new MenuInfo(iMenu, name, period, periodDesc, msgDisabledType, msgTimeoutType, msgIntroSet, msgMenuSet, msgDisabledSet, msgTimeoutSet, msgIntroType, msgMenuType, replayMenuTimes, firstDigitTimeout, nextDigitTimeout, directDialEnabled);
            }
        }
    }

    /**
     * Parameters of {@code get_menu_list}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuListRequest() {
    }

    /**
     * Answer of {@code get_menu_list}.
     *
     * @param menuList {@code menu_list}: The list of auto attendant menus.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuListResponse(
            @JsonProperty("menu_list") List<MenuInfo> menuList) {
    }

    /**
     * Parameters of {@code create_menu}.
     *
     * @param menuInfo {@code menu_info}: Auto attendant menu data.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateMenuRequest(
            @JsonProperty("menu_info") MenuInfo menuInfo) {
    }

    /**
     * Answer of {@code create_menu}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the created menu record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateMenuResponse(
            @JsonProperty("i_menu") Integer iMenu) {
    }

    /**
     * Parameters of {@code update_menu}.
     *
     * @param menuInfo {@code menu_info}: Auto attendant menu data (i_menu required).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateMenuRequest(
            @JsonProperty("menu_info") MenuInfo menuInfo) {
    }

    /**
     * Answer of {@code update_menu}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the updated menu record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateMenuResponse(
            @JsonProperty("i_menu") Integer iMenu) {
    }

    /**
     * Parameters of {@code del_menu}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the menu record to delete.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelMenuRequest(
            @JsonProperty("i_menu") Integer iMenu) {
    }

    /**
     * Answer of {@code del_menu}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the deleted menu record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelMenuResponse(
            @JsonProperty("i_menu") Integer iMenu) {
    }

    /**
     * Parameters of {@code set_menu_prompt}; the audio travels as the MIME attachment.
     *
     * @param iMenu {@code i_menu}: Unique ID of the menu record.
     * @param promptType {@code prompt_type}: intro, menu, disabled or timeout.
     * @param prompt {@code prompt}: Filename of the prompt sent in the MIME attachment.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetMenuPromptRequest(
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("prompt_type") MenuPromptType promptType,
            @JsonProperty("prompt") String prompt) {
    }

    /**
     * Answer of {@code set_menu_prompt}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the updated menu record.
     * @param iAudioFile {@code i_audio_file}: ID of the audio file in the CodecConverter conversion queue.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetMenuPromptResponse(
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("i_audio_file") Integer iAudioFile) {
    }

    /**
     * Parameters of {@code get_menu_prompt}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the menu record.
     * @param promptType {@code prompt_type}: intro, menu, disabled or timeout.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuPromptRequest(
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("prompt_type") MenuPromptType promptType) {
    }

    /**
     * Answer of {@code get_menu_prompt}; the audio is the MIME attachment.
     *
     * @param prompt {@code prompt}: Filename of the prompt attached to the response.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuPromptResponse(
            @JsonProperty("prompt") String prompt) {
    }

    /**
     * Parameters of {@code get_menu_transition_list}.
     *
     * @param iMenu {@code i_menu}: Unique ID of the menu record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuTransitionListRequest(
            @JsonProperty("i_menu") Integer iMenu) {
    }

    /**
     * Answer of {@code get_menu_transition_list}.
     *
     * @param transitionList {@code transition_list}: The transitions of the menu.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuTransitionListResponse(
            @JsonProperty("transition_list") List<TransitionInfo> transitionList) {
    }

    /**
     * TransitionInfo structure: one auto attendant menu transition.
     *
     * @param action {@code action}: Performed action.
     * @param announceExtNumbers {@code announce_ext_numbers}: Announce the external number (Y/N on the wire).
     * @param destination {@code destination}: Destination for the 'Transfer' and 'TransferE164' actions (32 chars max).
     * @param event {@code event}: Transition event: '0'-'9', '*', '#', 'Timeout', 'Not Active', 'f'.
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the menu transition record.
     * @param iMenu {@code i_menu}: Menu of the transition: not in the structure table, but Appendix A passes it here.
     * @param maxSize {@code max_size}: Maximum number of digits a user can input as an extension (Extension action only).
     * @param playPrompt {@code play_prompt}: Play the user-recorded prompt before the action (Y/N on the wire).
     * @param prompt {@code prompt}: Filename of the user-recorded prompt sent in a MIME attachment (set_menu_transition only).
     * @param promptSet {@code prompt_set}: 1 if a user-recorded prompt is set.
     * @param targetIMenu {@code target_i_menu}: Unique ID of the target auto attendant menu (Menu action).
     * @param targetIQueue {@code target_i_queue}: Unique ID of the call queue to transfer to (Queue action).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransitionInfo(
            @JsonProperty("action") TransitionAction action,
            @JsonProperty("announce_ext_numbers") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean announceExtNumbers,
            @JsonProperty("destination") String destination,
            @JsonProperty("event") TransitionEvent event,
            @JsonProperty("i_menu_transition") Integer iMenuTransition,
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("max_size") Integer maxSize,
            @JsonProperty("play_prompt") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean playPrompt,
            @JsonProperty("prompt") String prompt,
            @JsonProperty("prompt_set") Integer promptSet,
            @JsonProperty("target_i_menu") Integer targetIMenu,
            @JsonProperty("target_i_queue") Integer targetIQueue) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link TransitionInfo}. */
        public static final class Builder {
            private TransitionAction action;
            private Boolean announceExtNumbers;
            private String destination;
            private TransitionEvent event;
            private Integer iMenuTransition;
            private Integer iMenu;
            private Integer maxSize;
            private Boolean playPrompt;
            private String prompt;
            private Integer promptSet;
            private Integer targetIMenu;
            private Integer targetIQueue;

            /** {@code action}: Performed action. */
            public Builder action(TransitionAction action) {
                this.action = action;
                return this;
            }

            /** {@code announce_ext_numbers}: Announce the external number (Y/N on the wire). */
            public Builder announceExtNumbers(Boolean announceExtNumbers) {
                this.announceExtNumbers = announceExtNumbers;
                return this;
            }

            /** {@code destination}: Destination for the 'Transfer' and 'TransferE164' actions (32 chars max). */
            public Builder destination(String destination) {
                this.destination = destination;
                return this;
            }

            /** {@code event}: Transition event: '0'-'9', '*', '#', 'Timeout', 'Not Active', 'f'. */
            public Builder event(TransitionEvent event) {
                this.event = event;
                return this;
            }

            /** {@code i_menu_transition}: Unique ID of the menu transition record. */
            public Builder iMenuTransition(Integer iMenuTransition) {
                this.iMenuTransition = iMenuTransition;
                return this;
            }

            /** {@code i_menu}: Menu of the transition: not in the structure table, but Appendix A passes it here. */
            public Builder iMenu(Integer iMenu) {
                this.iMenu = iMenu;
                return this;
            }

            /** {@code max_size}: Maximum number of digits a user can input as an extension (Extension action only). */
            public Builder maxSize(Integer maxSize) {
                this.maxSize = maxSize;
                return this;
            }

            /** {@code play_prompt}: Play the user-recorded prompt before the action (Y/N on the wire). */
            public Builder playPrompt(Boolean playPrompt) {
                this.playPrompt = playPrompt;
                return this;
            }

            /** {@code prompt}: Filename of the user-recorded prompt sent in a MIME attachment (set_menu_transition only). */
            public Builder prompt(String prompt) {
                this.prompt = prompt;
                return this;
            }

            /** {@code prompt_set}: 1 if a user-recorded prompt is set. */
            public Builder promptSet(Integer promptSet) {
                this.promptSet = promptSet;
                return this;
            }

            /** {@code target_i_menu}: Unique ID of the target auto attendant menu (Menu action). */
            public Builder targetIMenu(Integer targetIMenu) {
                this.targetIMenu = targetIMenu;
                return this;
            }

            /** {@code target_i_queue}: Unique ID of the call queue to transfer to (Queue action). */
            public Builder targetIQueue(Integer targetIQueue) {
                this.targetIQueue = targetIQueue;
                return this;
            }

            public TransitionInfo build() {
                return new TransitionInfo(action, announceExtNumbers, destination, event, iMenuTransition, iMenu, maxSize, playPrompt, prompt, promptSet, targetIMenu, targetIQueue);
            }
        }
    }

    /**
     * Parameters of {@code set_menu_transition}; an optional prompt travels as the MIME attachment.
     *
     * @param iMenu {@code i_menu}: Unique ID of the menu record.
     * @param transitionInfo {@code transition_info}: Properties of the menu transition.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetMenuTransitionRequest(
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("transition_info") TransitionInfo transitionInfo) {
    }

    /**
     * Answer of {@code set_menu_transition}.
     *
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the menu transition record.
     * @param iAudioFile {@code i_audio_file}: ID of the audio file in the CodecConverter conversion queue.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetMenuTransitionResponse(
            @JsonProperty("i_menu_transition") Integer iMenuTransition,
            @JsonProperty("i_audio_file") Integer iAudioFile) {
    }

    /**
     * Parameters of {@code del_menu_transition}.
     *
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the menu transition record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelMenuTransitionRequest(
            @JsonProperty("i_menu_transition") Integer iMenuTransition) {
    }

    /**
     * Answer of {@code del_menu_transition}.
     *
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the deleted menu transition record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelMenuTransitionResponse(
            @JsonProperty("i_menu_transition") Integer iMenuTransition) {
    }

    /**
     * Parameters of {@code get_menu_transition_prompt}.
     *
     * @param event {@code event}: Transition event (values of TransitionInfo).
     * @param iMenu {@code i_menu}: Unique ID of the menu record.
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the menu transition record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuTransitionPromptRequest(
            @JsonProperty("event") TransitionEvent event,
            @JsonProperty("i_menu") Integer iMenu,
            @JsonProperty("i_menu_transition") Integer iMenuTransition) {
    }

    /**
     * Answer of {@code get_menu_transition_prompt}; the audio is the MIME attachment.
     *
     * @param prompt {@code prompt}: Filename of the prompt attached to the response.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetMenuTransitionPromptResponse(
            @JsonProperty("prompt") String prompt) {
    }

    /**
     * Parameters of {@code set_menu_transition_prompt}; the audio travels as the MIME attachment.
     *
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the menu transition record.
     * @param prompt {@code prompt}: Filename of the prompt sent in the MIME attachment.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetMenuTransitionPromptRequest(
            @JsonProperty("i_menu_transition") Integer iMenuTransition,
            @JsonProperty("prompt") String prompt) {
    }

    /**
     * Answer of {@code set_menu_transition_prompt}.
     *
     * @param iMenuTransition {@code i_menu_transition}: Unique ID of the menu transition record.
     * @param iAudioFile {@code i_audio_file}: ID of the audio file in the CodecConverter conversion queue.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetMenuTransitionPromptResponse(
            @JsonProperty("i_menu_transition") Integer iMenuTransition,
            @JsonProperty("i_audio_file") Integer iAudioFile) {
    }

}
