package io.callcontrol.examples.crm;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the CRM routes (Java and YAML alike) compute from a call event read from {@code call-events} (a Map, see
 * {@link io.callcontrol.examples.events.CallEventJson}) and the CRM rows looked up for it. Bean name
 * {@code crmEvents}.
 */
@Component("crmEvents")
public class CrmEvents {

    private final String publicUrl;

    public CrmEvents(@Value("${callcontrol.examples.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Route 3: the event with the caller's contact and its owner, as published to {@code screen-pop}. */
    public Map<String, Object> screenPop(Map<String, Object> event, Map<String, Object> contact) {
        Map<String, Object> m = new LinkedHashMap<>(event);
        m.put("contactId", contact.get("ID"));
        m.put("contactName", contact.get("NAME"));
        m.put("company", contact.get("COMPANY"));
        m.put("ownerExtension", contact.get("OWNER_EXTENSION"));
        m.put("ownerName", contact.get("OWNER_NAME"));
        return m;
    }

    /** Route 4: the parameters of the call activity insert; {@code connected}: the call was seen connected. */
    public Map<String, Object> activity(Map<String, Object> event, Number connected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vendor", event.get("vendor"));
        m.put("callId", event.get("callId"));
        m.put("trackingId", event.get("trackingId"));
        m.put("caller", event.get("caller"));
        m.put("callee", event.get("callee"));
        Timestamp started = timestamp(event.get("startedAt"));
        m.put("startedAt", started != null ? started : timestamp(event.get("occurredAt")));
        Timestamp ended = timestamp(event.get("endedAt"));
        m.put("endedAt", ended != null ? ended : timestamp(event.get("occurredAt")));
        boolean answered = wasAnswered(event, connected);
        m.put("durationSeconds", answered ? talkSeconds(event) : 0);
        m.put("outcome", outcome(event, answered));
        return m;
    }

    /**
     * The call log's outcome: the final event's {@code outcome} (answered, busy, no_answer, rejected, cancelled,
     * failed), {@code answered} for a call seen connected whose end does not say, else {@code missed} (unknown).
     */
    static String outcome(Map<String, Object> event, boolean answered) {
        if (answered) {
            return "answered";
        }
        Object o = event.get("outcome");
        return o == null || "UNKNOWN".equals(o) || "ANSWERED".equals(o) ? "missed" : o.toString().toLowerCase(Locale.ROOT);
    }

    /** Whether the call was answered: its final event's outcome, or it was seen connected. */
    static boolean wasAnswered(Map<String, Object> event, Number connected) {
        return "ANSWERED".equals(event.get("outcome")) || event.get("connectedAt") != null
               || (connected != null && connected.longValue() > 0) || event.get("talkTimeMillis") != null;
    }

    /**
     * Talk time in whole seconds, rounded up: the tracker's talk time of the final event (answered-at to ended-at,
     * never 0 for a connected call); without it, connected-at to ended-at; at least 1 for an answered call.
     */
    static int talkSeconds(Map<String, Object> event) {
        if (event.get("talkTimeMillis") instanceof Number ms && ms.longValue() > 0) {
            return (int) Math.max(1, (ms.longValue() + 999) / 1000);
        }
        Timestamp from = timestamp(event.get("connectedAt"));
        Timestamp to = timestamp(event.get("endedAt"));
        if (from != null && to != null) {
            long ms = to.getTime() - from.getTime();
            return (int) Math.max(1, (ms + 999) / 1000);
        }
        return 1;
    }

    /**
     * A call that ended never answered ({@code connected}: the call was seen connected before): a terminated event,
     * not stale, whose outcome is not ANSWERED and that was never seen connected.
     */
    public boolean isMissed(Map<String, Object> event, Number connected) {
        return "TERMINATED".equals(event.get("state")) && !Boolean.TRUE.equals(event.get("stale"))
               && !wasAnswered(event, connected);
    }

    /** Route 5: the subject of the missed-call mail. */
    public String missedCallSubject(Map<String, Object> event, Map<String, Object> owner) {
        String who = owner.get("CONTACT_NAME") != null ? owner.get("CONTACT_NAME") + " (" + event.get("caller") + ")"
                : String.valueOf(event.get("caller"));
        return "Missed call from " + who;
    }

    /** Route 5: the text of the missed-call mail: caller, time and a click-to-dial link calling back. */
    public String missedCallText(Map<String, Object> event, Map<String, Object> owner) {
        String time = String.valueOf(event.get("startedAt") != null ? event.get("startedAt") : event.get("occurredAt"));
        StringBuilder sb = new StringBuilder();
        sb.append("Hello ").append(owner.get("NAME")).append(",\n\n");
        sb.append("you missed a call.\n\n");
        sb.append("Caller: ").append(event.get("caller"));
        if (owner.get("CONTACT_NAME") != null) {
            sb.append(" (").append(owner.get("CONTACT_NAME")).append(", ").append(owner.get("COMPANY")).append(')');
        }
        sb.append('\n');
        sb.append("Time:   ").append(time).append('\n');
        sb.append("PBX:    ").append(event.get("vendor")).append(" call ").append(event.get("callId")).append("\n\n");
        sb.append("Call back: ").append(clickToDialLink(String.valueOf(event.get("vendor")),
                String.valueOf(owner.get("EXTENSION")), String.valueOf(event.get("caller")))).append('\n');
        return sb.toString();
    }

    /** Route 7: the user part of a SIP URI ({@code sip:+15551230001@host;user=phone} -> {@code +15551230001}). */
    public String sipUser(String uri) {
        if (uri == null) {
            return null;
        }
        String s = uri.replaceFirst("^.*<", "").replaceFirst(">.*$", "").replaceFirst("^sips?:", "");
        int at = s.indexOf('@');
        String user = at >= 0 ? s.substring(0, at) : s;
        int semi = user.indexOf(';');
        return semi >= 0 ? user.substring(0, semi) : user;
    }

    /** The click-to-dial link (GET) that calls {@code to} from {@code from} on the vendor's PBX. */
    public String clickToDialLink(String vendor, String from, String to) {
        return publicUrl + "/api/click-to-dial?vendor=" + enc(vendor) + "&from=" + enc(from) + "&to=" + enc(to);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Timestamp timestamp(Object iso) {
        return iso == null ? null : Timestamp.from(Instant.parse(iso.toString()));
    }
}
