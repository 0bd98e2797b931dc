package io.callcontrol.camel.ucdialogs.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Request of {@code setup_bindings}: add, remove or replace the dialog's labels.
 * May be sent as the message body; null fields are left out of the request, and headers override fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SetupBindingsRequest(
        @JsonProperty("command") String command,
        @JsonProperty("label") List<String> label) implements UcDialogsRequest {
}
