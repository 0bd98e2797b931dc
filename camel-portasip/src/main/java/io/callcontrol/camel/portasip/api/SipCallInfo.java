package io.callcontrol.camel.portasip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * SIPCallInfo: one call dialog, as listed by get_sip_calls_list, pushed in sip.call_control_notifications and
 * POSTed to an originate_advanced_call state_callback URL. Date-times are kept as the vendor sends them
 * ({@code yyyy-MM-dd HH:mm:ss[.SSS]}).
 *
 * @param call               the unique ID of separate parts of the call
 * @param callee             who the caller is calling to
 * @param caller             the caller
 * @param state              the current state of the call
 * @param transferSuccess    non-zero when the call transfer was performed
 * @param type               direction of the call dialog in terms of the UA
 * @param trackingId         the unique ID of the call, matching the events of one call
 * @param previousTrackingId the previous tracking_id (attended transfer, pickup, parking, ...)
 * @param connectTime        when the call was connected or put on hold (connected, held, holding)
 * @param duration           call length in seconds from connect (terminated)
 * @param reason             reason of a terminated or not established call (terminated)
 * @param queueInfo          call queue status (queued, dequeued)
 * @param reasonCode         code of the reason the call ended (terminated)
 * @param startTime          when the call was initiated (trying, ringing, early, started)
 * @param terminateTime      when the call was finished (terminated)
 * @param digit              IVR: the detected DTMF digit (0-9, *, #)
 * @param dtmfDuration       IVR: DTMF duration in milliseconds
 * @param event              IVR: play_prompt_completed or dtmf_digit_detected
 * @param order              IVR: the prompt playback order (2 or 3)
 * @param dialogId           auto attendant example: dialog identifiers
 * @param direction          auto attendant example: direction (e.g. recipient)
 * @param localParty         auto attendant example: local party
 * @param remoteParty        auto attendant example: remote party
 * @param sipTransportId     auto attendant example: SIP transport
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SipCallInfo(
        @JsonProperty("call") SipCallIdentifier call,
        @JsonProperty("callee") SipCallerInfo callee,
        @JsonProperty("caller") SipCallerInfo caller,
        @JsonProperty("state") SipCallState state,
        @JsonProperty("transfer_success") Integer transferSuccess,
        @JsonProperty("type") SipCallType type,
        @JsonProperty("tracking_id") String trackingId,
        @JsonProperty("previous_tracking_id") String previousTrackingId,
        @JsonProperty("connect_time") String connectTime,
        @JsonProperty("duration") Integer duration,
        @JsonProperty("reason") String reason,
        @JsonProperty("queue_info") SipCallQueueStateInfo queueInfo,
        @JsonProperty("reason_code") Integer reasonCode,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("terminate_time") String terminateTime,
        @JsonProperty("digit") String digit,
        @JsonProperty("dtmf_duration") Integer dtmfDuration,
        @JsonProperty("event") IvrEvent event,
        @JsonProperty("order") Integer order,
        @JsonProperty("dialog_id") List<String> dialogId,
        @JsonProperty("direction") String direction,
        @JsonProperty("local_party") SipCallerInfo localParty,
        @JsonProperty("remote_party") SipCallerInfo remoteParty,
        @JsonProperty("sip_transport_id") String sipTransportId) {
}
