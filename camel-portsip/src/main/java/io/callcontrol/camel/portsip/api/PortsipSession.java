package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One active call session of {@code GET /api/sessions}. The vendor excerpt does not document this answer's
 * fields; these names follow the PortSIP CDR/webhook vocabulary and unknown fields are ignored (see the adoc).
 * Times are Unix seconds as strings ({@code "0"}: not yet).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PortsipSession(
        @JsonProperty("id") String id,
        @JsonProperty("cdr_id") String cdrId,
        @JsonProperty("call_id") String callId,
        @JsonProperty("domain") String domain,
        @JsonProperty("caller") String caller,
        @JsonProperty("caller_display_name") String callerDisplayName,
        @JsonProperty("callee") String callee,
        @JsonProperty("direction") String direction,
        @JsonProperty("status") String status,
        @JsonProperty("on_hold") Boolean onHold,
        @JsonProperty("trunk_name") String trunkName,
        @JsonProperty("user_data") String userData,
        @JsonProperty("start_time") String startTime,
        @JsonProperty("ring_time") String ringTime,
        @JsonProperty("answered_time") String answeredTime) {
}
