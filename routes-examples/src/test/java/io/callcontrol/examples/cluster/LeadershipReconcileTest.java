package io.callcontrol.examples.cluster;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-over's decision ({@link LeadershipReconcile}): which calls the topics show open and the PBX no longer
 * lists, and the final event each gets -- over records as call-events and click-to-dial-results carry them.
 */
class LeadershipReconcileTest {

    static final Set<String> VENDORS = Set.of("broadworks", "uc-dialogs");
    static final Instant LISTED_AT = Instant.parse("2026-12-04T12:00:00Z");
    static final long BEFORE = LISTED_AT.toEpochMilli() - 5_000;

    final Map<String, LeadershipReconcile.Seen> calls = new LinkedHashMap<>();

    static Map<String, Object> event(String vendor, String callId, String state) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", vendor + "-" + callId + "-" + state);
        m.put("vendor", vendor);
        m.put("callId", callId);
        m.put("trackingId", "trk-" + callId);
        m.put("state", state);
        m.put("direction", "OUTBOUND");
        m.put("caller", "foouser");
        m.put("callee", "+15550001");
        m.put("startedAt", "2026-12-04T11:59:50Z");
        m.put("connectedAt", "CONNECTED".equals(state) ? "2026-12-04T11:59:52Z" : null);
        return m;
    }

    List<CallEvent> decide(Map<String, LeadershipReconcile.Listed> listed) {
        return LeadershipReconcile.decide(calls.values(), listed, LISTED_AT.plusSeconds(2));
    }

    @Test
    void anOpenCallTheListNoLongerShowsEndsWithItsLastKnownParties() {
        LeadershipReconcile.take(calls, VENDORS, event("broadworks", "c1", "RINGING"), false, BEFORE);
        LeadershipReconcile.take(calls, VENDORS, event("broadworks", "c1", "CONNECTED"), false, BEFORE + 1);

        List<CallEvent> gone = decide(Map.of("broadworks", new LeadershipReconcile.Listed(Set.of("other"), LISTED_AT)));

        assertThat(gone).hasSize(1);
        CallEvent e = gone.get(0);
        assertThat(e.vendor()).isEqualTo("broadworks");
        assertThat(e.callId()).isEqualTo("c1");
        assertThat(e.state()).isEqualTo(CallState.TERMINATED);
        assertThat(e.eventType()).isEqualTo(CallTracker.DISAPPEARED_EVENT_TYPE);
        assertThat(e.reason()).isEqualTo(CallTracker.DISAPPEARED);
        assertThat(e.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(e.caller()).isEqualTo("foouser");
        assertThat(e.callee()).isEqualTo("+15550001");
        assertThat(e.trackingId()).isEqualTo("trk-c1");
        assertThat(e.connectedAt()).isEqualTo(Instant.parse("2026-12-04T11:59:52Z"));
        assertThat(e.endedAt()).isEqualTo(LISTED_AT.plusSeconds(2));
        // whichever instance reconciles the call, the event id is the same
        assertThat(e.eventId()).isEqualTo(decide(Map.of("broadworks",
                new LeadershipReconcile.Listed(Set.of(), LISTED_AT))).get(0).eventId());
    }

    @Test
    void aCallStillListedOrEndedAlreadyIsLeftAlone() {
        LeadershipReconcile.take(calls, VENDORS, event("broadworks", "up", "CONNECTED"), false, BEFORE);
        LeadershipReconcile.take(calls, VENDORS, event("broadworks", "done", "RINGING"), false, BEFORE);
        LeadershipReconcile.take(calls, VENDORS, event("broadworks", "done", "TERMINATED"), false, BEFORE + 1);

        assertThat(decide(Map.of("broadworks", new LeadershipReconcile.Listed(Set.of("up"), LISTED_AT)))).isEmpty();
    }

    @Test
    void aCallOnlyDialledEndsWithTheRequestsParties() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("requestId", "r1");
        result.put("vendor", "uc-dialogs");
        result.put("from", "11");
        result.put("to", "5557000001");
        result.put("callId", "rDlg-1");
        result.put("trackingId", "acall-1");
        LeadershipReconcile.take(calls, VENDORS, result, true, BEFORE);

        List<CallEvent> gone = decide(Map.of("uc-dialogs", new LeadershipReconcile.Listed(Set.of(), LISTED_AT)));

        assertThat(gone).singleElement().satisfies(e -> {
            assertThat(e.callId()).isEqualTo("rDlg-1");
            assertThat(e.caller()).isEqualTo("11");
            assertThat(e.callee()).isEqualTo("5557000001");
            assertThat(e.trackingId()).isEqualTo("acall-1");
            assertThat(e.direction()).isEqualTo(CallDirection.OUTBOUND);
            assertThat(e.outcome()).isEqualTo(CallOutcome.UNKNOWN);
        });
    }

    @Test
    void nothingIsInventedForCallsSeenAfterTheListOrOfAVendorWhoseListFailed() {
        // seen after the list was asked for: it may not have been on the PBX yet
        LeadershipReconcile.take(calls, VENDORS, event("broadworks", "new", "TRYING"), false, LISTED_AT.toEpochMilli());
        // the UC dialogs list failed: nothing is known of its calls
        LeadershipReconcile.take(calls, VENDORS, event("uc-dialogs", "d1", "CONNECTED"), false, BEFORE);
        // a vendor that is not reconciled (sipX: no call list)
        LeadershipReconcile.take(calls, VENDORS, event("sipx", "s1", "CONNECTED"), false, BEFORE);

        assertThat(calls).doesNotContainKey("sipx/s1");
        assertThat(decide(Map.of("broadworks", new LeadershipReconcile.Listed(Set.of(), LISTED_AT)))).isEmpty();
    }
}
