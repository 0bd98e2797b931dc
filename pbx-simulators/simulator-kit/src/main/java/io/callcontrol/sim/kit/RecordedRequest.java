package io.callcontrol.sim.kit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request exactly as it reached the simulator's socket: what tests assert on.
 *
 * @param method  the HTTP method as sent (custom verbs such as {@code LOOKUP} included), or {@code WS} for a
 *                WebSocket text frame
 * @param uri     path and query as sent
 * @param path    the path alone
 * @param query   decoded query parameters (multi-valued)
 * @param headers request headers, names lower-cased (multi-valued)
 * @param body    the raw body bytes (never null)
 */
public record RecordedRequest(String method, String uri, String path, Map<String, List<String>> query,
                              Map<String, List<String>> headers, byte[] body) {

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** First value of a header (case-insensitive name), or null. */
    public String header(String name) {
        List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** First value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    @Override
    public String toString() {
        return method + " " + uri + (body.length > 0 ? " " + bodyAsString() : "");
    }
}
