package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code initiate} and {@code initiate_directly}: the new call session's id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionCreated(@JsonProperty("id") String id) {
}
