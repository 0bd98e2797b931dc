package io.callcontrol.camel.portsip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One webhook event of the PortSIP PBX ("Event URL"): {@code call_start}, {@code call_update_info},
 * {@code cdr_target_add|ringing|answer|noanswer|fail|end} and {@code call_cdr}. Field names follow PortSIP's
 * event reference; everything is optional (an event type carries only some of them), unknown fields are ignored,
 * and numbers are accepted as strings and the other way round. Times are Unix seconds ({@code "0"}: never).
 *
 * @param uuid            the event's unique id, the same on every redelivery (field name assumed: {@code uuid};
 *                        {@code event_id} and {@code event_uuid} are accepted too)
 * @param destination     call target address of {@code cdr_target_*} events (also read from the vendor
 *                        reference's spelling {@code destiantion})
 * @param callTargets     every call target of the call ({@code call_cdr} only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortsipEvent(
        @JsonProperty("event_type") String eventType,
        @JsonProperty("uuid") @JsonAlias({ "event_id", "event_uuid" }) String uuid,
        @JsonProperty("time") String time,
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("cdr_id") String cdrId,
        @JsonProperty("call_id") String callId,
        @JsonProperty("tenant_id") String tenantId,
        @JsonProperty("tenant_name") String tenantName,
        @JsonProperty("direction") String direction,
        @JsonProperty("caller") String caller,
        @JsonProperty("caller_display_name") String callerDisplayName,
        @JsonProperty("caller_domain") String callerDomain,
        @JsonProperty("callee") String callee,
        @JsonProperty("callee_display_name") String calleeDisplayName,
        @JsonProperty("callee_domain") String calleeDomain,
        @JsonProperty("destination") @JsonAlias("destiantion") String destination,
        @JsonProperty("did") String did,
        @JsonProperty("outbound_caller_id") String outboundCallerId,
        @JsonProperty("user_data") String userData,
        @JsonProperty("trunk_name") String trunkName,
        @JsonProperty("call_status") String callStatus,
        @JsonProperty("status_code") String statusCode,
        @JsonProperty("ended_reason") @JsonAlias("end_reason") String endedReason,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("ring_time") String ringTime,
        @JsonProperty("answered_time") String answeredTime,
        @JsonProperty("ended_time") String endedTime,
        @JsonProperty("ring_duration") String ringDuration,
        @JsonProperty("talk_duration") String talkDuration,
        @JsonProperty("call_targets") List<PortsipCallTarget> callTargets) {
}
