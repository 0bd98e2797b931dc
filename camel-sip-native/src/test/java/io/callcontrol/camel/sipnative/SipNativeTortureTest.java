package io.callcontrol.camel.sipnative;

import java.util.List;
import java.util.stream.Stream;

import io.callcontrol.camel.sipnative.TortureMessages.Torture;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * RFC 4475 torture messages (see {@link TortureMessages}) sent over UDP and TCP to a consumer: valid ones are
 * answered, invalid ones get 400 / 505 or nothing and never reach a route; after each one the agent still
 * answers OPTIONS and its health check is UP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SipNativeTortureTest extends CamelTestSupport {

    private final int port = Peers.freePort();

    @Override
    protected RouteBuilder createRouteBuilder() {
        String base = "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port + "&requestTimeout=3000";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:invite" + base).routeId("invite").to("mock:invite")
                        .setHeader(SipNativeConstants.CONTACTS, constant("sip:elsewhere@10.1.1.1"));
                from("sip-native:message" + base).routeId("message").to("mock:message");
            }
        };
    }

    Stream<Arguments> messages() {
        return TortureMessages.all().stream().flatMap(t -> t.udpOnly()
                ? Stream.of(Arguments.of(t, "udp"))
                : Stream.of(Arguments.of(t, "udp"), Arguments.of(t, "tcp")));
    }

    @ParameterizedTest(name = "{0} over {1}")
    @MethodSource("messages")
    void tortureMessage(Torture t, String transport) throws Exception {
        int routedBefore = routed();
        String answer;
        if ("udp".equals(transport)) {
            try (RawSip raw = new RawSip(port)) {
                List<String> got = raw.udp(t.template(), t.valid() ? 5000 : 2000, true);
                answer = got.stream().filter(RawSip::isFinal).findFirst().orElse(null);
            }
        } else {
            String text = RawSip.tcp(t.template(), port, t.valid() ? 5000 : 2000);
            answer = text.lines().filter(l -> l.matches("SIP/2\\.0 [2-6]\\d\\d.*")).findFirst().orElse(null);
        }
        int status = RawSip.status(answer);
        if (t.valid()) {
            assertThat(status).as(t.name() + " over " + transport + " must be answered").isBetween(200, 699);
            assertThat(status).as(t.name() + " is valid: " + answer).isNotIn(400, 505);
        } else {
            assertThat(status).as(t.name() + " over " + transport + " is invalid: 400, 505 or nothing, got " + answer)
                    .isIn(0, 400, 505);
            assertThat(routed()).as(t.name() + " must not reach a route").isEqualTo(routedBefore);
        }
        assertHealthy(t.name() + " over " + transport);
    }

    private int routed() {
        return getMockEndpoint("mock:invite").getReceivedCounter() + getMockEndpoint("mock:message").getReceivedCounter();
    }

    private void assertHealthy(String after) throws Exception {
        try (RawSip raw = new RawSip(port)) {
            List<String> got = raw.udp("""
                    OPTIONS sip:camel@$HOST:$PORT SIP/2.0
                    Via: SIP/2.0/UDP $HOST:$LPORT;branch=$BRANCH
                    Max-Forwards: 70
                    From: <sip:probe@$HOST>;tag=probe
                    To: <sip:camel@$HOST>
                    Call-ID: $CALLID
                    CSeq: 1 OPTIONS
                    Content-Length: 0

                    """, 5000, true);
            assertThat(got).as("OPTIONS answered after " + after).anyMatch(s -> s.startsWith("SIP/2.0 200"));
        }
        for (String route : List.of("invite", "message")) {
            SipNativeConsumer c = (SipNativeConsumer) context.getRoute(route).getConsumer();
            HealthCheck.Result r = new SipNativeHealthCheck((SipNativeEndpoint) c.getEndpoint(), "t", null).call();
            assertThat(r.getState()).as("health after " + after + ": " + r.getMessage().orElse("")).isEqualTo(HealthCheck.State.UP);
        }
    }
}
