package io.callcontrol.camel.sipnative;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.callcontrol.camel.sipnative.api.DialogEvent;
import io.callcontrol.camel.sipnative.api.DialogInfo;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialog-info stories of a dialog (RFC 4235 states as a notifier sends them), mapped as the dialog_events
 * consumer maps them and fed to the state tracker shuffled, duplicated and with some missing (many seeds): the
 * routed states never go backwards and the end tells the right outcome (mapping and tracker; the SIP wire of the
 * consumer is covered by SipNativeRobustnessTest).
 */
class SipNativeDialogStateTest {

    private static DialogEvent ev(long version, String state, String event, int code) {
        return new DialogEvent("sip:alice@example.com", version, "partial", new DialogInfo.Dialog("d1", "call-1",
                "l", "r", "initiator", state, event, code, 0, "sip:alice@example.com", null, null, "sip:bob@example.com",
                null, null));
    }

    @Test
    void shuffledDuplicatedAndMissingDialogEventsNeverGoBackwards() {
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        List<List<DialogEvent>> stories = List.of(
                List.of(ev(1, "trying", null, 0), ev(2, "early", null, 0), ev(3, "confirmed", null, 0),
                        ev(4, "terminated", "remote-bye", 0)),
                List.of(ev(1, "trying", null, 0), ev(2, "early", null, 0), ev(3, "terminated", "cancelled", 0)),
                List.of(ev(1, "trying", null, 0), ev(2, "terminated", "rejected", 486)));
        List<CallOutcome> outcomes = List.of(CallOutcome.ANSWERED, CallOutcome.CANCELLED, CallOutcome.BUSY);
        for (int seed = 0; seed < 300; seed++) {
            Random r = new Random(seed);
            int s = seed % stories.size();
            List<DialogEvent> feed = new ArrayList<>();
            for (DialogEvent e : stories.get(s)) {
                if ("terminated".equals(e.dialog().state()) || r.nextInt(4) > 0) {
                    feed.add(e);
                }
                if (r.nextInt(3) == 0) {
                    feed.add(e);
                }
            }
            Collections.shuffle(feed, r);
            CallTracker tracker = new CallTracker("sip-native", CallTracker.Settings.defaults());
            int level = -1;
            long seq = 0;
            CallEvent fin = null;
            for (int i = 0; i < feed.size(); i++) {
                CallEvent e = SipNativeDialogEventsConsumer.toCallEvent(feed.get(i), t0.plusSeconds(i));
                CallTracker.Decision d = tracker.track(e, "sip:alice@example.com|call-1");
                if (!d.routed()) {
                    continue;
                }
                int l = CallTracker.level(d.event().state());
                assertThat(l).as("seed %d", seed).isGreaterThanOrEqualTo(level);
                level = l;
                assertThat(d.event().sequence()).isEqualTo(++seq);
                if (fin == null && d.event().state() == CallState.TERMINATED) {
                    fin = d.event();
                }
            }
            assertThat(fin).as("seed %d", seed).isNotNull();
            assertThat(fin.outcome()).as("seed %d", seed).isEqualTo(outcomes.get(s));
            if (fin.outcome() == CallOutcome.ANSWERED) {
                assertThat(fin.talkTime()).as("seed %d", seed).isPositive();
            } else {
                assertThat(fin.talkTime()).as("seed %d", seed).isNull();
            }
        }
    }

    @Test
    void theOutcomeOfATerminatedDialog() {
        assertThat(SipNativeDialogEventsConsumer.outcome("rejected", 603)).isEqualTo(CallOutcome.REJECTED);
        assertThat(SipNativeDialogEventsConsumer.outcome("timeout", 0)).isEqualTo(CallOutcome.NO_ANSWER);
        assertThat(SipNativeDialogEventsConsumer.outcome("error", 0)).isEqualTo(CallOutcome.FAILED);
        assertThat(SipNativeDialogEventsConsumer.outcome("replaced", 0)).isNull();
        assertThat(Duration.ZERO).isZero();
    }
}
