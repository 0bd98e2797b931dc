package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /api/sessions/{id}/attended_refer}: connects the other parties of two calls of the
 * extension. Each leg is named by its session id, or -- with session {@code "0"} -- by the number on its other
 * side ({@code refer_to_N}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendedReferRequest(
        @JsonProperty("extension_number") String extensionNumber,
        @JsonProperty("session_1") String session1,
        @JsonProperty("refer_to_1") String referTo1,
        @JsonProperty("session_2") String session2,
        @JsonProperty("refer_to_2") String referTo2) {
}
