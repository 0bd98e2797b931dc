package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One call target (an endpoint the PBX invited) in the {@code call_targets} of a {@code call_cdr} event. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortsipCallTarget(
        @JsonProperty("id") String id,
        @JsonProperty("call_type") String callType,
        @JsonProperty("caller") String caller,
        @JsonProperty("callee") String callee,
        @JsonProperty("destination") String destination,
        @JsonProperty("did") String did,
        @JsonProperty("outbound_caller_id") String outboundCallerId,
        @JsonProperty("status") String status,
        @JsonProperty("status_code") String statusCode,
        @JsonProperty("end_reason") String endReason,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("ring_time") String ringTime,
        @JsonProperty("answered_time") String answeredTime,
        @JsonProperty("ended_time") String endedTime,
        @JsonProperty("ring_duration") String ringDuration,
        @JsonProperty("talk_duration") String talkDuration,
        @JsonProperty("trunk_name") String trunkName,
        @JsonProperty("cost") String cost) {
}
