package io.callcontrol.camel.broadworks.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code list_calls}: the ongoing calls of the user. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BroadworksCallList(@JsonProperty("calls") List<BroadworksCallListEntry> calls) {

    public BroadworksCallList {
        calls = calls == null ? List.of() : List.copyOf(calls);
    }
}
