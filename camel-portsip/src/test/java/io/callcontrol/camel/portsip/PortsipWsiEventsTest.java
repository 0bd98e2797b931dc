package io.callcontrol.camel.portsip;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.portsip.api.PortsipEvent;
import io.callcontrol.camel.portsip.api.PortsipWsiConnection;
import io.callcontrol.camel.portsip.api.SessionList;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.ws.ConnectionState;
import io.callcontrol.sim.kit.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** portsip:events?eventChannel=wsi against the simulator's WSI pub/sub WebSocket. */
class PortsipWsiEventsTest extends PortsipTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?eventChannel=wsi&wsiExtensions=1002").routeId("wsi").to("mock:wsi");
                from("portsip:events?eventChannel=wsi&wsiTopics=cdr_events&eventTypes=call_cdr&username="
                     + "&extensionNumber=1003&extensionPassword=C1s2d3f4").routeId("ext-1003").to("mock:ext");
            }
        };
    }

    private PortsipWsiConnection connection(String routeId) {
        return ((PortsipEventsConsumer) context.getRoute(routeId).getConsumer()).getWsiConnection();
    }

    private List<Map<String, Object>> wsiFrames() {
        return sim().wireLog().matching(r -> "WS".equals(r.method()) && "/wsi".equals(r.path())).stream()
                .map(PortsipTestSupport::jsonBody).toList();
    }

    @Test
    void loginSubscribeAndTheCallsEventsInOrder() throws Exception {
        connection("wsi").ready().get(10, TimeUnit.SECONDS);
        connection("ext-1003").ready().get(10, TimeUnit.SECONDS);
        awaitSubscribers(2);
        // the frames on the wire: the administrator's and the extension's login and subscription
        assertThat(wsiFrames()).contains(
                Map.of("command", "auth", "username", "admin", "password", "Adm1n-Pass"),
                Map.of("command", "subscribe", "topics", List.of("extension_events", "cdr_events"), "extensions", List.of("1002")),
                Map.of("command", "auth", "extension_number", "1003", "password", "C1s2d3f4"),
                Map.of("command", "subscribe", "topics", List.of("cdr_events")));
        MockEndpoint wsi = getMockEndpoint("mock:wsi");
        wsi.expectedMessageCount(6);
        MockEndpoint ext = getMockEndpoint("mock:ext");
        ext.expectedMessageCount(1);

        String id = connectedCall("1002");
        template.request("portsip:destroy", e -> e.getMessage().setHeader(PortsipConstants.SESSION_ID, id));
        // a call of 1003 reaches the extension's consumer only (its CDR: it subscribed to cdr_events, call_cdr)
        String other = connectedCall("1003");
        template.request("portsip:destroy", e -> e.getMessage().setHeader(PortsipConstants.SESSION_ID, other));

        wsi.assertIsSatisfied(10000);
        ext.assertIsSatisfied(10000);
        assertThat(wsi.getExchanges()).extracting(x -> x.getMessage().getHeader(PortsipConstants.EVENT_TYPE))
                .containsExactly("call_start", "cdr_target_add", "cdr_target_ringing", "cdr_target_answer",
                        "cdr_target_end", "call_cdr");
        Exchange last = wsi.getExchanges().get(5);
        assertThat(last.getMessage().getBody()).isInstanceOf(PortsipEvent.class);
        assertThat(last.getMessage().getHeader(PortsipConstants.SESSION_ID)).isEqualTo(id);
        assertThat(last.getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.TERMINATED);
        assertThat(last.getMessage().getHeader(CallEventHeaders.VENDOR)).isEqualTo("portsip");
        assertThat(last.getMessage().getHeader(CallEventHeaders.EVENT_ID)).isNotNull();
        Exchange cdr = ext.getExchanges().get(0);
        assertThat(cdr.getMessage().getHeader(PortsipConstants.EVENT_TYPE)).isEqualTo("call_cdr");
        assertThat(cdr.getMessage().getBody(PortsipEvent.class).callee()).isEqualTo("1003");
    }

    @Test
    void aDroppedSocketReconnectsLogsInAndSubscribesOnceMore() throws Exception {
        PortsipWsiConnection c = connection("wsi");
        c.ready().get(10, TimeUnit.SECONDS);
        awaitSubscribers(2);
        String active = connectedCall("1002"); // still up across the drop
        long subscribes = wsiFrames().stream().filter(f -> "subscribe".equals(f.get("command"))).count();
        long connects = c.connectCount();
        sim().dropWsiConnections();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while ((c.connectCount() < connects + 1 || c.state() != ConnectionState.CONNECTED
                || wsiFrames().stream().filter(f -> "subscribe".equals(f.get("command"))).count() < subscribes + 2)
               && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        // both consumers came back: one login and one subscription each
        assertThat(c.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(wsiFrames().stream().filter(f -> "subscribe".equals(f.get("command"))).count()).isEqualTo(subscribes + 2);
        // the gap signal: routed after the reconnect, with the PBX's current sessions to reconcile with
        MockEndpoint wsi = getMockEndpoint("mock:wsi");
        Exchange gap = null;
        while (gap == null && System.nanoTime() < deadline) {
            gap = wsi.getExchanges().stream().filter(x -> "gap".equals(x.getMessage().getHeader(PortsipConstants.EVENT_TYPE)))
                    .findFirst().orElse(null);
            Thread.sleep(20);
        }
        assertThat(gap).as("gap exchange").isNotNull();
        assertThat(gap.getMessage().getBody(SessionList.class).items()).singleElement()
                .satisfies(session -> assertThat(session.id()).isEqualTo(active));
        assertThat(gap.getMessage().getHeader(PortsipConstants.SESSION_COUNT)).isEqualTo(1);
        assertThat(sim().wireLog().find("GET", SESSIONS)).hasSize(1);
        // and events flow again
        int before = wsi.getReceivedCounter();
        awaitSubscribers(2);
        template.request("portsip:destroy", e -> e.getMessage().setHeader(PortsipConstants.SESSION_ID, active));
        while (wsi.getReceivedCounter() < before + 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(wsi.getExchanges().subList(before, wsi.getReceivedCounter()))
                .extracting(x -> x.getMessage().getHeader(PortsipConstants.EVENT_TYPE))
                .containsExactly("cdr_target_end", "call_cdr");
    }

    @Test
    void aRefusedLoginIsReportedAndRetried() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?eventChannel=wsi&password=wrong").routeId("refused").to("mock:refused");
            }
        });
        PortsipWsiConnection c = connection("refused");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (c.lastError() == null && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(c.state()).isNotEqualTo(ConnectionState.CONNECTED);
        assertThat(String.valueOf(c.lastError())).contains("WSI login of admin refused: Login failed, authentication error");
        // retried with backoff: another auth frame with the wrong password arrives
        while (sim().wireLog().matching(r -> isAuth(r, "wrong")).size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sim().wireLog().matching(r -> isAuth(r, "wrong"))).hasSizeGreaterThanOrEqualTo(2);
    }

    private static void awaitSubscribers(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sim().wsiSubscribers() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sim().wsiSubscribers()).isEqualTo(n);
    }

    private static Throwable validationError(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CallControlValidationException) {
                return c;
            }
        }
        throw new AssertionError("no CallControlValidationException in", t);
    }

    private static boolean isAuth(RecordedRequest r, String password) {
        return "WS".equals(r.method()) && r.bodyAsString().contains("\"auth\"")
               && r.bodyAsString().contains("\"password\":\"" + password + "\"");
    }

    @Test
    void missingCredentialsAndUnknownTopicsAreNamedBeforeConnecting() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?eventChannel=wsi&username=&extensionNumber=1001").routeId("bad1").to("mock:x");
            }
        })).satisfies(t -> assertThat(validationError(t)).hasMessageContaining("extensionPassword"));
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("portsip:events?eventChannel=wsi&wsiTopics=call_events").routeId("bad2").to("mock:x");
            }
        })).satisfies(t -> assertThat(validationError(t)).hasMessageContaining("wsiTopics")
                .hasMessageContaining("unknown topic call_events"));
    }
}
