package io.callcontrol.camel.broadworks.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code create_imrn}: the allocated IMRN resource. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImrnCreated(@JsonProperty("imrn") String imrn) {
}
