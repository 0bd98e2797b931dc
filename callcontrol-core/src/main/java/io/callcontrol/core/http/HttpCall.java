package io.callcontrol.core.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callcontrol.core.json.Json;

/**
 * One HTTP request, immutable: any method name (including custom verbs such as {@code LOOKUP} or
 * {@code SWITCHCONF}), URL with encoded query, headers, and a body (JSON, form, multipart or raw bytes).
 * Build it with {@link #builder(String, String)}; {@link #withHeader(String, String)} gives a copy, which is
 * how an {@link io.callcontrol.core.auth.AuthStrategy} adds credentials.
 */
public final class HttpCall {

    /** One part of a multipart/form-data body. */
    public record Part(String name, byte[] content, String contentType, String filename) {
        public static Part text(String name, String value) {
            return new Part(name, value.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8", null);
        }

        public static Part file(String name, byte[] content, String contentType, String filename) {
            return new Part(name, content, contentType, filename);
        }
    }

    private final String method;
    private final String url;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String contentType;
    private final List<Part> parts;
    private final Duration responseTimeout;

    private HttpCall(Builder b) {
        this.method = b.method;
        this.url = b.url();
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.contentType = b.contentType;
        this.parts = b.parts == null ? null : List.copyOf(b.parts);
        this.responseTimeout = b.responseTimeout;
    }

    private HttpCall(HttpCall o, Map<String, String> headers) {
        this.method = o.method;
        this.url = o.url;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = o.body;
        this.contentType = o.contentType;
        this.parts = o.parts;
        this.responseTimeout = o.responseTimeout;
    }

    /**
     * @param method any HTTP method name, sent as given (upper case it yourself if the vendor wants that)
     * @param url    base URL joined with a path: {@code builder("GET", base).path("sessions")}
     */
    public static Builder builder(String method, String url) {
        return new Builder(method, url);
    }

    /** A copy with this header set (replacing one of the same name). */
    public HttpCall withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.keySet().removeIf(k -> k.equalsIgnoreCase(name));
        h.put(name, value);
        return new HttpCall(this, h);
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The body bytes (null when none, or when the body is multipart). */
    public byte[] body() {
        return body;
    }

    public String contentType() {
        return contentType;
    }

    /** Multipart parts, or null. */
    public List<Part> parts() {
        return parts;
    }

    /** Per-request response timeout, or null for the client's default. */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** Method and URL without its query: query strings may carry credentials and must not reach logs or messages. */
    @Override
    public String toString() {
        int q = url.indexOf('?');
        return method + " " + (q < 0 ? url : url.substring(0, q) + "?...");
    }

    public static final class Builder {
        private final String method;
        private final StringBuilder base;
        private final List<String[]> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private String contentType;
        private List<Part> parts;
        private Duration responseTimeout;

        private Builder(String method, String url) {
            if (method == null || method.isBlank()) {
                throw new IllegalArgumentException("HTTP method is required");
            }
            this.method = method;
            this.base = new StringBuilder(url);
        }

        /**
         * Appends path segments; each one is percent-encoded (so ids with {@code /} or spaces are safe). Use
         * {@link #rawPath(String)} for a path that is already encoded.
         */
        public Builder path(String... segments) {
            for (String s : segments) {
                if (base.length() == 0 || base.charAt(base.length() - 1) != '/') {
                    base.append('/');
                }
                base.append(encodeSegment(s));
            }
            return this;
        }

        /** Appends a path as-is (e.g. {@code "sessions/directly"} or a trailing {@code "/"}). */
        public Builder rawPath(String path) {
            boolean slashEnd = base.length() > 0 && base.charAt(base.length() - 1) == '/';
            boolean slashStart = path.startsWith("/");
            if (slashEnd && slashStart) {
                base.append(path, 1, path.length());
            } else if (!slashEnd && !slashStart && !path.isEmpty()) {
                base.append('/').append(path);
            } else {
                base.append(path);
            }
            return this;
        }

        /** Adds a query parameter; null values are skipped, others are {@code String.valueOf}'d and encoded. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(new String[] { name, String.valueOf(value) });
            }
            return this;
        }

        public Builder header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /** A JSON body from any Jackson-mappable value (a String is sent as-is). */
        public Builder json(Object value) {
            this.body = value instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                    : value instanceof byte[] b ? b : Json.write(value);
            this.contentType = "application/json";
            return this;
        }

        /** An {@code application/x-www-form-urlencoded} body; null values are skipped. */
        public Builder form(Map<String, ?> fields) {
            StringBuilder sb = new StringBuilder();
            fields.forEach((k, v) -> {
                if (v != null) {
                    if (sb.length() > 0) {
                        sb.append('&');
                    }
                    sb.append(encode(k)).append('=').append(encode(String.valueOf(v)));
                }
            });
            this.body = sb.toString().getBytes(StandardCharsets.UTF_8);
            this.contentType = "application/x-www-form-urlencoded";
            return this;
        }

        /** A {@code multipart/form-data} body. */
        public Builder multipart(List<Part> parts) {
            this.parts = List.copyOf(parts);
            this.body = null;
            this.contentType = null;
            return this;
        }

        /** Raw bytes with their content type. */
        public Builder bytes(byte[] content, String contentType) {
            this.body = content;
            this.contentType = contentType;
            return this;
        }

        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = timeout;
            return this;
        }

        String url() {
            if (query.isEmpty()) {
                return base.toString();
            }
            StringBuilder sb = new StringBuilder(base);
            sb.append(base.indexOf("?") >= 0 ? '&' : '?');
            for (int i = 0; i < query.size(); i++) {
                if (i > 0) {
                    sb.append('&');
                }
                sb.append(encode(query.get(i)[0])).append('=').append(encode(query.get(i)[1]));
            }
            return sb.toString();
        }

        public HttpCall build() {
            return new HttpCall(this);
        }
    }

    static String encode(String s) {
        if (unreserved(s, false)) {
            return s; // what the encoder leaves as it is, without its buffers
        }
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String encodeSegment(String s) {
        if (unreserved(s, true)) {
            return s;
        }
        return encode(s).replace("%40", "@").replace("%3A", ":");
    }

    /** Whether {@link URLEncoder} leaves every character as it is (and a path segment keeps {@code @ :}). */
    private static boolean unreserved(String s, boolean segment) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                            || c == '-' || c == '*' || c == '_' || segment && (c == '@' || c == ':');
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
