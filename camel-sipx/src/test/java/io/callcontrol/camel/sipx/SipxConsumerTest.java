package io.callcontrol.camel.sipx;

import java.time.Duration;
import java.util.List;

import io.callcontrol.camel.sipx.api.SipxDialog;
import io.callcontrol.camel.sipx.api.SipxStatusLine;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.sipx.SipxSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The polling consumer, poll by poll ({@code startScheduler=false}, the test runs each poll). */
class SipxConsumerTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> pbx = new SimulatorExtension<>(SipxSimulator::new);

    SipxSimulator sim() {
        return pbx.get();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        String basic = "baseUrl=" + sim().baseUrl() + "&authMethod=basic&username=user1&password=123"
                + "&callingUser=user1&calledUser=user2";
        String digest = "baseUrl=" + sim().baseUrl() + "/sipxconfig/rest/my/redirect&username=user1&password=123"
                + "&callingUser=user1&calledUser=user2";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sipx:status?" + basic + "&startScheduler=false").routeId("refer").to("mock:refer");
                from("sipx:status?" + digest + "&startScheduler=false").routeId("invite").autoStartup(false)
                        .to("mock:invite");
                from("direct:call").to("sipx:call?" + basic);
                from("direct:invite").to("sipx:call?" + digest + "&sipMethod=INVITE");
            }
        };
    }

    void poll(String route) {
        ((SipxConsumer) context.getRoute(route).getConsumer()).run();
    }

    static CallEvent event(Exchange ex) {
        return ex.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class);
    }

    @Test
    void eachStatusLineIsEmittedOnce() {
        MockEndpoint mock = getMockEndpoint("mock:refer");
        poll("refer"); // call not found yet: no event, no error
        assertThat(mock.getReceivedExchanges()).isEmpty();
        RecordedRequest get = sim().wireLog().last();
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/callcontroller/user1/user2");

        template.sendBody("direct:call", null);
        poll("refer");
        poll("refer");
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        sim().clock().advance(Duration.ofSeconds(1));
        poll("refer");
        poll("refer");
        sim().clock().advance(Duration.ofSeconds(2));
        poll("refer");
        poll("refer");
        List<Exchange> got = mock.getReceivedExchanges();
        assertThat(got).extracting(ex -> event(ex).vendorState())
                .containsExactly("SIP/2.0 100 Trying", "SIP/2.0 180 Ringing", "SIP/2.0 200 OK");
        assertThat(got).extracting(ex -> event(ex).state())
                .containsExactly(CallState.TRYING, CallState.RINGING, CallState.CONNECTED);
        assertThat(got).extracting(ex -> event(ex).eventId()).doesNotHaveDuplicates();
        CallEvent ok = event(got.get(2));
        assertThat(ok.vendor()).isEqualTo("sipx");
        assertThat(ok.eventType()).isEqualTo(SipxConsumer.STATUS_LINE);
        assertThat(ok.trackingId()).isEqualTo("user1:user1:user2");
        assertThat(ok.caller()).isEqualTo("user1");
        assertThat(ok.callee()).isEqualTo("user2");
        assertThat(ok.occurredAt()).isEqualTo(sim().clock().now());
        assertThat(got.get(2).getMessage().getBody()).isInstanceOfSatisfying(SipxStatusLine.class,
                l -> assertThat(l.statusCode()).isEqualTo(200));
        assertThat(got.get(2).getMessage().getHeader(SipxConstants.EVENT_KIND)).isEqualTo("status_line");

        sim().notifyStatus("user1", "user1", "user2", "SIP/2.0 487 Request Terminated");
        poll("refer");
        poll("refer");
        assertThat(mock.getReceivedExchanges()).hasSize(4);
        CallEvent ended = event(mock.getReceivedExchanges().get(3));
        assertThat(ended.state()).isEqualTo(CallState.TERMINATED);
        assertThat(ended.reason()).isEqualTo("SIP/2.0 487 Request Terminated");
    }

    @Test
    void eachDialogStateIsEmittedOnceWithDigest() throws Exception {
        context.getRouteController().startRoute("invite");
        MockEndpoint mock = getMockEndpoint("mock:invite");
        template.sendBody("direct:invite", null);
        poll("invite");
        sim().clock().advance(SipxSimulator.CALLER_ANSWER_TIME);
        poll("invite");
        poll("invite");
        sim().clock().advance(SipxSimulator.CALLED_ANSWER_TIME);
        poll("invite");
        sim().hangup("user1", "user1", "user2");
        poll("invite");
        poll("invite");
        List<Exchange> got = mock.getReceivedExchanges();
        assertThat(got).extracting(ex -> event(ex).state()).containsExactly(
                CallState.RINGING, // caller's dialog early
                CallState.CONNECTED, CallState.RINGING, // caller answered, called alerted
                CallState.CONNECTED, // called answered
                CallState.TERMINATED, CallState.TERMINATED);
        assertThat(got).extracting(ex -> ((SipxDialog) ex.getMessage().getBody()).remoteParty()).containsExactly(
                "sip:user1@sipxtest.net", "sip:user1@sipxtest.net", "sip:user2@sipxtest.net", "sip:user2@sipxtest.net",
                "sip:user1@sipxtest.net", "sip:user2@sipxtest.net");
        assertThat(got).extracting(ex -> event(ex).eventId()).doesNotHaveDuplicates();
        assertThat(got).allSatisfy(ex -> assertThat(event(ex).eventType()).isEqualTo(SipxConsumer.DIALOG_STATE));
        assertThat(sim().wireLog().matching(r -> r.method().equals("GET")))
                .allSatisfy(r -> assertThat(r.path()).isEqualTo(SipxSimulator.REDIRECT_PREFIX + "user1/user2"))
                .anySatisfy(r -> assertThat(r.header("Authorization")).startsWith("Digest "));
        context.getRouteController().stopRoute("invite");
    }

    @Test
    void statusCodesMapToNormalizedStates() {
        assertThat(SipxConsumer.stateOf(100)).isEqualTo(CallState.TRYING);
        assertThat(SipxConsumer.stateOf(407)).as("auth challenge mid-setup").isEqualTo(CallState.TRYING);
        assertThat(SipxConsumer.stateOf(183)).isEqualTo(CallState.EARLY);
        assertThat(SipxConsumer.stateOf(486)).isEqualTo(CallState.TERMINATED);
        assertThat(SipxConsumer.stateOf(-1)).isEqualTo(CallState.UNKNOWN);
    }
}
