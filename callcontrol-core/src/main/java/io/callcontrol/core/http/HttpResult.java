package io.callcontrol.core.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import org.apache.hc.core5.http.Header;

/**
 * An HTTP answer: status, headers (names lower-cased, multi-valued), body bytes and content type.
 * <p>
 * Immutable. Answers from the client keep HttpClient's header array and build the lower-cased map only when
 * {@link #headers()} is asked for ({@link #header(String)} reads the array directly); the body's JSON tree is
 * parsed once and shared by every caller of {@link #jsonTree()} / {@link #jsonTreeOrNull()} (an error mapper and
 * the answer mapping read the same tree) -- callers must not modify it.
 */
public final class HttpResult {

    private static final byte[] EMPTY = new byte[0];
    /** Marks "parsed, but not JSON" in {@link #tree}. */
    private static final Object NOT_JSON = new Object();

    private final int status;
    private final byte[] body;
    private final String contentType;
    private final Header[] rawHeaders;
    private volatile Map<String, List<String>> headers;
    /** The parsed JsonNode, {@link #NOT_JSON}, or null when not parsed yet. */
    private volatile Object tree;

    public HttpResult(int status, Map<String, List<String>> headers, byte[] body, String contentType) {
        this.status = status;
        this.headers = headers == null ? Map.of() : headers;
        this.rawHeaders = null;
        this.body = body;
        this.contentType = contentType;
    }

    /** An answer as HttpClient gave it: headers kept as they came. */
    HttpResult(int status, Header[] rawHeaders, byte[] body, String contentType) {
        this.status = status;
        this.rawHeaders = rawHeaders;
        this.body = body == null ? EMPTY : body;
        this.contentType = contentType;
    }

    public int status() {
        return status;
    }

    /** Header values by lower-cased name, in the order they came. */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> h = headers;
        if (h == null) {
            h = new LinkedHashMap<>();
            for (Header header : rawHeaders) {
                h.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
                        .add(header.getValue());
            }
            h = Collections.unmodifiableMap(h);
            headers = h;
        }
        return h;
    }

    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** First value of the header (case-insensitive), or null. */
    public String header(String name) {
        if (headers == null && rawHeaders != null) {
            for (Header h : rawHeaders) {
                if (h.getName().equalsIgnoreCase(name)) {
                    return h.getValue();
                }
            }
            return null;
        }
        List<String> v = headers().get(name.toLowerCase(Locale.ROOT));
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

    /**
     * False only when the body certainly does not hold this ASCII text: the bytes do not contain it and there is no
     * backslash (a JSON escape could spell it otherwise) nor NUL byte (UTF-16/32 text). A cheap test before parsing a successful answer just to
     * look for a field that is rarely there ({@code "error"}).
     */
    public boolean mayContain(String ascii) {
        byte[] b = body;
        if (b == null) {
            return false;
        }
        byte first = (byte) ascii.charAt(0);
        int n = ascii.length();
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c == first) {
                if (regionIs(b, i, ascii, n)) {
                    return true;
                }
            } else if (c == '\\' || c == 0) { // an escape, or UTF-16/32 text: cannot tell by bytes
                return true;
            }
        }
        return false;
    }

    private static boolean regionIs(byte[] b, int at, String ascii, int n) {
        if (at + n > b.length) {
            return false;
        }
        for (int j = 1; j < n; j++) {
            if (b[at + j] != ascii.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    public <T> T json(Class<T> type) {
        return Json.read(body, type);
    }

    public <T> T json(TypeReference<T> type) {
        return Json.read(body, type);
    }

    /** The body as a JSON tree, or null when the body is empty or not JSON. Parsed once; do not modify it. */
    public JsonNode jsonTreeOrNull() {
        Object t = tree;
        if (t == null) {
            t = NOT_JSON;
            if (hasBody()) {
                try {
                    JsonNode n = Json.MAPPER.readTree(body);
                    if (n != null) {
                        t = n;
                    }
                } catch (Exception e) {
                    // not JSON
                }
            }
            tree = t;
        }
        return t == NOT_JSON ? null : (JsonNode) t;
    }

    /**
     * The body as a JSON tree (like {@link Json#tree(byte[])}: malformed JSON throws {@link UncheckedIOException}),
     * parsed once; do not modify it.
     */
    public JsonNode jsonTree() {
        JsonNode n = jsonTreeOrNull();
        if (n != null) {
            return n;
        }
        try {
            return Json.MAPPER.readTree(body == null ? EMPTY : body);
        } catch (IOException e) {
            throw new UncheckedIOException("Malformed JSON: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof HttpResult r && status == r.status && body == r.body
                            && Objects.equals(contentType, r.contentType) && headers().equals(r.headers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers(), System.identityHashCode(body), contentType);
    }

    @Override
    public String toString() {
        return "HttpResult[status=" + status + ", headers=" + headers() + ", body=" + (body == null ? 0 : body.length)
               + " bytes, contentType=" + contentType + "]";
    }
}
