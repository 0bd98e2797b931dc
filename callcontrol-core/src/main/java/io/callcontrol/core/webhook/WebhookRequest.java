package io.callcontrol.core.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A webhook call that passed authentication, size and JSON checks.
 *
 * @param json the parsed body (null when the receiver does not require JSON and the body is not JSON)
 */
public record WebhookRequest(String method, String path, Map<String, List<String>> query,
                             Map<String, List<String>> headers, byte[] body, JsonNode json, String remoteAddress) {

    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
