package io.callcontrol.camel.broadworks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.callcontrol.camel.broadworks.api.BroadworksCallListEntry;
import io.callcontrol.camel.broadworks.api.BroadworksCallState;
import io.callcontrol.camel.broadworks.api.CallPersonality;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.core.poll.SnapshotTracker;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call list snapshots of a BroadWorks call (alerting, active, held, active, gone), in shuffled order, repeated
 * and with some missing (many seeds), turned into changes and events as broadworks:calls does and fed to the state
 * tracker: the routed states never go backwards, and the end of a call seen active says ANSWERED with a talk time
 * (mapping and tracker; the polling on the wire is BroadworksConsumerTest's).
 */
class BroadworksCallStateTest {

    private static BroadworksCallListEntry entry(BroadworksCallState state, String answer) {
        return new BroadworksCallListEntry("callhalf-1", false, null, "ext-1", CallPersonality.ORIGINATOR, state, null,
                null, null, "2026-01-01T10:00:00.000Z", answer);
    }

    @Test
    void shuffledRepeatedAndMissingPollsNeverGoBackwards() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("broadworks", new BroadworksComponent());
            context.start();
            BroadworksEndpoint endpoint = context.getEndpoint("broadworks:calls?baseUrl=http://127.0.0.1:9&tenantId=t"
                                                              + "&groupId=g&userId=u&accessToken=x", BroadworksEndpoint.class);
            BroadworksConsumer consumer = new BroadworksConsumer(endpoint, e -> { });
            String answered = "2026-01-01T10:00:04.000Z";
            List<List<BroadworksCallListEntry>> polls = List.of(List.of(entry(BroadworksCallState.ALERTING, null)),
                    List.of(entry(BroadworksCallState.ACTIVE, answered)), List.of(entry(BroadworksCallState.HELD, answered)),
                    List.of(entry(BroadworksCallState.ACTIVE, answered)));
            int answeredEnds = 0;
            for (int seed = 0; seed < 300; seed++) {
                Random r = new Random(seed);
                List<List<BroadworksCallListEntry>> feed = new ArrayList<>();
                for (List<BroadworksCallListEntry> p : polls) {
                    if (r.nextInt(4) > 0) {
                        feed.add(p);
                    }
                    if (r.nextInt(3) == 0) {
                        feed.add(p);
                    }
                }
                Collections.shuffle(feed, r);
                feed.add(List.of()); // the call is gone
                SnapshotTracker<BroadworksCallListEntry> snapshots =
                        new SnapshotTracker<>(BroadworksCallListEntry::callId, BroadworksCallListEntry::state);
                CallTracker tracker = new CallTracker("broadworks", CallTracker.Settings.defaults());
                int level = -1;
                boolean active = false;
                CallEvent fin = null;
                for (List<BroadworksCallListEntry> poll : feed) {
                    for (SnapshotTracker.Change<BroadworksCallListEntry> c : snapshots.update(poll)) {
                        CallTracker.Decision d = tracker.track(consumer.toEvent(c));
                        if (!d.routed()) {
                            continue;
                        }
                        int l = CallTracker.level(d.event().state());
                        assertThat(l).as("seed %d", seed).isGreaterThanOrEqualTo(level);
                        level = l;
                        active |= d.event().state() == CallState.CONNECTED || d.event().state() == CallState.HOLDING;
                        if (d.event().state() == CallState.TERMINATED) {
                            fin = d.event();
                        }
                    }
                }
                if (feed.size() == 1) {
                    continue; // every poll of the call missed: nothing to tell
                }
                assertThat(fin).as("seed %d", seed).isNotNull();
                assertThat(fin.reason()).isEqualTo(CallTracker.DISAPPEARED);
                if (active) {
                    answeredEnds++;
                    assertThat(fin.outcome()).as("seed %d", seed).isEqualTo(CallOutcome.ANSWERED);
                    assertThat(fin.talkTime().toMillis()).as("seed %d", seed).isPositive();
                } else {
                    assertThat(fin.outcome()).as("seed %d", seed).isEqualTo(CallOutcome.UNKNOWN);
                }
            }
            assertThat(answeredEnds).isGreaterThan(100);
        }
    }
}
