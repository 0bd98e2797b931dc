package io.callcontrol.camel.portasip;

import java.time.Duration;
import java.util.List;

import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.core.ws.ConnectionState;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortasipReconnectTest extends PortasipTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // two consumers with the same scope share one subscription; a third has another scope
                from("portasip:call_control_notifications?iCustomer=30&connectionEvents=true").routeId("a").to("mock:a");
                from("portasip:call_control_notifications?iCustomer=30").routeId("b").to("mock:b");
                from("portasip:call_control_notifications?iAccount=10007").routeId("c").to("mock:c");
            }
        };
    }

    private static List<String> types(MockEndpoint m) {
        return m.getReceivedExchanges().stream()
                .map(e -> e.getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE, String.class)).toList();
    }

    @Test
    void reconnectLogsInAndRestoresEverySubscriptionExactlyOnce() {
        await("subscribed", () -> pbx.get().activeSubscriptions() == 2);
        assertThat(pbx.get().enableRequestCount()).isEqualTo(2);
        assertThat(pbx.get().loginCount()).isEqualTo(1);

        pbx.get().dropConnections();
        await("restored", () -> pbx.get().activeSubscriptions() == 2 && pbx.get().enableRequestCount() == 4);
        await("gap events", () -> getMockEndpoint("mock:b").getReceivedCounter() >= 1);
        assertThat(pbx.get().loginCount()).isEqualTo(2);
        assertThat(pbx.get().connectionCount()).isEqualTo(2);
        assertThat(wire("enable_api_notifications").stream().map(n -> n.path("params").toString()))
                .containsExactlyInAnyOrder(
                        "{\"event\":\"sip.call_control_notifications\",\"i_customer\":30}",
                        "{\"event\":\"sip.call_control_notifications\",\"i_account\":10007}",
                        "{\"event\":\"sip.call_control_notifications\",\"i_customer\":30}",
                        "{\"event\":\"sip.call_control_notifications\",\"i_account\":10007}");

        pbx.get().dropConnections();
        await("restored again", () -> pbx.get().enableRequestCount() == 6 && pbx.get().activeSubscriptions() == 2);
        assertThat(pbx.get().loginCount()).isEqualTo(3);

        // handlers were not registered twice: one event reaches each consumer once
        MockEndpoint b = getMockEndpoint("mock:b");
        int before = b.getReceivedCounter();
        pbx.get().queueCall("123002", 25, 1, 1);
        advance(Duration.ZERO);
        await("event", () -> b.getReceivedCounter() > before);
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the reconciliation after the second reconnect may list the queued call when its get_sip_calls_list is
        // answered after queueCall (an event marked reconciled): only the live notifications count here
        List<org.apache.camel.Exchange> live = b.getReceivedExchanges().stream()
                .filter(e -> !Boolean.TRUE.equals(e.getMessage().getHeader(PortasipConstants.RECONCILED))).toList();
        long callInfos = live.stream()
                .filter(e -> "call_info".equals(e.getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE))).count();
        assertThat(callInfos).isEqualTo(1);
        assertThat(live.stream().map(e -> e.getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE, String.class)))
                .containsExactly("gap", "gap", "call_info");
        assertThat(types(getMockEndpoint("mock:a"))).contains("connection", "gap");
        assertThat(getMockEndpoint("mock:a").getReceivedExchanges().stream()
                .filter(e -> "connection".equals(e.getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE)))
                .map(e -> e.getMessage().getHeader(PortasipConstants.CONNECTION_STATE, ConnectionState.class)))
                .contains(ConnectionState.DISCONNECTED, ConnectionState.CONNECTED);
    }

    @Test
    void gapIsReconciledWithTheCallsList() {
        await("subscribed", () -> pbx.get().activeSubscriptions() == 2);
        String ringing = pbx.get().incomingCall("123002", "123007");
        String ended = pbx.get().incomingCall("123004", "123005");
        advance(Duration.ZERO);
        MockEndpoint b = getMockEndpoint("mock:b");
        await("trying events", () -> b.getReceivedCounter() == 2);

        pbx.get().rejectConnections(true);
        pbx.get().dropConnections();
        await("down", () -> component().connections().iterator().next().state() != ConnectionState.CONNECTED);
        // while the socket is down: the first call rings, the second ends -- notifications are lost
        advance(Duration.ofSeconds(1));
        String tag = pbx.get().legTag(ended, "outgoing");
        terminateInSimulator(ended, tag);
        pbx.get().rejectConnections(false);

        await("reconciled", () -> b.getReceivedCounter() >= 6);
        List<Exchange> after = b.getReceivedExchanges().subList(2, b.getReceivedCounter());
        assertThat(after.get(0).getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE)).isEqualTo("gap");
        // every consumer reconciles its own scope: a and b (i_customer 30), c (i_account 10007)
        await("three lists", () -> wire("get_sip_calls_list").size() == 3);
        assertThat(wire("get_sip_calls_list").stream().map(n -> n.path("params").toString()))
                .containsExactlyInAnyOrder("{\"i_customer\":30}", "{\"i_customer\":30}", "{\"i_account\":10007}");
        List<SipCallInfo> reconciled = after.subList(1, after.size()).stream()
                .filter(e -> Boolean.TRUE.equals(e.getMessage().getHeader(PortasipConstants.RECONCILED)))
                .map(e -> e.getMessage().getBody(SipCallInfo.class)).toList();
        assertThat(reconciled).filteredOn(i -> i.call().id().equals(ringing))
                .extracting(SipCallInfo::state).containsOnly(SipCallState.RINGING).hasSize(2);
        assertThat(reconciled).filteredOn(i -> i.call().id().equals(ended))
                .extracting(SipCallInfo::state).containsExactly(SipCallState.TERMINATED);
        assertThat(reconciled).filteredOn(i -> i.call().id().equals(ended)).first()
                .extracting(SipCallInfo::reason).asString().contains("reconciled");
    }

    private void terminateInSimulator(String callId, String tag) {
        pbx.get().terminateForTest(callId, tag);
        advance(Duration.ZERO);
    }

    @Test
    void healthCheckFollowsTheConnection() {
        await("subscribed", () -> pbx.get().activeSubscriptions() == 2);
        HealthCheck check = context.getCamelContextExtension().getContextPlugin(org.apache.camel.health.HealthCheckRegistry.class)
                .getCheck("portasip-callcontrol-127.0.0.1-" + pbx.get().port() + "-"
                        + Integer.toHexString("demo".hashCode() & 0xffff)).orElseThrow();
        assertThat(check.getId()).doesNotContain("demo");
        // the server sees the subscriptions a moment before the client marks the session up
        await("up", () -> check.call().getState() == HealthCheck.State.UP);
        pbx.get().rejectConnections(true);
        pbx.get().dropConnections();
        await("down", () -> check.call().getState() == HealthCheck.State.DOWN);
        assertThat(check.call().getDetails()).containsKey("connection.state");
        pbx.get().rejectConnections(false);
        await("up again", () -> check.call().getState() == HealthCheck.State.UP);
        assertThat(HealthCheckHelper.invoke(context)).isNotEmpty();
    }

    @Test
    void aRefusedSubscriptionDoesNotTakeTheConnectionDown() throws Exception {
        await("subscribed", () -> pbx.get().activeSubscriptions() == 2);
        pbx.get().failNext("enable_api_notifications", "sip.wrong_parameters", "bad");
        pbx.get().dropConnections();
        await("both restorations tried", () -> wire("enable_api_notifications").size() == 4);
        PortasipCallControlConnection c = component().connections().iterator().next();
        await("connected", () -> c.state() == ConnectionState.CONNECTED);
        Thread.sleep(300); // several backoff intervals: no reconnect loop
        assertThat(pbx.get().connectionCount()).isEqualTo(2);
        assertThat(pbx.get().activeSubscriptions()).isEqualTo(1);
    }
}
