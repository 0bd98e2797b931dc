package io.callcontrol.camel.sipnative;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The invite and message consumers, driven by sipp UAC scenarios. */
class SipNativeConsumerTest extends CamelTestSupport {

    private final int port = Peers.freePort();
    private final AtomicInteger redirected = new AtomicInteger();

    private String base() {
        return "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port + "&requestTimeout=3000";
    }

    private SipUserAgent agent() {
        return context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:camel@127.0.0.1");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:invite" + base()).routeId("invite")
                        .to("mock:invite")
                        .choice()
                            .when(simple("${header.CamelSipNativeCallee} startsWith 'sip:support@'"))
                                // a CRM lookup: the customer's account manager
                                .process(e -> {
                                    Map<?, ?> sip = e.getMessage().getHeader(SipNativeConstants.SIP_HEADERS, Map.class);
                                    String customer = String.valueOf(sip.get("X-Customer"));
                                    e.getMessage().setHeader(SipNativeConstants.CONTACTS,
                                            "sip:agent-" + customer.substring(5) + "@10.1.1.1, sip:fallback@10.1.1.2");
                                    redirected.incrementAndGet();
                                })
                            .when(simple("${header.CamelSipNativeCallee} startsWith 'sip:sales@'"))
                                .setHeader(SipNativeConstants.RESPONSE_CODE, constant(486))
                                .setHeader(SipNativeConstants.RESPONSE_REASON, constant("Agent Busy"))
                            .when(simple("${header.CamelSipNativeCallee} startsWith 'sip:park@'"))
                                .setHeader(SipNativeConstants.ACTION, constant("answer"))
                                .to("mock:answered")
                        .end();
                from("sip-native:message" + base()).routeId("message").to("mock:message");
            }
        };
    }

    @Test
    void redirectUnderLoad() throws Exception {
        MockEndpoint invites = getMockEndpoint("mock:invite");
        invites.expectedMinimumMessageCount(200);
        invites.setRetainFirst(1);
        invites.setRetainLast(0);
        try (Sipp sipp = Sipp.uac("uac_redirect.xml", "127.0.0.1:" + port, 200, "-s", "support", "-r", "50", "-l", "200")) {
            assertThat(sipp.awaitExit(30000)).as(sipp.diagnostics()).isZero();
        }
        assertThat(redirected.get()).isEqualTo(200);
        invites.assertIsSatisfied();
        Exchange first = invites.getExchanges().get(0);
        assertThat(first.getMessage().getHeader(SipNativeConstants.METHOD)).isEqualTo("INVITE");
        assertThat(first.getMessage().getHeader(SipNativeConstants.CALLER, String.class)).startsWith("sip:caller-1@127.0.0.1");
        assertThat(first.getMessage().getHeader(SipNativeConstants.CALLER_NAME)).isEqualTo("Caller 1");
        assertThat(first.getMessage().getHeader(SipNativeConstants.CALLEE, String.class)).startsWith("sip:support@127.0.0.1");
        assertThat(first.getMessage().getHeader(SipNativeConstants.CONTENT_TYPE)).isEqualTo("application/sdp");
        assertThat(first.getMessage().getBody(String.class)).contains("s=caller");
        assertThat(agent().calls()).isEmpty();
    }

    @Test
    void rejectWithRouteStatusAndReason() throws Exception {
        try (Sipp sipp = Sipp.uac("uac_rejected.xml", "127.0.0.1:" + port, 1, "-s", "sales")) {
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
        assertThat(agent().calls()).isEmpty();
    }

    @Test
    void answeredCallGetsDtmfThenIsTransferred() throws Exception {
        MockEndpoint answered = getMockEndpoint("mock:answered");
        answered.expectedMessageCount(1);
        try (Sipp sipp = Sipp.uac("uac_answered.xml", "127.0.0.1:" + port, 1, "-s", "park")) {
            answered.assertIsSatisfied();
            String dialogId = answered.getExchanges().get(0).getMessage().getHeader(SipNativeConstants.DIALOG_ID, String.class);
            assertThat(Peers.waitFor(() -> agent().leg(dialogId) != null, 2000)).isTrue();

            Exchange dtmf = template.request("sip-native:send_dtmf" + base(), e -> {
                e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, dialogId);
                e.getMessage().setHeader(SipNativeConstants.DIGITS, "5#");
            });
            assertThat(dtmf.getException()).isNull();
            assertThat(dtmf.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);

            Exchange transfer = template.request("sip-native:transfer" + base(), e -> {
                e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, dialogId);
                e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:queue@127.0.0.1");
            });
            assertThat(transfer.getException()).isNull();
            assertThat(transfer.getMessage().getHeader(SipNativeConstants.TRANSFER_RESULT)).isEqualTo("SIP/2.0 200 OK");
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
        assertThat(Peers.waitFor(() -> agent().calls().isEmpty(), 2000)).isTrue();
    }

    @Test
    void messageConsumerGetsBodyAndAnswers200() throws Exception {
        MockEndpoint messages = getMockEndpoint("mock:message");
        messages.expectedMessageCount(1);
        messages.expectedHeaderReceived(SipNativeConstants.CONTENT_TYPE, "text/plain");
        try (Sipp sipp = Sipp.uac("uac_message.xml", "127.0.0.1:" + port, 1, "-s", "camel")) {
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
        messages.assertIsSatisfied();
        assertThat(messages.getExchanges().get(0).getMessage().getBody(String.class)).isEqualToIgnoringWhitespace("hello camel 1");
        assertThat(messages.getExchanges().get(0).getMessage().getHeader(SipNativeConstants.CALLER, String.class))
                .startsWith("sip:sender@127.0.0.1");
    }

    @Test
    void failedTransferKeepsTheCallUntilHangup() throws Exception {
        MockEndpoint answered = getMockEndpoint("mock:answered");
        answered.expectedMessageCount(1);
        try (Sipp sipp = Sipp.uac("uac_transfer_fails.xml", "127.0.0.1:" + port, 1, "-s", "park")) {
            answered.assertIsSatisfied();
            String dialogId = answered.getExchanges().get(0).getMessage().getHeader(SipNativeConstants.DIALOG_ID, String.class);
            assertThat(Peers.waitFor(() -> agent().leg(dialogId) != null, 2000)).isTrue();
            Exchange transfer = template.request("sip-native:transfer" + base(), e -> {
                e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, dialogId);
                e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:queue@127.0.0.1");
            });
            assertThat(transfer.getException()).isInstanceOfSatisfying(SipNativeException.class,
                    e -> assertThat(e.getSipStatus()).isEqualTo(486));
            assertThat(agent().leg(dialogId)).isNotNull();
            Exchange hangup = template.request("sip-native:hangup" + base(),
                    e -> e.getMessage().setHeader(SipNativeConstants.DIALOG_ID, dialogId));
            assertThat(hangup.getException()).isNull();
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
        assertThat(agent().calls()).isEmpty();
    }

    @Test
    void suspendedConsumerAnswers503() throws Exception {
        context.getRouteController().suspendRoute("message");
        try (Sipp sipp = Sipp.uac("uac_message_suspended.xml", "127.0.0.1:" + port, 1, "-s", "camel")) {
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
        getMockEndpoint("mock:message").expectedMessageCount(0);
        getMockEndpoint("mock:message").assertIsSatisfied();
        context.getRouteController().resumeRoute("message");
        try (Sipp sipp = Sipp.uac("uac_message.xml", "127.0.0.1:" + port, 1, "-s", "camel")) {
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
    }
}
