package io.callcontrol.camel.sipnative;

import io.callcontrol.camel.sipnative.api.Registration;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** REGISTER with Digest against kamailio, refresh, unREGISTER on stop; requests routed through it. */
class SipNativeRegistrationTest extends CamelTestSupport {

    private static Kamailio kamailio;

    @BeforeAll
    static void startKamailio() throws Exception {
        kamailio = Kamailio.start();
    }

    @AfterAll
    static void stopKamailio() {
        if (kamailio != null) {
            kamailio.close();
        }
    }

    private String agent(String user, String password, int port, String extra) {
        return "?identity=sip:" + user + "@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port
                + "&register=true&registrar=sip:" + kamailio.hostPort() + "&outboundProxy=" + kamailio.hostPort()
                + "&password=" + password + "&requestTimeout=3000" + extra;
    }

    private SipUserAgent ua(String user) {
        return context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:" + user + "@127.0.0.1");
    }

    @Test
    void registersWithDigestRefreshesAndUnregistersOnStop() throws Exception {
        int port = Peers.freePort();
        SipNativeEndpoint ep = context.getEndpoint("sip-native:options" + agent("camel", "camel-secret", port, "&registerExpires=2"),
                SipNativeEndpoint.class);
        Registration reg = ep.getAgent().registration();
        reg.firstAttempt().get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(reg.state()).as(String.valueOf(reg.lastError())).isEqualTo(Registration.State.REGISTERED);
        assertThat(reg.grantedExpires()).isEqualTo(2);
        assertThat(new SipNativeHealthCheck(ep, "t", null).call().getState()).isEqualTo(org.apache.camel.health.HealthCheck.State.UP);
        assertThat(kamailio.locations()).contains("camel").contains("127.0.0.1:" + port);
        // refreshed at 80 % of 2 s: still registered after the first lifetime is over
        assertThat(Peers.waitFor(() -> reg.successCount() >= 3, 5000)).isTrue();
        assertThat(kamailio.locations()).contains("127.0.0.1:" + port);

        ep.stop();
        assertThat(reg.state()).isEqualTo(Registration.State.UNREGISTERED);
        assertThat(kamailio.locations()).doesNotContain("127.0.0.1:" + port);
    }

    @Test
    void wrongPasswordFailsAndIsRetried() throws Exception {
        int port = Peers.freePort();
        SipNativeEndpoint ep = context.getEndpoint("sip-native:options" + agent("bob", "not-the-password", port,
                "&registerRetryInterval=300"), SipNativeEndpoint.class);
        Registration reg = ep.getAgent().registration();
        reg.firstAttempt().get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(reg.state()).isEqualTo(Registration.State.FAILED);
        assertThat(reg.lastStatus()).isEqualTo(401);
        org.apache.camel.health.HealthCheck.Result health = new SipNativeHealthCheck(ep, "t", null).call();
        assertThat(health.getState()).isEqualTo(org.apache.camel.health.HealthCheck.State.DOWN);
        assertThat(health.getMessage()).hasValueSatisfying(m -> assertThat(m).startsWith("Not registered"));
        assertThat(health.getDetails()).containsEntry(org.apache.camel.health.HealthCheck.HTTP_RESPONSE_CODE, 401);
        assertThat(kamailio.locations()).doesNotContain("127.0.0.1:" + port);
        // retried after registerRetryInterval: kamailio challenges again
        assertThat(Peers.waitFor(() -> kamailio.log().split("REGISTER challenge/refusal for bob", -1).length > 4, 3000))
                .as(kamailio.log()).isTrue();
        ep.stop();
    }

    @Test
    void messageIsRoutedThroughTheProxyToARegisteredUser() throws Exception {
        int carolPort = Peers.freePort();
        int camelPort = Peers.freePort();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:message" + agent("carol", "carol-secret", carolPort, "")).to("mock:carol");
            }
        });
        MockEndpoint carol = getMockEndpoint("mock:carol");
        carol.expectedMessageCount(1);
        ua("carol").registration().firstAttempt().get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(ua("carol").registration().state()).isEqualTo(Registration.State.REGISTERED);

        Exchange out = template.request("sip-native:message" + agent("camel", "camel-secret", camelPort, ""), e -> {
            e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:carol@127.0.0.1");
            e.getMessage().setBody("via kamailio");
        });
        assertThat(out.getException()).isNull();
        carol.assertIsSatisfied();
        assertThat(carol.getExchanges().get(0).getMessage().getBody(String.class)).isEqualTo("via kamailio");
        assertThat(carol.getExchanges().get(0).getMessage().getHeader(SipNativeConstants.SIP_HEADERS, java.util.Map.class))
                .containsKey("Via");
        assertThat(carol.getExchanges().get(0).getMessage().getHeader(SipNativeConstants.SIP_HEADERS, java.util.Map.class)
                .get("Via").toString()).contains("127.0.0.1:" + kamailio.port);
    }
}
