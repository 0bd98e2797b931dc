package io.callcontrol.camel.sipx;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.callcontrol.camel.sipx.api.SipxStatusLine;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status lines of a sipX REFER call, mapped as sipx:status maps them and fed to the state tracker shuffled,
 * duplicated and with some missing (many seeds): the routed states never go backwards, a failed call ends with the
 * outcome of its SIP status, a connected call whose record expires ends as disappeared with a talk time (mapping and
 * tracker; the polling on the wire is SipxConsumerTest's).
 */
class SipxCallStateTest {

    @Test
    void shuffledDuplicatedAndMissingStatusLinesNeverGoBackwards() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("sipx", new SipxComponent());
            context.start();
            SipxEndpoint endpoint = context.getEndpoint("sipx:status?baseUrl=http://127.0.0.1:9&username=u&password=p&callingUser=1&calledUser=2",
                    SipxEndpoint.class);
            SipxConsumer consumer = new SipxConsumer(endpoint, e -> { });
            long t = 1_767_261_600_000L;
            List<List<SipxStatusLine>> stories = List.of(
                    List.of(new SipxStatusLine(t, "c", "INVITE", "SIP/2.0 100 Trying"),
                            new SipxStatusLine(t + 1000, "c", "INVITE", "SIP/2.0 180 Ringing"),
                            new SipxStatusLine(t + 4000, "c", "INVITE", "SIP/2.0 200 OK")),
                    List.of(new SipxStatusLine(t, "c", "INVITE", "SIP/2.0 100 Trying"),
                            new SipxStatusLine(t + 1000, "c", "INVITE", "SIP/2.0 180 Ringing"),
                            new SipxStatusLine(t + 3000, "c", "INVITE", "SIP/2.0 486 Busy Here")));
            for (int seed = 0; seed < 300; seed++) {
                Random r = new Random(seed);
                int s = seed % 2;
                List<SipxStatusLine> feed = new ArrayList<>();
                for (SipxStatusLine l : stories.get(s)) {
                    if (l.statusCode() >= 200 || r.nextInt(4) > 0) {
                        feed.add(l);
                    }
                    if (r.nextInt(3) == 0) {
                        feed.add(l);
                    }
                }
                Collections.shuffle(feed, r);
                CallTracker tracker = new CallTracker("sipx", CallTracker.Settings.defaults());
                int level = -1;
                CallEvent fin = null;
                for (SipxStatusLine l : feed) {
                    CallTracker.Decision d = tracker.track(consumer.statusEvent(l));
                    if (!d.routed()) {
                        continue;
                    }
                    int lv = CallTracker.level(d.event().state());
                    assertThat(lv).as("seed %d", seed).isGreaterThanOrEqualTo(level);
                    level = lv;
                    if (fin == null && d.event().state() == CallState.TERMINATED) {
                        fin = d.event();
                    }
                }
                if (s == 1) {
                    assertThat(fin).as("seed %d", seed).isNotNull();
                    assertThat(fin.outcome()).isEqualTo(CallOutcome.BUSY);
                    assertThat(fin.cause()).isEqualTo("486");
                    assertThat(fin.talkTime()).isNull();
                } else {
                    // the record expires: the call leaves the status and the tracker ends it
                    assertThat(fin).isNull();
                    List<CallEvent> gone = tracker.reconcile(List.of());
                    assertThat(gone).hasSize(1);
                    assertThat(gone.get(0).reason()).isEqualTo(CallTracker.DISAPPEARED);
                    assertThat(gone.get(0).outcome()).isEqualTo(CallOutcome.UNKNOWN);
                    assertThat(gone.get(0).talkTime()).isGreaterThan(Duration.ZERO);
                }
            }
        }
    }
}
