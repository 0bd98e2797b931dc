package io.callcontrol.examples;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes 3, 4 and 5 end to end on the scripted day: the screen pop on Kafka, the call activity rows in the CRM
 * database (once, even when an event is replayed) and the missed-call mail in the mail server.
 */
class CrmRoutesTest extends EmbeddedAppTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    GreenMail mail;

    @Test
    void ringingCallFromAContactPopsUpWithTheContactAndOwner() {
        Map<String, Object> pop = json(awaitRecord("screen-pop",
                r -> "+15551230001".equals(json(r.value()).get("caller"))).value());
        assertThat(pop).containsEntry("state", "RINGING").containsEntry("vendor", "portsip")
                .containsEntry("contactName", "Dana Customer").containsEntry("company", "Acme Corp")
                .containsEntry("ownerName", "Bob Sales").containsEntry("ownerExtension", "1002")
                .containsEntry("callee", "1002");
        assertThat(pop.get("callId")).isNotNull();
    }

    @Test
    void callerNotInTheCrmGetsNoScreenPop() {
        // the script calls from +19995550100 (no contact) before +15551230004 (a contact) in every round
        awaitRecord("call-events", r -> "+19995550100".equals(json(r.value()).get("caller"))
                && "RINGING".equals(json(r.value()).get("state")));
        awaitRecord("screen-pop", r -> "+15551230004".equals(json(r.value()).get("caller")));
        try (var consumer = consumer()) {
            consumer.subscribe(List.of("screen-pop"));
            long until = System.nanoTime() + 2_000_000_000L;
            while (System.nanoTime() < until) {
                consumer.poll(java.time.Duration.ofMillis(200))
                        .forEach(r -> assertThat(json(r.value()).get("caller")).isNotEqualTo("+19995550100"));
            }
        }
    }

    @Test
    void terminatedCallsAreLoggedOnceEvenWhenReplayed() throws Exception {
        Map<String, Object> answered = awaitRow("SELECT * FROM call_activity WHERE caller = '+15551230001' "
                                                + "AND outcome = 'answered'");
        assertThat(answered).containsEntry("VENDOR", "portsip").containsEntry("CALLEE", "1002")
                .containsEntry("CONTACT_ID", 1);
        assertThat(answered.get("TRACKING_ID")).isNotNull();
        assertThat(answered.get("STARTED_AT")).isNotNull();
        // a real talk time (PortSIP end events carry none: the tracker computes it from the event times)
        assertThat(((Number) answered.get("DURATION_SECONDS")).intValue()).isPositive();
        Map<String, Object> missed = awaitRow("SELECT * FROM call_activity WHERE caller = '+15551230002'");
        assertThat(missed).containsEntry("OUTCOME", "no_answer").containsEntry("CALLEE", "1003")
                .containsEntry("CONTACT_ID", 2);

        // replay the terminated events of one call, then a marker call with the same key (same partition, after it)
        String callId = (String) answered.get("CALL_ID");
        List<String> events = replayTerminatedEvents(callId);
        assertThat(events).isNotEmpty();
        String marker = "{\"eventId\":\"marker-1\",\"vendor\":\"test\",\"callId\":\"marker-" + callId + "\","
                        + "\"state\":\"TERMINATED\",\"caller\":\"+1\",\"callee\":\"2\",\"occurredAt\":\"2026-01-01T00:00:00Z\","
                        + "\"durationSeconds\":-1}";
        produce("call-events", callId, marker);
        awaitRow("SELECT * FROM call_activity WHERE call_id = 'marker-" + callId + "'");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_activity WHERE vendor = 'portsip' AND call_id = ?",
                Integer.class, callId)).isEqualTo(1);
        // the row has the call's times (completed from the whole call's CDR when the leg's end lacked them)
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM call_activity WHERE vendor = 'portsip' AND call_id = ? "
                                       + "AND ended_at >= started_at AND duration_seconds >= 0", Integer.class, callId))
                .isEqualTo(1);
    }

    private List<String> replayTerminatedEvents(String callId) throws Exception {
        List<String> replayed = new java.util.ArrayList<>();
        try (var consumer = consumer()) {
            consumer.subscribe(List.of("call-events"));
            long until = System.nanoTime() + 3_000_000_000L;
            while (System.nanoTime() < until) {
                for (var r : consumer.poll(java.time.Duration.ofMillis(200))) {
                    if (callId.equals(r.key()) && "TERMINATED".equals(json(r.value()).get("state"))) {
                        replayed.add(r.value());
                    }
                }
            }
        }
        for (String e : replayed) {
            produce("call-events", callId, e);
        }
        return replayed;
    }

    @Test
    void missedCallToAnOwnerMailsTheOwnerOnce() throws Exception {
        MimeMessage message = awaitMail("carol@example.com", "Erik Buyer");
        assertThat(message.getSubject()).isEqualTo("Missed call from Erik Buyer (+15551230002)");
        assertThat(message.getFrom()[0].toString()).isEqualTo("callcontrol@example.com");
        String text = GreenMailUtil.getBody(message);
        assertThat(text).contains("Hello Carol Support").contains("Caller: +15551230002 (Erik Buyer, Globex)")
                .contains("Time:   20")
                .contains("/api/click-to-dial?vendor=portsip&from=1003&to=%2B15551230002");
        // one mail per missed call, however many terminated events each call had
        Integer notices = jdbc.queryForObject("SELECT COUNT(*) FROM missed_call_notice WHERE owner_extension = '1003'",
                Integer.class);
        long mails = Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals("carol@example.com"))
                .count();
        // a mail may be on its way for the newest notice
        assertThat(mails).isBetween((long) notices - 1, (long) notices);
        // answered calls (to 1001 and 1002) are never missed calls; only 1003 and PortaSIP's 123002 miss calls
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM missed_call_notice "
                                       + "WHERE owner_extension NOT IN ('1003', '123002')", Integer.class)).isZero();
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private MimeMessage awaitMail(String to, String subjectPart) throws jakarta.mail.MessagingException {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (recipient(m).equals(to) && m.getSubject().contains(subjectPart)) {
                    return m;
                }
            }
            pause(100);
        }
        throw new AssertionError("no mail to " + to + " within " + BOUND);
    }

    private Map<String, Object> awaitRow(String sql) {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            List<Map<String, Object>> rows = jdbc.queryForList(sql);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            pause(100);
        }
        throw new AssertionError("no row for " + sql + " within " + BOUND);
    }
}
