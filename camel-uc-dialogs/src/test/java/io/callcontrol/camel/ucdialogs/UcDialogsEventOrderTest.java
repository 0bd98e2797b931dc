package io.callcontrol.camel.ucdialogs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import io.callcontrol.camel.ucdialogs.api.UcCallEvent;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.sim.ucdialogs.SimDialog;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * uc-dialogs:events through the state tracker: the simulator's events of a dialog, replayed shuffled, duplicated
 * and with some missing, never go backwards and end with the right outcome and talk time; a dialog that vanishes
 * from the dialog list without a dlg_stop is ended (disappeared); a burst to a slow route stays in order.
 */
class UcDialogsEventOrderTest extends UcDialogsTestSupport {

    private final Map<String, List<Exchange>> byDialog = new ConcurrentHashMap<>();
    private final AtomicInteger burstCount = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("uc-dialogs:events?reconcileInterval=0&maxPendingEvents=500").routeId("events").autoStartup(false)
                        .process(e -> {
                            if (e.getMessage().getBody(UcCallEvent.class).data().containsKey("n")) {
                                LockSupport.parkNanos(100_000); // the burst: slower than the sender
                                burstCount.incrementAndGet();
                            }
                            String d = e.getMessage().getHeader(CallEventHeaders.CALL_ID, String.class);
                            if (d != null) {
                                byDialog.computeIfAbsent(d, k -> new CopyOnWriteArrayList<>()).add(e);
                            }
                        });
                from("uc-dialogs:events?reconcileInterval=200").routeId("reconciling").autoStartup(false)
                        .to("mock:reconciling");
            }
        };
    }

    static void await(String what, Duration max, BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(10_000_000);
        }
    }

    @Test
    void shuffledDuplicatedAndMissingEventsNeverGoBackwards() throws Exception {
        context.getRouteController().startRoute("events");
        await("subscribed", Duration.ofSeconds(5), () -> !pbx.get().subscriptions().isEmpty());
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2"); // dlg_call, dlg_start
        pbx.get().clock().advance(Duration.ofSeconds(7));
        assertThat(call("uc-dialogs:delete?dialogId=" + d.dialogid(), null, Map.of()).getException()).isNull();
        List<Map<String, Object>> story = pbx.get().emittedEvents().stream()
                .filter(e -> d.dialogid().equals(e.get("dialogid"))).toList();
        assertThat(story).extracting(e -> e.get("type")).containsExactly("dlg_call", "dlg_start", "dlg_stop");

        int seeds = 100;
        for (int seed = 0; seed < seeds; seed++) {
            Random r = new Random(seed);
            List<Map<String, Object>> feed = new ArrayList<>();
            for (Map<String, Object> e : story) {
                Map<String, Object> copy = new LinkedHashMap<>(e);
                copy.put("dialogid", d.dialogid() + "-s" + seed);
                copy.put("id", e.get("id") + "-" + seed);
                if ("dlg_stop".equals(e.get("type")) || r.nextInt(4) > 0) {
                    feed.add(copy);
                }
                if (r.nextInt(3) == 0) {
                    feed.add(copy);
                }
            }
            Collections.shuffle(feed, r);
            feed.forEach(e -> pbx.get().emitRaw("callevents", e));
        }
        await("every replayed dialog ended", Duration.ofSeconds(20), () -> byDialog.entrySet().stream()
                .filter(x -> x.getKey().contains("-s")).filter(x -> x.getValue().stream().anyMatch(
                        e -> e.getMessage().getHeader(CallEventHeaders.STATE) == CallState.TERMINATED)).count() == seeds);
        int answered = 0;
        for (Map.Entry<String, List<Exchange>> x : byDialog.entrySet()) {
            if (!x.getKey().contains("-s")) {
                continue;
            }
            int level = -1;
            long seq = 0;
            boolean connected = false;
            CallEvent fin = null;
            for (Exchange e : x.getValue()) {
                CallEvent ev = e.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
                int l = CallTracker.level(ev.state());
                assertThat(l).as(x.getKey()).isGreaterThanOrEqualTo(level);
                level = l;
                assertThat(ev.sequence()).isEqualTo(++seq);
                if (ev.state() == CallState.TERMINATED && fin == null) {
                    fin = ev;
                }
                connected |= fin == null && ev.state() == CallState.CONNECTED;
            }
            assertThat(fin).isNotNull();
            if (connected) {
                answered++;
                assertThat(fin.outcome()).as(x.getKey()).isEqualTo(CallOutcome.ANSWERED);
                assertThat(fin.talkTime()).as(x.getKey()).isEqualTo(Duration.ofSeconds(7));
            } else {
                assertThat(fin.outcome()).as(x.getKey()).isEqualTo(CallOutcome.UNKNOWN);
                assertThat(fin.talkTime()).as(x.getKey()).isNull();
            }
        }
        assertThat(answered).isGreaterThan(30);
    }

    @Test
    void aDialogThatLeavesTheListWithoutDlgStopIsEnded() throws Exception {
        context.getRouteController().startRoute("reconciling");
        await("subscribed", Duration.ofSeconds(5), () -> !pbx.get().subscriptions().isEmpty());
        SimDialog live = pbx.get().addActiveDialog("sip3", "sip2");
        // a dialog the platform reports but no longer lists (it ended without an event)
        pbx.get().emitRaw("callevents", Map.of("type", "dlg_start", "dialogid", "rDlg-002-ghost1", "status", "active",
                "eventts", System.currentTimeMillis(), "anumber", "sip3", "bnumber", "sip9"));
        var mock = getMockEndpoint("mock:reconciling");
        await("the ghost ended", Duration.ofSeconds(10), () -> mock.getExchanges().stream().anyMatch(
                e -> "rDlg-002-ghost1".equals(e.getMessage().getHeader(CallEventHeaders.CALL_ID))
                     && e.getMessage().getHeader(CallEventHeaders.STATE) == CallState.TERMINATED));
        Exchange end = mock.getExchanges().stream()
                .filter(e -> e.getMessage().getHeader(CallEventHeaders.STATE) == CallState.TERMINATED).findFirst()
                .orElseThrow();
        assertThat(end.getMessage().getHeader(CallEventHeaders.CALL_ID)).isEqualTo("rDlg-002-ghost1");
        assertThat(end.getMessage().getHeader(CallEventHeaders.REASON)).isEqualTo(CallTracker.DISAPPEARED);
        assertThat(end.getMessage().getHeader(CallEventHeaders.OUTCOME)).isEqualTo(CallOutcome.UNKNOWN);
        assertThat(end.getMessage().getHeader(CallEventHeaders.TALK_TIME, Long.class)).isPositive();
        assertThat(end.getMessage().getHeader(CallEventHeaders.CALLEE)).isEqualTo("sip9");
        // the live dialog stays current
        assertThat(mock.getExchanges()).noneMatch(e -> live.dialogid().equals(e.getMessage().getHeader(CallEventHeaders.CALL_ID))
                && e.getMessage().getHeader(CallEventHeaders.STATE) == CallState.TERMINATED);
    }

    @Test
    void aBurstToASlowRouteStaysInOrderPerDialog() throws Exception {
        context.getRouteController().startRoute("events");
        await("subscribed", Duration.ofSeconds(5), () -> !pbx.get().subscriptions().isEmpty());
        int dialogs = 10;
        int total = 20_000;
        for (int i = 0; i < total; i++) {
            pbx.get().emitRaw("callevents", Map.of("type", "dlg_start", "dialogid", "rDlg-burst-" + (i % dialogs),
                    "n", i / dialogs, "status", "active"));
        }
        await("the burst", Duration.ofSeconds(60), () -> burstCount.get() >= total);
        assertThat(burstCount.get()).isEqualTo(total);
        for (int k = 0; k < dialogs; k++) {
            List<Exchange> got = byDialog.get("rDlg-burst-" + k);
            assertThat(got).hasSize(total / dialogs);
            for (int i = 0; i < got.size(); i++) {
                assertThat(((Number) got.get(i).getMessage().getBody(UcCallEvent.class).data().get("n")).intValue())
                        .isEqualTo(i);
            }
        }
        UcDialogsConsumer consumer = (UcDialogsConsumer) context.getRoute("events").getConsumer();
        assertThat(consumer.getRouter().dispatcher().highWater()).isLessThanOrEqualTo(500);
    }
}
