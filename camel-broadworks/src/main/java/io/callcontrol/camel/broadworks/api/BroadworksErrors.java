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
 * and the {@code 59: ...} sub-errors) but not the body format, so every shape seen from APIO is accepted:
 * <ol>
 * <li>a flat text, {@code {"error": "59: INVALID_CALL_OPERATION, \"The state of the call is not valid.\""}} (or the
 * same as a plain-text body, or under {@code message}, {@code detail}, {@code description});</li>
 * <li>a sub-error object, {@code {"error": {"code": 59, "name": "INVALID_CALL_OPERATION", "message": "..."}}}, the
 * code a number or a numeric string, the name under {@code name}/{@code error}/{@code type}/{@code errorName}/
 * {@code title}, the text under {@code message}/{@code text}/{@code detail}/{@code description}/{@code summary}
 * (the text may itself be {@code NAME, "..."}); also {@code errorCode} and {@code summary}/{@code summaryEnglish}
 * as BroadWorks OCI names them, and a {@code reason} naming a {@link BroadworksInvalidCallOperationException.Reason};</li>
 * <li>an {@code errors} list of such objects (or texts): the first sub-error found counts;</li>
 * <li>such an object at the top level, {@code {"code": 59, "message": "..."}}.</li>
 * </ol>
 * A sub-error -- a numeric code other than the HTTP status -- becomes a {@link BroadworksInvalidCallOperationException}
 * (code, name, text, reason) whatever the HTTP status; anything else maps on the HTTP status with the text found.
 */
public final class BroadworksErrors implements ErrorMapper {

    static final Pattern SUB_ERROR = Pattern.compile("^\\s*(\\d+)\\s*:\\s*(?:([A-Z][A-Z0-9_]+)\\s*,\\s*)?(.*)$",
            Pattern.DOTALL);
    private static final String[] FIELDS = { "error", "message", "text", "detail", "description", "summary",
        "summaryEnglish", "error_description", "title" };

    /**
     * Not 2xx, or a 2xx whose body is nevertheless a sub-error ({@code {"error": "59: ..."}}): the document lists the
     * sub-errors next to "200 OK" without saying which status carries them.
     */
    @Override
    public boolean isError(HttpResult result) {
        if (!result.isSuccess()) {
            return true;
        }
        if (!result.mayContain("\"error")) {
            return false; // no "error"/"errors" field: the answer is not parsed twice (here and for its type)
        }
        JsonNode n = result.jsonTreeOrNull();
        if (n == null || !n.isObject() || (n.get("error") == null && n.get("errors") == null)) {
            return false;
        }
        return subError(n, result.status(), 0) != null;
    }

    /** A sub-error of the answer: code, name (or null), text, reason named by the body (or null). */
    record SubError(String code, String name, String text, String reason) {
    }

    private static final String[] CODE_FIELDS = { "code", "errorCode", "error_code" };
    private static final String[] NAME_FIELDS = { "name", "error", "type", "errorName", "title" };
    private static final String[] TEXT_FIELDS = { "message", "text", "detail", "description", "summary",
        "summaryEnglish", "error_description", "title" };
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]+");
    private static final Pattern NAME_AND_TEXT = Pattern.compile("^\\s*([A-Z][A-Z0-9_]+)\\s*,\\s*(.*)$", Pattern.DOTALL);

    /** The first sub-error in the node (see class comment), or null. */
    static SubError subError(JsonNode node, int status, int depth) {
        if (node == null || depth > 3) {
            return null;
        }
        if (node.isTextual()) {
            Matcher m = SUB_ERROR.matcher(node.asText());
            return m.matches() ? new SubError(m.group(1), m.group(2), unquote(m.group(3)), null) : null;
        }
        if (node.isArray()) {
            for (JsonNode e : node) {
                SubError s = subError(e, status, depth + 1);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        String code = null;
        for (String f : CODE_FIELDS) {
            JsonNode c = node.get(f);
            if (c != null && (c.isIntegralNumber() || (c.isTextual() && c.asText().trim().matches("\\d+")))) {
                code = c.asText().trim();
                break;
            }
        }
        if (code != null && !code.equals(String.valueOf(status))) {
            String name = null;
            for (String f : NAME_FIELDS) {
                JsonNode v = node.get(f);
                if (v != null && v.isTextual() && NAME.matcher(v.asText().trim()).matches()) {
                    name = v.asText().trim();
                    break;
                }
            }
            String text = null;
            for (String f : TEXT_FIELDS) {
                JsonNode v = node.get(f);
                if (v != null && v.isTextual() && !v.asText().isBlank() && !v.asText().trim().equals(name)) {
                    text = v.asText().trim();
                    break;
                }
            }
            if (text != null) {
                Matcher flat = SUB_ERROR.matcher(text);
                if (flat.matches() && flat.group(1).equals(code)) {
                    name = name != null ? name : flat.group(2);
                    text = flat.group(3);
                } else {
                    Matcher nt = NAME_AND_TEXT.matcher(text);
                    if (nt.matches() && (name == null || name.equals(nt.group(1)))) {
                        name = nt.group(1);
                        text = nt.group(2);
                    }
                }
            }
            JsonNode r = node.get("reason");
            String reason = r != null && r.isTextual() ? r.asText().trim() : null;
            return new SubError(code, name, text == null ? "" : unquote(text), reason);
        }
        for (String f : new String[] { "error", "errors", "message", "detail", "description" }) {
            SubError s = subError(node.get(f), status, depth + 1);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static String unquote(String text) {
        String sub = text.trim();
        if (sub.length() > 1 && (sub.startsWith("\"") || sub.startsWith("\u201c"))) {
            sub = sub.substring(1, sub.length() - ((sub.endsWith("\"") || sub.endsWith("\u201d")) ? 1 : 0));
        }
        return sub;
    }

    @Override
    public CallControlException toException(HttpCall call, HttpResult result) {
        String raw = result.text();
        int status = result.status();
        JsonNode tree = result.jsonTreeOrNull();
        SubError sub = tree != null ? subError(tree, status, 0) : subError(
                com.fasterxml.jackson.databind.node.TextNode.valueOf(raw.trim()), status, 0);
        if (sub != null) {
            return new BroadworksInvalidCallOperationException(sub.code(), sub.name(), sub.text(),
                    BroadworksInvalidCallOperationException.Reason.of(sub.text(), sub.reason()), status, raw);
        }
        String text = errorText(result);
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
