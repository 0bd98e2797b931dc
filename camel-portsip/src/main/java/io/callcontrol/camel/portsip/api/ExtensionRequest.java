package io.callcontrol.camel.portsip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /api/sessions/{id}/hold} and {@code .../unhold}: the extension whose call leg is
 * (un)held; with session id {@code 1} the extension's last call.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtensionRequest(@JsonProperty("extension_number") String extensionNumber) {
}
