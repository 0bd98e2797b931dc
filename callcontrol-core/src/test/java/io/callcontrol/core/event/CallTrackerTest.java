package io.callcontrol.core.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallTrackerTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }

    private final MutableClock clock = new MutableClock();
    private final Instant t0 = Instant.parse("2026-01-01T09:59:00Z");

    private CallTracker tracker(StaleEvents stale) {
        return new CallTracker("test", new CallTracker.Settings(stale, Duration.ofMinutes(1), 100, Duration.ZERO), clock);
    }

    private CallEvent ev(String call, String id, CallState state, int second) {
        return CallEvent.builder("test").eventId(id).callId(call).state(state).eventType(state.name().toLowerCase())
                .vendorTime(t0.plusSeconds(second)).build();
    }

    @Test
    void lateTryingAfterTerminatedIsDroppedAndTheFinalEventCarriesOutcomeAndTalkTime() {
        CallTracker t = tracker(StaleEvents.DROP);
        assertTrue(t.track(ev("c1", "e1", CallState.RINGING, 1)).routed());
        assertTrue(t.track(ev("c1", "e2", CallState.CONNECTED, 3)).routed());
        CallTracker.Decision end = t.track(ev("c1", "e3", CallState.TERMINATED, 11));
        assertTrue(end.routed());
        CallTracker.Decision late = t.track(ev("c1", "e0", CallState.TRYING, 0));
        assertEquals(CallTracker.Verdict.STALE, late.verdict());
        assertFalse(late.routed());
        CallEvent fin = end.event();
        assertEquals(3, fin.sequence());
        assertEquals(CallOutcome.ANSWERED, fin.outcome());
        assertEquals(Duration.ofSeconds(8), fin.talkTime());
        assertEquals(Duration.ofSeconds(2), fin.ringTime());
        assertEquals(8, fin.durationSeconds());
        assertNotNull(fin.receivedAt());
        assertEquals(CallState.TERMINATED, t.state("c1"));
    }

    @Test
    void flaggedStaleEventsAreRoutedWithTheFlagAndTheirOwnState() {
        CallTracker t = tracker(StaleEvents.FLAG);
        t.track(ev("c1", "e2", CallState.CONNECTED, 3));
        CallTracker.Decision late = t.track(ev("c1", "e1", CallState.RINGING, 1));
        assertTrue(late.routed());
        assertTrue(late.event().stale());
        assertEquals(CallState.RINGING, late.event().state());
        assertEquals(2, late.event().sequence());
        assertEquals(CallState.CONNECTED, t.state("c1"));
    }

    @Test
    void duplicatesAreDroppedButRealUpdatesOfTheSameStateAreNot() {
        CallTracker t = tracker(StaleEvents.DROP);
        assertTrue(t.track(ev("c1", "e1", CallState.CONNECTED, 1)).routed());
        assertEquals(CallTracker.Verdict.DUPLICATE, t.track(ev("c1", "e1", CallState.CONNECTED, 1)).verdict());
        assertTrue(t.track(ev("c1", "e2", CallState.HELD, 2)).routed());
        // back to connected, and held again: same states as before, other events
        assertTrue(t.track(ev("c1", "e3", CallState.CONNECTED, 3)).routed());
        assertTrue(t.track(ev("c1", "e4", CallState.HELD, 4)).routed());
        // the same event id on another call is not a duplicate
        assertTrue(t.track(ev("c2", "e1", CallState.CONNECTED, 1)).routed());
        // a held stamped before the last routed event is late
        assertEquals(CallTracker.Verdict.STALE, t.track(ev("c1", "e5", CallState.CONNECTED, 2)).verdict());
    }

    @Test
    void aReleasedEventIsRoutedAgainWhenRedelivered() {
        CallTracker t = tracker(StaleEvents.DROP);
        CallEvent e = ev("c1", "e1", CallState.RINGING, 1);
        assertTrue(t.track(e).routed());
        t.release(e);
        assertTrue(t.track(e).routed());
    }

    @Test
    void aLongCallRemembersItsLatestEventsAndForgetsOnlyTheOldest() {
        CallTracker t = tracker(StaleEvents.DROP);
        // 100 hold/unhold updates of one call: more than a call remembers (64)
        for (int i = 0; i < 100; i++) {
            CallState s = i % 2 == 0 ? CallState.CONNECTED : CallState.HELD;
            assertTrue(t.track(ev("c1", "u" + i, s, i)).routed(), "update " + i);
        }
        // the 64 latest are recognized when redelivered
        for (int i = 36; i < 100; i++) {
            CallState s = i % 2 == 0 ? CallState.CONNECTED : CallState.HELD;
            assertEquals(CallTracker.Verdict.DUPLICATE, t.track(ev("c1", "u" + i, s, i)).verdict(), "update " + i);
        }
        // an older one is no longer remembered as seen, and is late (older vendor time): still not routed
        assertEquals(CallTracker.Verdict.STALE, t.track(ev("c1", "u0", CallState.CONNECTED, 0)).verdict());
        // the same event id under another state is another event
        assertTrue(t.track(ev("c1", "u99", CallState.CONNECTED, 100)).routed());
        // a released event (its route failed) is routed again, the others stay seen
        CallEvent last = ev("c1", "u100", CallState.HELD, 101);
        assertTrue(t.track(last).routed());
        t.release(last);
        assertTrue(t.track(last).routed());
        assertEquals(CallTracker.Verdict.DUPLICATE, t.track(ev("c1", "u98", CallState.CONNECTED, 98)).verdict());
    }

    @Test
    void unknownStateEventsCarryTheCurrentState() {
        CallTracker t = tracker(StaleEvents.DROP);
        t.track(ev("c1", "e1", CallState.RINGING, 1));
        CallTracker.Decision info = t.track(ev("c1", "e2", CallState.UNKNOWN, 2));
        assertEquals(CallState.RINGING, info.event().state());
        t.track(ev("c1", "e3", CallState.TERMINATED, 3));
        assertFalse(t.track(ev("c1", "e4", CallState.UNKNOWN, 4)).routed());
    }

    @Test
    void unansweredCallHasNoTalkTimeAndTheVendorOutcome() {
        CallTracker t = tracker(StaleEvents.DROP);
        t.track(ev("c1", "e1", CallState.TRYING, 0));
        t.track(ev("c1", "e2", CallState.RINGING, 1));
        CallEvent end = t.track(ev("c1", "e3", CallState.TERMINATED, 21).toBuilder().outcome(CallOutcome.NO_ANSWER)
                .cause("480").build()).event();
        assertEquals(CallOutcome.NO_ANSWER, end.outcome());
        assertEquals("480", end.cause());
        assertNull(end.talkTime());
        assertEquals(Duration.ofSeconds(20), end.ringTime());
        assertEquals(-1, end.durationSeconds());
    }

    @Test
    void talkTimeIsNeverZeroForAConnectedCallWithinOneVendorSecond() {
        CallTracker t = tracker(StaleEvents.DROP);
        t.track(ev("c1", "e1", CallState.CONNECTED, 5));
        clock.advance(Duration.ofMillis(300));
        CallEvent end = t.track(ev("c1", "e2", CallState.TERMINATED, 5)).event();
        assertEquals(Duration.ofMillis(300), end.talkTime());
        assertEquals(1, end.durationSeconds());
        assertEquals(CallOutcome.ANSWERED, end.outcome());
    }

    @Test
    void vanishedCallsAreEndedAsDisappearedAndTerminatedCallsForgotten() {
        CallTracker t = tracker(StaleEvents.DROP);
        t.track(ev("a", "1", CallState.CONNECTED, 1));
        t.track(ev("b", "2", CallState.RINGING, 1));
        t.track(ev("c", "3", CallState.TERMINATED, 1));
        clock.advance(Duration.ofSeconds(10));
        List<CallEvent> ended = t.reconcile(Set.of("b"));
        assertEquals(1, ended.size());
        CallEvent a = ended.get(0);
        assertEquals("a", a.callId());
        assertEquals(CallState.TERMINATED, a.state());
        assertEquals(CallOutcome.UNKNOWN, a.outcome());
        assertEquals(CallTracker.DISAPPEARED, a.reason());
        assertTrue(a.talkTime().toMillis() > 0);
        assertEquals(List.of("b"), t.activeCalls());
        assertEquals(3, t.size());
        clock.advance(Duration.ofMinutes(2));
        assertEquals(1, t.size()); // the terminated ones are forgotten after the retention
    }

    @Test
    void idleCallsAreEnded() {
        CallTracker t = new CallTracker("test", new CallTracker.Settings(StaleEvents.DROP, null, 0,
                Duration.ofSeconds(30)), clock);
        t.track(ev("a", "1", CallState.CONNECTED, 1));
        clock.advance(Duration.ofSeconds(10));
        t.track(ev("b", "2", CallState.CONNECTED, 11));
        clock.advance(Duration.ofSeconds(25));
        List<CallEvent> ended = t.endIdle();
        assertEquals(List.of("a"), ended.stream().map(CallEvent::callId).toList());
    }

    @Test
    void theCapForgetsTerminatedCallsFirstThenTheLeastRecentlyActive() {
        CallTracker t = new CallTracker("test", new CallTracker.Settings(StaleEvents.DROP, Duration.ofHours(1), 3,
                null), clock);
        t.track(ev("a", "1", CallState.CONNECTED, 1));
        t.track(ev("b", "2", CallState.TERMINATED, 1));
        t.track(ev("c", "3", CallState.CONNECTED, 1));
        t.track(ev("a", "4", CallState.HELD, 2));
        t.track(ev("d", "5", CallState.CONNECTED, 1)); // b (terminated) goes
        assertEquals(3, t.size());
        assertNull(t.state("b"));
        t.track(ev("e", "6", CallState.CONNECTED, 1)); // c: least recently active
        assertNull(t.state("c"));
        assertEquals(CallState.HELD, t.state("a"));
        assertEquals(1, t.evictedAtCap());
        for (int i = 0; i < 10_000; i++) {
            t.track(ev("x" + i, "y", CallState.TRYING, 1));
        }
        assertEquals(3, t.size());
    }

    /** Shuffled, duplicated, with events missing: the routed states never go backwards; the outcome is right. */
    @Test
    void shuffledDuplicatedAndMissingNeverGoBackwards() {
        for (int seed = 0; seed < 500; seed++) {
            Random r = new Random(seed);
            List<CallEvent> story = new ArrayList<>(List.of(ev("c", "1", CallState.TRYING, 0),
                    ev("c", "2", CallState.RINGING, 1), ev("c", "3", CallState.CONNECTED, 4),
                    ev("c", "4", CallState.HELD, 6), ev("c", "5", CallState.CONNECTED, 8),
                    ev("c", "6", CallState.TERMINATED, 14)));
            List<CallEvent> feed = new ArrayList<>();
            for (CallEvent e : story) {
                if (r.nextInt(5) > 0 || e.state() == CallState.TERMINATED) {
                    feed.add(e);
                }
                if (r.nextInt(3) == 0) {
                    feed.add(e);
                }
            }
            Collections.shuffle(feed, r);
            CallTracker t = tracker(StaleEvents.DROP);
            int level = -1;
            long seq = 0;
            CallEvent fin = null;
            for (CallEvent e : feed) {
                CallTracker.Decision d = t.track(e);
                if (!d.routed()) {
                    continue;
                }
                int l = CallTracker.level(d.event().state());
                assertTrue(l >= level, "seed " + seed + ": " + d.event().state() + " after level " + level);
                level = l;
                assertEquals(++seq, d.event().sequence());
                if (d.event().state() == CallState.TERMINATED) {
                    fin = d.event();
                }
            }
            assertNotNull(fin, "seed " + seed);
            boolean connectedBefore = fin.outcome() == CallOutcome.ANSWERED;
            if (connectedBefore) {
                assertTrue(fin.talkTime().toMillis() > 0, "seed " + seed);
            } else {
                assertEquals(CallOutcome.UNKNOWN, fin.outcome(), "seed " + seed);
            }
        }
    }
}
