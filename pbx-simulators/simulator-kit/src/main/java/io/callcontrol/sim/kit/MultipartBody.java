package io.callcontrol.sim.kit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A multipart body ({@code multipart/form-data} as it reached a simulator, RFC 7578, or {@code multipart/mixed}),
 * split into its parts. The kit keeps multipart bodies raw (recorded byte for byte in the wire log) and simulators
 * read them through this class, and write multipart answers with {@link #write}.
 */
public final class MultipartBody {

    /** One part: form field name, optional filename, content type (null when none was sent) and bytes. */
    public record Part(String name, String filename, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final List<Part> parts;

    private MultipartBody(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The first part with this name, or null. */
    public Part part(String name) {
        return parts.stream().filter(p -> name.equals(p.name())).findFirst().orElse(null);
    }

    /** Text fields (named parts without a filename) by name. */
    public Map<String, String> fields() {
        Map<String, String> m = new LinkedHashMap<>();
        parts.stream().filter(p -> p.filename() == null && p.name() != null).forEach(p -> m.putIfAbsent(p.name(), p.text()));
        return m;
    }

    public static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /**
     * Parses the body.
     *
     * @throws IllegalArgumentException when the content type has no boundary or the body is not well formed
     */
    public static MultipartBody parse(String contentType, byte[] body) {
        String boundary = null;
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = unquote(p.substring("boundary=".length()));
            }
        }
        if (boundary == null || boundary.isEmpty()) {
            throw new IllegalArgumentException("multipart body without boundary");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] crlfDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw new IllegalArgumentException("multipart body without its boundary line");
        }
        while (true) {
            int lineEnd = pos + delimiter.length;
            if (lineEnd + 1 < body.length && body[lineEnd] == '-' && body[lineEnd + 1] == '-') {
                break; // closing delimiter
            }
            int headersStart = skipCrlf(body, lineEnd);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                throw new IllegalArgumentException("multipart part without header end");
            }
            String headerText = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            // the CRLF before a delimiter belongs to the delimiter (RFC 2046): content may hold "--boundary" itself
            int contentEnd = delimiterAt(body, crlfDelimiter, contentStart);
            if (contentEnd < 0) {
                throw new IllegalArgumentException("multipart body not terminated");
            }
            int next = contentEnd + 2;
            String name = null;
            String filename = null;
            String type = null;
            for (String h : headerText.split("\r\n")) {
                int colon = h.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String hn = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String hv = h.substring(colon + 1).trim();
                if (hn.equals("content-disposition")) {
                    for (String a : hv.split(";")) {
                        String at = a.trim();
                        if (at.startsWith("name=")) {
                            name = unquote(at.substring(5));
                        } else if (at.startsWith("filename=")) {
                            filename = unquote(at.substring(9));
                        }
                    }
                } else if (hn.equals("content-type")) {
                    type = hv;
                }
            }
            parts.add(new Part(name, filename, type, Arrays.copyOfRange(body, contentStart, contentEnd)));
            pos = next;
        }
        return new MultipartBody(parts);
    }

    /**
     * Writes a multipart body with this boundary. Each part gets its Content-Type (when it has one) and a
     * Content-Disposition: {@code form-data; name=..[; filename=..]} for a named part, {@code attachment;
     * filename=..} for a file without a name, none otherwise (e.g. the JSON part of a {@code multipart/mixed}).
     */
    public static byte[] write(String boundary, List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            StringBuilder h = new StringBuilder("--").append(boundary).append("\r\n");
            if (p.name() != null) {
                h.append("Content-Disposition: form-data; name=\"").append(p.name()).append('"');
                if (p.filename() != null) {
                    h.append("; filename=\"").append(p.filename()).append('"');
                }
                h.append("\r\n");
            } else if (p.filename() != null) {
                h.append("Content-Disposition: attachment; filename=\"").append(p.filename()).append("\"\r\n");
            }
            if (p.contentType() != null) {
                h.append("Content-Type: ").append(p.contentType()).append("\r\n");
            }
            out.writeBytes(h.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** The next CRLF-delimiter that ends a line as a delimiter does (CRLF, blanks or the closing "--" follow). */
    private static int delimiterAt(byte[] body, byte[] crlfDelimiter, int from) {
        for (int i = indexOf(body, crlfDelimiter, from); i >= 0; i = indexOf(body, crlfDelimiter, i + 1)) {
            int after = i + crlfDelimiter.length;
            if (after >= body.length || body[after] == '\r' || body[after] == ' ' || body[after] == '\t'
                || (body[after] == '-' && after + 1 < body.length && body[after + 1] == '-')) {
                return i;
            }
        }
        return -1;
    }

    private static int skipCrlf(byte[] b, int i) {
        return i + 1 < b.length && b[i] == '\r' && b[i + 1] == '\n' ? i + 2 : i;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
