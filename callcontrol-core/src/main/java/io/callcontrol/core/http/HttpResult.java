package io.callcontrol.core.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;

/**
 * An HTTP answer: status, headers (names lower-cased, multi-valued), body bytes and content type.
 */
public record HttpResult(int status, Map<String, List<String>> headers, byte[] body, String contentType) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** First value of the header (case-insensitive), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public String text() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    public boolean hasBody() {
        return body != null && body.length > 0;
    }

    public boolean isJson() {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    public <T> T json(Class<T> type) {
        return Json.read(body, type);
    }

    public <T> T json(TypeReference<T> type) {
        return Json.read(body, type);
    }

    /** The body as a JSON tree, or null when the body is empty or not JSON. */
    public JsonNode jsonTreeOrNull() {
        if (!hasBody()) {
            return null;
        }
        try {
            return Json.MAPPER.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }
}
