package io.callcontrol.examples;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scripted day runs for a bounded time; then the stories the events tell must be right: every call that ended
 * has its one call log row, with a duration exactly when it was connected and the outcome that says so, no
 * missed-call notice for an answered call, and the board (headless Chromium) shows no call that ended as current.
 */
class ScriptedDayStoryTest extends EmbeddedAppTestSupport {

    private static final Duration DAY = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    /** One call's story on {@code call-events}. */
    static final class Story {
        final List<Map<String, Object>> events = new ArrayList<>();
        long terminatedAt; // Kafka timestamp of the first terminated event, 0: not ended
        boolean connected;
    }

    private Map<String, Story> stories() {
        Map<String, Story> stories = new LinkedHashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of("call-events"));
            // read from the start up to the end offsets of when the reading began (the day goes on producing)
            Map<org.apache.kafka.common.TopicPartition, Long> end = null;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (end == null && !consumer.assignment().isEmpty()) {
                    end = consumer.endOffsets(consumer.assignment());
                }
                if (end != null && end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
                    break;
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, Object> e = json(r.value());
                    if (e.get("vendor") == null || e.get("callId") == null || "test".equals(e.get("vendor"))) {
                        continue;
                    }
                    Story s = stories.computeIfAbsent(e.get("vendor") + ":" + e.get("callId"), k -> new Story());
                    s.events.add(e);
                    if (Boolean.TRUE.equals(e.get("stale"))) {
                        continue;
                    }
                    if ("CONNECTED".equals(e.get("state")) || "ANSWERED".equals(e.get("outcome"))) {
                        s.connected = true;
                    }
                    if ("TERMINATED".equals(e.get("state")) && s.terminatedAt == 0) {
                        s.terminatedAt = r.timestamp();
                    }
                }
            }
        }
        return stories;
    }

    @Test
    void everyEndedCallIsLoggedRightAndNoEndedCallStaysOnTheBoard() throws Exception {
        String chromium = CallBoardBrowserTest.chromium();
        pause(DAY.toMillis());
        long domAt = System.currentTimeMillis();
        String dom = CallBoardBrowserTest.dumpDom(chromium, port, "target/board-after-the-day.png");
        Map<String, Story> stories = stories();
        pause(3000); // the call log's consumer catches up with the last ends

        List<String> ended = stories.entrySet().stream().filter(e -> e.getValue().terminatedAt > 0)
                .map(Map.Entry::getKey).toList();
        assertThat(ended).as("calls that ended in %s", DAY).hasSizeGreaterThan(10);
        assertThat(ended.stream().map(k -> k.substring(0, k.indexOf(':'))).distinct())
                .contains("portsip", "portasip", "broadworks", "uc-dialogs");
        int connectedCalls = 0;
        for (String key : ended) {
            Story s = stories.get(key);
            String vendor = key.substring(0, key.indexOf(':'));
            String callId = key.substring(key.indexOf(':') + 1);
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "SELECT outcome, duration_seconds FROM call_activity WHERE vendor = ? AND call_id = ?", vendor, callId);
            assertThat(rows).as("call log of %s: %s", key, s.events).hasSize(1);
            int duration = ((Number) rows.get(0).get("DURATION_SECONDS")).intValue();
            String outcome = (String) rows.get(0).get("OUTCOME");
            if (s.connected) {
                connectedCalls++;
                assertThat(duration).as("talk time of connected %s: %s", key, s.events).isPositive();
                assertThat(outcome).as(key).isEqualTo("answered");
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM missed_call_notice WHERE vendor = ? AND call_id = ?",
                        Integer.class, vendor, callId)).as("no missed-call mail for answered %s", key).isZero();
            } else {
                assertThat(duration).as("never connected %s: %s", key, s.events).isZero();
                assertThat(outcome).as(key).isNotEqualTo("answered");
            }
            // the routed story of a call never goes backwards
            long seq = 0;
            for (Map<String, Object> e : s.events) {
                long n = ((Number) e.get("sequence")).longValue();
                if (n > 0) {
                    assertThat(n).as("sequence of %s: %s", key, s.events).isGreaterThan(seq);
                    seq = n;
                }
            }
        }
        assertThat(connectedCalls).isGreaterThan(3);

        // the board: no call that ended (a few seconds before the page was read) is listed as current
        Matcher rows = Pattern.compile("<tr class=\"call\" data-call-id=\"([^\"]+)\"[^>]*data-vendor=\"([^\"]+)\"")
                .matcher(dom);
        List<String> onBoard = new ArrayList<>();
        while (rows.find()) {
            onBoard.add(rows.group(2) + ":" + rows.group(1));
        }
        for (String key : onBoard) {
            Story s = stories.get(key);
            if (s != null && s.terminatedAt > 0) {
                assertThat(s.terminatedAt).as("%s ended at %s but is current on the board read at %s: %s", key,
                        Instant.ofEpochMilli(s.terminatedAt), Instant.ofEpochMilli(domAt), s.events)
                        .isGreaterThan(domAt - 3000);
            }
        }
    }
}
