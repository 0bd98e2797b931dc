package io.callcontrol.camel.broadworks.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.broadworks.BroadworksException;
import io.callcontrol.camel.broadworks.BroadworksInvalidCallOperationException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.http.ErrorMapper;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;

/**
 * Maps failed call-service answers to {@link BroadworksException}s. The document lists the failures (400, 403, 404
 * and the {@code 59: ...} sub-errors) but not the body format, so the text is looked for leniently: a JSON string
 * field {@code error}, {@code message}, {@code detail} or {@code description} (also nested one level, or inside an
 * {@code errors} array), else the raw body. A text of the form {@code <code>: [NAME, ]<sub-error>} becomes a
 * {@link BroadworksInvalidCallOperationException} whatever the HTTP status.
 */
public final class BroadworksErrors implements ErrorMapper {

    static final Pattern SUB_ERROR = Pattern.compile("^\\s*(\\d+)\\s*:\\s*(?:([A-Z][A-Z0-9_]+)\\s*,\\s*)?(.*)$",
            Pattern.DOTALL);
    private static final String[] FIELDS = { "error", "message", "detail", "description", "error_description" };

    /**
     * Not 2xx, or a 2xx whose body is nevertheless a sub-error ({@code {"error": "59: ..."}}): the document lists the
     * sub-errors next to "200 OK" without saying which status carries them.
     */
    @Override
    public boolean isError(HttpResult result) {
        if (!result.isSuccess()) {
            return true;
        }
        JsonNode n = result.jsonTreeOrNull();
        if (n == null || !n.isObject() || n.get("error") == null) {
            return false;
        }
        String text = errorText(result);
        return text != null && SUB_ERROR.matcher(text).matches();
    }

    @Override
    public CallControlException toException(HttpCall call, HttpResult result) {
        String raw = result.text();
        String text = errorText(result);
        int status = result.status();
        Matcher m = text == null ? null : SUB_ERROR.matcher(text);
        if (m != null && m.matches()) {
            String sub = m.group(3).trim();
            if (sub.length() > 1 && (sub.startsWith("\"") || sub.startsWith("\u201c"))) {
                sub = sub.substring(1, sub.length() - ((sub.endsWith("\"") || sub.endsWith("\u201d")) ? 1 : 0));
            }
            return new BroadworksInvalidCallOperationException(m.group(1), m.group(2), sub, status, raw);
        }
        String code = String.valueOf(status);
        String message = text != null ? text : "HTTP " + status;
        return switch (status) {
            case 400 -> new BroadworksException.BadRequest(code, message, status, raw);
            case 401 -> new BroadworksException.Unauthorized(code, message, status, raw);
            case 403 -> new BroadworksException.InvalidUser(code, message, status, raw);
            case 404 -> new BroadworksException.NotFound(code, message, status, raw);
            default -> new BroadworksException(code, message, status, raw, null);
        };
    }

    /** The error text of the answer (see class comment), or null when the body is empty. */
    static String errorText(HttpResult result) {
        JsonNode node = result.jsonTreeOrNull();
        if (node != null) {
            String t = find(node, 0);
            if (t != null) {
                return t;
            }
        }
        String raw = result.text().trim();
        return raw.isEmpty() ? null : raw;
    }

    private static String find(JsonNode node, int depth) {
        if (node == null || depth > 2) {
            return null;
        }
        if (node.isTextual()) {
            return node.asText();
        }
        if (node.isArray() && !node.isEmpty()) {
            return find(node.get(0), depth + 1);
        }
        if (node.isObject()) {
            for (String f : FIELDS) {
                JsonNode v = node.get(f);
                if (v != null && v.isTextual() && !v.asText().isBlank()) {
                    return v.asText();
                }
            }
            for (String f : FIELDS) {
                String t = find(node.get(f), depth + 1);
                if (t != null) {
                    return t;
                }
            }
            String nested = find(node.get("errors"), depth + 1);
            if (nested != null) {
                return nested;
            }
        }
        return null;
    }
}
