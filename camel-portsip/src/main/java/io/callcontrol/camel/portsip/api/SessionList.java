package io.callcontrol.camel.portsip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code GET /api/sessions}: {@code {"count": n, "items": [...]}} (PortSIP's list shape). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionList(@JsonProperty("count") Integer count, @JsonProperty("items") List<PortsipSession> items) {

    public SessionList {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
