package io.callcontrol.camel.ucdialogs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.camel.ucdialogs.api.UcCallEvent;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.ucdialogs.SimDialog;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UcDialogsConsumerTest extends UcDialogsTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("uc-dialogs:events?eventClasses=callevents,ccsevents").routeId("events").autoStartup(false)
                        .to("mock:events");
                // short lifetime: renewed every second (50 % of 2 s)
                from("uc-dialogs:events?subscriptionExpires=2&subscriptionRenewPercent=50").routeId("renewing")
                        .autoStartup(false).to("mock:renewing");
                from("uc-dialogs:events?reconnectInitialDelay=50&reconnectMaxDelay=200&eventClasses=callevents,ccsevents")
                        .routeId("reconnecting").autoStartup(false).to("mock:reconnecting");
                from("uc-dialogs:events?tokenInPath=true").routeId("pathtoken").autoStartup(false).to("mock:pathtoken");
            }
        };
    }

    /** Token-API frames the consumer sent: [command, payload]. */
    private static List<Map<String, Object>> subscrFrames(Predicate<Map<String, Object>> p) {
        return pbx.get().wireLog().matching(r -> r.method().equals("WS")).stream()
                .map(UcDialogsConsumerTest::frame)
                .filter(f -> "subscr".equals(f.get(0)))
                .map(f -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> m = (Map<String, Object>) f.get(1);
                    return m;
                })
                .filter(p).toList();
    }

    private static List<Object> frame(RecordedRequest r) {
        try {
            return Json.MAPPER.readValue(r.body(), new TypeReference<List<Object>>() { });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void subscribesAndEmitsNormalizedCallEvents() throws Exception {
        context.getRouteController().startRoute("events");
        await("two subscriptions", () -> pbx.get().subscriptions().size() == 2);
        RecordedRequest first = pbx.get().wireLog().matching(r -> r.method().equals("WS")).get(0);
        assertThat(first.path()).isEqualTo("/ws/token/v1");
        assertThat(first.header("Authorization")).isEqualTo("Bearer alice-token");
        assertThat(subscrFrames(f -> true)).extracting(f -> f.get("class")).containsExactlyInAnyOrder("callevents", "ccsevents");
        assertThat(subscrFrames(f -> true)).allSatisfy(f -> {
            assertThat(f.get("expires")).isEqualTo(3600);
            assertThat(f.get("qid")).isNotNull();
            assertThat((String) f.get("id")).endsWith("-" + f.get("class"));
        });

        MockEndpoint mock = getMockEndpoint("mock:events");
        mock.expectedMessageCount(3);
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2"); // dlg_call + dlg_start
        pbx.get().emitRaw("ccsevents", Map.of("type", "agent_state", "agent", "alice"));
        mock.assertIsSatisfied();

        // in order per dialog (not across dialogs and other classes): pick the exchanges by type
        Exchange call = byType(mock, "dlg_call");
        UcCallEvent body = call.getMessage().getBody(UcCallEvent.class);
        Map<String, Object> sent = pbx.get().emittedEvents().get(0);
        assertThat(body.type()).isEqualTo("dlg_call");
        assertThat(body.eventClass()).isEqualTo("callevents");
        assertThat(body.data()).containsEntry("dialogid", d.dialogid());
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_EVENT_ID)).isEqualTo(sent.get("id"));
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_CALL_ID)).isEqualTo(d.dialogid());
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_TRACKING_ID)).isEqualTo(d.acallid());
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_STATE)).isEqualTo(CallState.TRYING);
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_CALLER)).isEqualTo("sip3");
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_CALLEE)).isEqualTo("sip2");
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_VENDOR)).isEqualTo("uc-dialogs");
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_OCCURRED_AT))
                .isEqualTo(Instant.ofEpochMilli((Long) sent.get("eventts")));
        assertThat(call.getMessage().getHeader(UcDialogsConstants.EVENT_CLASS)).isEqualTo("callevents");
        assertThat(call.getMessage().getHeader(UcDialogsConstants.SUBSCRIPTION_ID)).asString().endsWith("-callevents");
        assertThat(call.getMessage().getHeader(UcDialogsConstants.CALL_EVENT, CallEvent.class).raw()).isEqualTo(body.data());
        assertThat(byType(mock, "dlg_start").getMessage().getHeader(UcDialogsConstants.CALL_STATE))
                .isEqualTo(CallState.CONNECTED);
        assertThat(byType(mock, "dlg_start").getMessage().getHeader(CallEventHeaders.SEQUENCE)).isEqualTo(2L);
        assertThat(byType(mock, "agent_state").getMessage().getHeader(UcDialogsConstants.EVENT_CLASS)).isEqualTo("ccsevents");
        assertThat(mock.getExchanges()).allSatisfy(x -> assertThat(x.getMessage().getHeader(UcDialogsConstants.POSSIBLE_GAP)).isNull());

        // stop: every subscription is removed with expires 0, nothing left behind
        context.getRouteController().stopRoute("events");
        assertThat(subscrFrames(f -> Integer.valueOf(0).equals(f.get("expires"))))
                .extracting(f -> f.get("class")).containsExactlyInAnyOrder("callevents", "ccsevents");
        await("socket closed", () -> pbx.get().openWebSockets() == 0);
        assertThat(pbx.get().subscriptions()).isEmpty();
        await("dispatch thread gone", () -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().contains("uc-dialogs-events")));
    }

    @Test
    void renewsEachSubscriptionBeforeItExpires() throws Exception {
        context.getRouteController().startRoute("renewing");
        await("subscribed", () -> pbx.get().subscriptions().size() == 1);
        String id = pbx.get().subscriptions().keySet().iterator().next();
        // renewal (same id) within ~1 s of real time
        await("first renewal", () -> subscrFrames(f -> id.equals(f.get("id"))).size() >= 2);
        pbx.get().clock().advance(Duration.ofMillis(1500));
        int seen = subscrFrames(f -> id.equals(f.get("id"))).size();
        await("second renewal", () -> subscrFrames(f -> id.equals(f.get("id"))).size() > seen);
        // 3 s after the first subscription: without renewals it would have expired after 2 s
        pbx.get().clock().advance(Duration.ofMillis(1500));
        assertThat(pbx.get().subscriptions()).containsKey(id);
        assertThat(subscrFrames(f -> true)).allSatisfy(f -> {
            assertThat(f.get("id")).isEqualTo(id);
            assertThat(f.get("expires")).isEqualTo(2);
        });
        MockEndpoint mock = getMockEndpoint("mock:renewing");
        mock.expectedMinimumMessageCount(1);
        pbx.get().addActiveDialog("sip3", "sip2");
        mock.assertIsSatisfied();
        context.getRouteController().stopRoute("renewing");
        int afterStop = subscrFrames(f -> true).size();
        Thread.sleep(300);
        assertThat(subscrFrames(f -> true)).as("no renewal timer survives stop").hasSize(afterStop);
    }

    @Test
    void resubscribesExactlyOnceAfterADroppedSocket() throws Exception {
        context.getRouteController().startRoute("reconnecting");
        await("subscribed", () -> pbx.get().subscriptions().size() == 2);
        assertThat(subscrFrames(f -> true)).hasSize(2);

        pbx.get().dropWebSockets();
        await("re-subscribed", () -> subscrFrames(f -> true).size() >= 4 && pbx.get().subscriptions().size() == 2);
        Thread.sleep(300); // room for a duplicate, if there were one
        List<Map<String, Object>> all = subscrFrames(f -> true);
        assertThat(all).hasSize(4);
        assertThat(all.subList(2, 4)).extracting(f -> f.get("class")).containsExactlyInAnyOrder("callevents", "ccsevents");
        assertThat(all.subList(2, 4)).extracting(f -> f.get("id"))
                .containsExactlyInAnyOrderElementsOf(all.subList(0, 2).stream().map(f -> f.get("id")).toList());
        assertThat(pbx.get().openWebSockets()).isEqualTo(1);

        // the gap exchange: the current dialog list (GET of the calls API), to reconcile what was lost
        MockEndpoint mock = getMockEndpoint("mock:reconnecting");
        await("gap exchange", () -> mock.getReceivedCounter() >= 1);
        Exchange gap = mock.getExchanges().get(0);
        assertThat(gap.getMessage().getHeader(UcDialogsConstants.POSSIBLE_GAP)).isEqualTo(true);
        assertThat(gap.getMessage().getBody()).isInstanceOf(List.class);
        assertThat(pbx.get().wireLog().find("GET", "/rest/v1/user/sip/calls")).hasSize(1);
        // one event after the reconnect reaches the route once (no handler registered twice)
        mock.reset();
        mock.expectedMessageCount(1);
        pbx.get().emitRaw("callevents", Map.of("type", "dlg_stop", "dialogid", "rDlg-002-abcdef", "eventts", 1L));
        mock.assertIsSatisfied();
        Thread.sleep(200);
        assertThat(mock.getReceivedCounter()).isEqualTo(1);
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(UcDialogsConstants.CALL_STATE))
                .isEqualTo(CallState.TERMINATED);
        assertThat(mock.getExchanges().get(0).getMessage().getHeader(UcDialogsConstants.POSSIBLE_GAP)).isNull();
    }

    @Test
    void tokenInPathAndMissingTokenNamedAtStart() throws Exception {
        context.getRouteController().startRoute("pathtoken");
        await("subscribed", () -> pbx.get().subscriptions().size() == 1);
        RecordedRequest first = pbx.get().wireLog().matching(r -> r.method().equals("WS")).get(0);
        assertThat(first.path()).isEqualTo("/ws/token/v1/alice-token");
        assertThat(first.header("Authorization")).isNull();
        context.getRouteController().stopRoute("pathtoken");

        context.getComponent("uc-dialogs", UcDialogsComponent.class).getConfiguration().setAccessToken(null);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("uc-dialogs:events?username=bob&password=bob-pass").routeId("basic").autoStartup(false)
                        .to("mock:basic");
            }
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getRouteController().startRoute("basic"))
                .hasStackTraceContaining("accessToken");
    }

    @Test
    void suspendUnsubscribesAndResumeSubscribesAgain() throws Exception {
        context.getRouteController().startRoute("pathtoken");
        await("subscribed", () -> pbx.get().subscriptions().size() == 1);
        context.getRouteController().suspendRoute("pathtoken");
        await("unsubscribed", () -> pbx.get().subscriptions().isEmpty() && pbx.get().openWebSockets() == 0);
        assertThat(subscrFrames(f -> Integer.valueOf(0).equals(f.get("expires")))).hasSize(1);
        context.getRouteController().resumeRoute("pathtoken");
        await("subscribed again", () -> pbx.get().subscriptions().size() == 1);
        assertThat(subscrFrames(f -> true)).hasSize(3);
        context.getRouteController().stopRoute("pathtoken");
    }

    @Test
    void eventIdIsStableWhenTheVendorSendsNone() {
        UcCallEvent e = new UcCallEvent("s", "callevents", "dlg_stop", null,
                Map.of("type", "dlg_stop", "dialogid", "rDlg-1", "acallid", "a@b", "eventts", 5L));
        String id1 = UcDialogsConsumer.normalize(e).eventId();
        String id2 = UcDialogsConsumer.normalize(e).eventId();
        assertThat(id1).isEqualTo(id2);
        UcCallEvent other = new UcCallEvent("s", "callevents", "dlg_stop", null,
                Map.of("type", "dlg_stop", "dialogid", "rDlg-2", "acallid", "a@b", "eventts", 5L));
        assertThat(UcDialogsConsumer.normalize(other).eventId()).isNotEqualTo(id1);
    }

    private static Exchange byType(MockEndpoint mock, String type) {
        return mock.getExchanges().stream()
                .filter(x -> type.equals(x.getMessage().getBody(UcCallEvent.class).type())).findFirst().orElseThrow();
    }
}
