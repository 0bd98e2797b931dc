package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code POST /api/sessions/{id}/refer} (blind transfer). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReferRequest(
        @JsonProperty("extension_number") String extensionNumber,
        @JsonProperty("refer_to") String referTo) {
}
