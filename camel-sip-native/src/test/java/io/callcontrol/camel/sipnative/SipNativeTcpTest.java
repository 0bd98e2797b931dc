package io.callcontrol.camel.sipnative;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The same user agent over TCP: a producer request and a consumer, against sipp in TCP mode. */
class SipNativeTcpTest extends CamelTestSupport {

    private final int port = Peers.freePort();

    private String base() {
        return "?identity=sip:camel@127.0.0.1&transport=tcp&listenAddress=127.0.0.1&listenPort=" + port + "&requestTimeout=3000";
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:message" + base()).to("mock:message");
            }
        };
    }

    @Test
    void optionsOverTcp() throws Exception {
        try (Sipp sipp = Sipp.uas("uas_options.xml", 1, "-t", "t1")) {
            Exchange out = template.request("sip-native:options" + base(),
                    e -> e.getMessage().setHeader(SipNativeConstants.TARGET, sipp.uri("phone")));
            assertThat(out.getException()).isNull();
            assertThat(out.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
            assertThat(sipp.awaitExit(5000)).as(sipp.diagnostics()).isZero();
            assertThat(sipp.messages()).contains("Via: SIP/2.0/TCP 127.0.0.1:" + port);
        }
    }

    @Test
    void messageConsumerOverTcp() throws Exception {
        MockEndpoint messages = getMockEndpoint("mock:message");
        messages.expectedMessageCount(1);
        try (Sipp sipp = Sipp.uac("uac_message.xml", "127.0.0.1:" + port, 1, "-s", "camel", "-t", "t1")) {
            assertThat(sipp.awaitExit(10000)).as(sipp.diagnostics()).isZero();
        }
        messages.assertIsSatisfied();
        assertThat(messages.getExchanges().get(0).getMessage().getBody(String.class)).contains("hello camel 1");
    }
}
