package io.callcontrol.camel.portsip.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of PortSIP's error body {@code {"errors":[{"code","message","detail"}]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PortsipError(@JsonProperty("code") String code, @JsonProperty("message") String message,
                           @JsonProperty("detail") String detail) {

    /** The whole error body. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Body(@JsonProperty("errors") List<PortsipError> errors) {
    }
}
