package io.callcontrol.camel.sipnative.api;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sip.header.CallIdHeader;
import javax.sip.header.Header;
import javax.sip.header.ViaHeader;
import javax.sip.message.Request;

import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.core.error.CallControlConnectionException;

/** Stateless helpers on SIP messages, URIs and failures shared by the user agent's parts. */
final class SipMessages {

    private SipMessages() {
    }

    static String userPart(String uri) {
        String s = uri.replaceFirst("^<", "").replaceFirst("^sips?:", "");
        int at = s.indexOf('@');
        return at < 0 ? s : s.substring(0, at);
    }
    static String hostPart(String uri) {
        String s = uri.replaceFirst("^<", "").replaceFirst(">$", "").replaceFirst("^sips?:", "");
        int at = s.indexOf('@');
        s = at < 0 ? s : s.substring(at + 1);
        int semi = s.indexOf(';');
        return semi < 0 ? s : s.substring(0, semi);
    }
    static String newTag() {
        return Long.toHexString(UUID.randomUUID().getMostSignificantBits());
    }
    /** Status code of a {@code message/sipfrag} body ({@code SIP/2.0 180 Ringing}), 0 if unreadable. */
    static int sipfragStatus(String frag) {
        if (frag == null) {
            return 0;
        }
        String s = frag.trim();
        if (!s.startsWith("SIP/2.0 ") || s.length() < 11) {
            return 0;
        }
        try {
            return Integer.parseInt(s.substring(8, 11));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
    /** A failure's reason for a log line: the exception and its root cause. */
    static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (cause: " + root + ")";
    }
    /** The same To tag for every retransmission of a request answered without a transaction. */
    static String statelessTag(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        String branch = via == null || via.getBranch() == null ? callIdOrNull(request) : via.getBranch();
        return Integer.toHexString(String.valueOf(branch).hashCode()) + "s";
    }
    static String callIdOrNull(Request request) {
        CallIdHeader cid = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return cid == null ? null : cid.getCallId();
    }
    static String callId(javax.sip.message.Message m) {
        return ((CallIdHeader) m.getHeader(CallIdHeader.NAME)).getCallId();
    }
    static String bodyOf(javax.sip.message.Message m) {
        byte[] raw = m.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }
    static Map<String, String> headerMap(javax.sip.message.Message m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<?> names = m.getHeaderNames(); names.hasNext(); ) {
            String name = (String) names.next();
            List<String> values = new ArrayList<>();
            for (Iterator<?> it = m.getHeaders(name); it.hasNext(); ) {
                Header h = (Header) it.next();
                String s = h.toString();
                int colon = s.indexOf(':');
                values.add((colon < 0 ? s : s.substring(colon + 1)).trim());
            }
            out.put(name, String.join(", ", values));
        }
        return out;
    }
    static RuntimeException wrap(Throwable e) {
        if (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RuntimeException re) {
            return re;
        }
        if (e instanceof ParseException) {
            return new SipNativeException("PARSE", e.getMessage(), 0, null);
        }
        return new CallControlConnectionException(SipNativeException.VENDOR, e.getMessage(), e);
    }
}
