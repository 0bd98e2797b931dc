package io.callcontrol.camel.broadworks;

import java.util.List;

import io.callcontrol.camel.broadworks.api.BroadworksCallListEntry;
import io.callcontrol.camel.broadworks.api.BroadworksCallState;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The polling consumer, driven poll by poll: the scheduler is not started ({@code startScheduler=false}) and each
 * test calls {@link #poll()}, so "exactly once across polls" is checked deterministically.
 */
class BroadworksConsumerTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    static final String CALLS = "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/";

    BroadworksSimulator sim() {
        return pbx.get();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        String base = "baseUrl=" + sim().baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser"
                + "&accessToken=" + BroadworksSimulator.MACHINE_TOKEN + "&startScheduler=false";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("broadworks:calls?" + base).routeId("events").to("mock:events");
                from("broadworks:calls?" + base + "&emitInitialCalls=false").routeId("quiet").autoStartup(false)
                        .to("mock:quiet");
                from("direct:call").to("broadworks:call?" + base);
            }
        };
    }

    int poll(String routeId) {
        BroadworksConsumer consumer = (BroadworksConsumer) context.getRoute(routeId).getConsumer();
        int before = sim().wireLog().size();
        consumer.run();
        List<RecordedRequest> polls = sim().wireLog().all().subList(before, sim().wireLog().size());
        assertThat(polls).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).isEqualTo(CALLS);
            assertThat(r.queryParam("includeDetails")).isEqualTo("true");
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + BroadworksSimulator.MACHINE_TOKEN);
        });
        return polls.size();
    }

    void poll() {
        poll("events");
    }

    static CallEvent event(Exchange ex) {
        return ex.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
    }

    @Test
    void emitsEachChangeExactlyOnceAcrossPolls() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:events");
        poll();
        assertThat(mock.getReceivedExchanges()).isEmpty();

        String id = sim().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        poll();
        poll();
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        Exchange appeared = mock.getReceivedExchanges().get(0);
        CallEvent e1 = event(appeared);
        assertThat(e1.eventType()).isEqualTo(BroadworksConsumer.APPEARED);
        assertThat(e1.vendor()).isEqualTo("broadworks");
        assertThat(e1.callId()).isEqualTo(id);
        assertThat(e1.state()).isEqualTo(CallState.CONNECTED);
        assertThat(e1.vendorState()).isEqualTo("Active");
        assertThat(e1.direction()).isEqualTo(CallDirection.OUTBOUND);
        assertThat(e1.caller()).isEqualTo("LP_foouser@sip.example.com");
        assertThat(e1.callee()).isEqualTo("+3212345678");
        assertThat(e1.trackingId()).isNotBlank();
        assertThat(appeared.getMessage().getBody()).isInstanceOfSatisfying(BroadworksCallListEntry.class,
                c -> assertThat(c.state()).isEqualTo(BroadworksCallState.ACTIVE));
        assertThat(appeared.getMessage().getHeader(BroadworksConstants.CHANGE_TYPE)).isEqualTo("APPEARED");
        assertThat(appeared.getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.CONNECTED);
        assertThat(appeared.getMessage().getHeader(CallEventHeaders.EVENT_ID)).isEqualTo(e1.eventId());

        sim().setState("foouser", id, "Remote Held");
        poll();
        poll();
        assertThat(mock.getReceivedExchanges()).hasSize(2);
        Exchange changed = mock.getReceivedExchanges().get(1);
        assertThat(event(changed).eventType()).isEqualTo(BroadworksConsumer.CHANGED);
        assertThat(event(changed).state()).isEqualTo(CallState.HELD);
        assertThat(changed.getMessage().getHeader(BroadworksConstants.PREVIOUS_STATE)).isEqualTo(BroadworksCallState.ACTIVE);

        sim().setState("foouser", id, "Active");
        poll();
        sim().remoteRelease("foouser", id);
        poll();
        poll();
        assertThat(mock.getReceivedExchanges()).hasSize(4);
        CallEvent released = event(mock.getReceivedExchanges().get(3));
        assertThat(released.eventType()).isEqualTo(BroadworksConsumer.RELEASED);
        assertThat(released.state()).isEqualTo(CallState.TERMINATED);
        assertThat(released.vendorState()).isEqualTo("Released");
        assertThat(released.endedAt()).isNotNull();
        assertThat(mock.getReceivedExchanges()).extracting(ex -> event(ex).eventId()).doesNotHaveDuplicates();
    }

    @Test
    void followsAClickToDialCallThroughItsStates() {
        MockEndpoint mock = getMockEndpoint("mock:events");
        template.sendBodyAndHeader("direct:call", null, BroadworksConstants.PHONE_NUMBER, "+3212345678");
        poll();
        sim().clock().advance(BroadworksSimulator.USER_ANSWER_TIME);
        poll();
        sim().clock().advance(BroadworksSimulator.REMOTE_ANSWER_TIME);
        poll();
        poll();
        assertThat(mock.getReceivedExchanges()).extracting(ex -> event(ex).vendorState())
                .containsExactly("Alerting/Ringing", "Answered", "Active");
        assertThat(mock.getReceivedExchanges()).extracting(ex -> event(ex).state())
                .containsExactly(CallState.RINGING, CallState.RINGING, CallState.CONNECTED);
        assertThat(event(mock.getReceivedExchanges().get(2)).connectedAt()).isEqualTo(sim().clock().now());
    }

    @Test
    void aReleasedStateIsReportedOnceEvenWhenTheCallThenDisappears() {
        MockEndpoint mock = getMockEndpoint("mock:events");
        String id = sim().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        poll();
        sim().setState("foouser", id, "Released");
        poll();
        sim().remoteRelease("foouser", id);
        poll();
        assertThat(mock.getReceivedExchanges()).extracting(ex -> event(ex).state())
                .containsExactly(CallState.CONNECTED, CallState.TERMINATED);
    }

    @Test
    void initialCallsCanBeSkipped() throws Exception {
        String id = sim().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        context.getRouteController().startRoute("quiet");
        MockEndpoint mock = getMockEndpoint("mock:quiet");
        poll("quiet");
        assertThat(mock.getReceivedExchanges()).isEmpty();
        sim().setState("foouser", id, "Held");
        poll("quiet");
        assertThat(mock.getReceivedExchanges()).singleElement()
                .satisfies(ex -> assertThat(event(ex).state()).isEqualTo(CallState.HOLDING));
        context.getRouteController().stopRoute("quiet");
    }

    @Test
    void aFailedPollLosesNothing() {
        MockEndpoint mock = getMockEndpoint("mock:events");
        String id = sim().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        poll();
        sim().failNextList(500);
        BroadworksConsumer consumer = (BroadworksConsumer) context.getRoute("events").getConsumer();
        sim().remoteRelease("foouser", id);
        consumer.run(); // fails: 500
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        poll();
        assertThat(mock.getReceivedExchanges()).hasSize(2);
        assertThat(event(mock.getReceivedExchanges().get(1)).eventType()).isEqualTo(BroadworksConsumer.RELEASED);
    }
}
