package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code call} and {@code retrieve}: the new call's identifiers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CallCreated(@JsonProperty("callId") String callId,
                          @JsonProperty("externalTrackingId") String externalTrackingId) {
}
