package io.callcontrol.camel.sipnative.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sip.address.URI;
import javax.sip.message.Request;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;

/**
 * Checks of a received request that the RI's lenient parser skips (RFC 3261 grammar, RFC 4475 cases): the
 * raw request line (single spaces, no trailing blank, version {@code SIP/2.0} - the parser rewrites any other
 * version to 2.0), no headers in the Request-URI, single-valued headers given once, display names quoted when
 * they are not tokens, no blanks inside angle brackets, a GMT Date, name-addr Contacts with {@code ?}.
 * The parser wrapper ({@link SanitizingParserFactory}) records the verdict on the parsed message; the agent
 * answers it without a transaction ({@link #problem}).
 */
final class RequestScreen {

    /** The verdict carried by a parsed message: {@code "505 ..."} or {@code "400 ..."}. */
    record Verdict(String text) {
    }

    private static final Pattern TOKEN_NAME = Pattern.compile("[A-Za-z0-9.!%*_+`'~\\-]+([ \\t]+[A-Za-z0-9.!%*_+`'~\\-]+)*");
    /** Headers that hold one value (long and compact names). */
    private static final Map<String, String> SINGLE = new HashMap<>();

    static {
        for (String[] n : new String[][] {{"to", "t"}, {"from", "f"}, {"call-id", "i"}, {"cseq", null},
                {"max-forwards", null}, {"content-length", "l"}, {"content-type", "c"}}) {
            SINGLE.put(n[0], n[0]);
            if (n[1] != null) {
                SINGLE.put(n[1], n[0]);
            }
        }
    }

    private RequestScreen() {
    }

    /** What the agent must answer instead of processing the request, or null. */
    static String problem(Request request) {
        if (request instanceof SIPMessage m && m.getApplicationData() instanceof Verdict v) {
            return v.text();
        }
        URI uri = request.getRequestURI();
        String scheme = uri == null ? null : uri.getScheme();
        if (scheme != null && !scheme.equalsIgnoreCase("sip") && !scheme.equalsIgnoreCase("sips") && !scheme.equalsIgnoreCase("tel")) {
            return "416 Unsupported URI Scheme";
        }
        return null;
    }

    /** The status code of a verdict. */
    static int status(String verdict) {
        return Integer.parseInt(verdict.substring(0, 3));
    }

    static String reason(String verdict) {
        return verdict.substring(4);
    }

    /** Screens the raw bytes of a request (its first line and headers); null when nothing is wrong. */
    static String screen(byte[] raw) {
        // the parser skips leading CRLFs (keep-alives) too
        int from = 0;
        while (from < raw.length && (raw[from] == '\r' || raw[from] == '\n')) {
            from++;
        }
        int end = headEnd(raw, from);
        List<String> lines = unfold(new String(raw, from, end - from, StandardCharsets.ISO_8859_1));
        if (lines.isEmpty() || lines.get(0).startsWith("SIP/")) {
            return null;
        }
        String requestLine = lines.get(0);
        int sp1 = requestLine.indexOf(' ');
        int sp2 = requestLine.lastIndexOf(' ');
        if (sp1 <= 0 || sp2 <= sp1 + 1 || requestLine.indexOf(' ', sp1 + 1) != sp2 || requestLine.indexOf('\t') >= 0) {
            return "400 Bad Request (malformed request line)";
        }
        String version = requestLine.substring(sp2 + 1);
        if (!version.regionMatches(true, 0, "SIP/", 0, 4) || version.length() < 7) {
            return "400 Bad Request (malformed request line)";
        }
        if (!version.equalsIgnoreCase("SIP/2.0")) {
            return "505 Version Not Supported";
        }
        String uri = requestLine.substring(sp1 + 1, sp2);
        if ((uri.regionMatches(true, 0, "sip:", 0, 4) || uri.regionMatches(true, 0, "sips:", 0, 5))
                && uri.indexOf('?', Math.max(0, uri.lastIndexOf('@'))) >= 0) {
            // headers follow the host part ('?' may appear in the user part, RFC 4475 intmeth)
            return "400 Bad Request (headers in the Request-URI)";
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon <= 0) {
                return "400 Bad Request (malformed header line)";
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            String single = SINGLE.get(name);
            if (single != null && seen.merge(single, 1, Integer::sum) > 1) {
                return "400 Bad Request (more than one " + single + " header)";
            }
            String problem = switch (name) {
                case "to", "t", "from", "f" -> checkNameAddr(name, value, false);
                case "contact", "m", "route", "record-route", "reply-to" -> checkNameAddr(name, value, true);
                case "date" -> value.endsWith(" GMT") ? null : "400 Bad Request (Date is not in GMT)";
                default -> null;
            };
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** A name-addr / addr-spec header value: display name quoted or tokens, nothing blank inside {@code <>}. */
    private static String checkNameAddr(String header, String value, boolean list) {
        for (String v : list ? splitList(value) : List.of(value)) {
            String s = v.trim();
            if (s.equals("*")) {
                continue;
            }
            int lt = s.indexOf('<');
            if (lt < 0) {
                if (s.contains("?")) {
                    return "400 Bad Request (" + header + ": a URI with headers must be in angle brackets)";
                }
                continue;
            }
            int gt = s.indexOf('>', lt);
            if (gt < 0) {
                return "400 Bad Request (" + header + ": unbalanced angle brackets)";
            }
            String inside = s.substring(lt + 1, gt);
            if (!inside.equals(inside.trim())) {
                return "400 Bad Request (" + header + ": blanks inside angle brackets)";
            }
            String display = s.substring(0, lt).trim();
            if (!display.isEmpty() && !display.startsWith("\"") && !TOKEN_NAME.matcher(display).matches()) {
                return "400 Bad Request (" + header + ": display name must be quoted)";
            }
        }
        return null;
    }

    /** Splits a comma separated header value, not inside quotes or angle brackets. */
    private static List<String> splitList(String value) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int angle = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>') {
                angle--;
            } else if (!quoted && angle == 0 && c == ',') {
                out.add(value.substring(start, i));
                start = i + 1;
            }
        }
        out.add(value.substring(start));
        return out;
    }

    /** Where the header part ends (the blank line), or the length. */
    private static int headEnd(byte[] raw, int from) {
        for (int i = from; i < raw.length - 1; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length && raw[i + 2] == '\n'))) {
                return i;
            }
        }
        return raw.length;
    }

    /** The header lines with continuation lines joined (the first line is the start line). */
    private static List<String> unfold(String head) {
        List<String> out = new ArrayList<>();
        int pos = 0;
        while (pos <= head.length()) {
            int nl = head.indexOf('\n', pos);
            int stop = nl < 0 ? head.length() : nl;
            String line = head.substring(pos, stop > pos && head.charAt(stop - 1) == '\r' ? stop - 1 : stop);
            pos = stop + 1;
            if (line.isEmpty() && nl < 0) {
                break;
            }
            if (!out.isEmpty() && !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && out.size() > 1) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + line.trim());
            } else {
                out.add(line);
            }
            if (nl < 0) {
                break;
            }
        }
        return out;
    }

    /** Records a verdict on a parsed request. */
    static void mark(SIPMessage message, String verdict) {
        message.setApplicationData(new Verdict(verdict));
    }

    /** True for requests (not responses). */
    static boolean isRequest(SIPMessage m) {
        return m instanceof SIPRequest;
    }
}
