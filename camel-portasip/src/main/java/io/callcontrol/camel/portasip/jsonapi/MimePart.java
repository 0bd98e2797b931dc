package io.callcontrol.camel.portasip.jsonapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One part of a multipart answer (JSON part, audio part), and the splitter that reads them. */
record MimePart(Map<String, String> headers, String filename, byte[] content) {

    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\"?(?:UTF-8'')?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    String contentType() {
        return headers.get("content-type");
    }

    static List<MimePart> parse(byte[] body, String boundary) {
        byte[] delim = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] next = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        byte[] headerEnd = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        List<MimePart> parts = new ArrayList<>();
        int pos = indexOf(body, delim, 0);
        if (pos < 0) {
            throw new PortasipFaultException(null, "multipart answer without its boundary", 200, null);
        }
        while (true) {
            pos += delim.length;
            if (pos + 1 < body.length && body[pos] == '-' && body[pos + 1] == '-') {
                return parts;
            }
            if (pos + 1 < body.length && body[pos] == '\r' && body[pos + 1] == '\n') {
                pos += 2;
            }
            int he = indexOf(body, headerEnd, pos);
            if (he < 0) {
                throw new PortasipFaultException(null, "malformed multipart answer (part headers)", 200, null);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : new String(body, pos, he - pos, StandardCharsets.UTF_8).split("\r\n")) {
                int c = line.indexOf(':');
                if (c > 0) {
                    headers.put(line.substring(0, c).trim().toLowerCase(Locale.ROOT), line.substring(c + 1).trim());
                }
            }
            int start = he + 4;
            int end = indexOf(body, next, start);
            if (end < 0) {
                throw new PortasipFaultException(null, "malformed multipart answer (unterminated part)", 200, null);
            }
            Matcher fm = FILENAME.matcher(headers.getOrDefault("content-disposition", ""));
            parts.add(new MimePart(headers, fm.find() ? fm.group(1) : null, Arrays.copyOfRange(body, start, end)));
            pos = end + 2;
        }
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
