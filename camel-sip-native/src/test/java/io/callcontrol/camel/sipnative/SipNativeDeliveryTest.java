package io.callcontrol.camel.sipnative;

import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery header on a failed exchange: REJECTED on a SIP error answer, NOT_SENT on bad input, UNKNOWN unanswered. */
class SipNativeDeliveryTest extends CamelTestSupport {

    private final int port = Peers.freePort();

    private String uri(String op, String options) {
        return "sip-native:" + op + "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port
                + (options.contains("requestTimeout") ? "" : "&requestTimeout=3000") + (options.isEmpty() ? "" : "&" + options);
    }

    @Test
    void sipErrorAnswerIsRejected() throws Exception {
        try (Sipp sipp = Sipp.uas("uas_message_forbidden.xml", 1)) {
            Exchange ex = template.request(uri("message", ""), e -> {
                e.getMessage().setBody("hi");
                e.getMessage().setHeader(SipNativeConstants.TARGET, sipp.uri("bob"));
            });
            assertThat(ex.getException()).isInstanceOfSatisfying(SipNativeException.class,
                    e -> assertThat(e.getSipStatus()).isEqualTo(403));
            assertThat(ex.getMessage().getHeader(SipNativeConstants.DELIVERY)).isEqualTo(Delivery.REJECTED);
            assertThat(sipp.awaitExit(5000)).as(sipp.diagnostics()).isZero();
        }
    }

    @Test
    void missingTargetIsNotSent() {
        Exchange ex = template.request(uri("message", ""), e -> e.getMessage().setBody("hi"));
        assertThat(ex.getException()).isNotNull();
        assertThat(ex.getMessage().getHeader(SipNativeConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
    }

    @Test
    void unansweredRequestIsUnknown() {
        int silent = Peers.freePort();
        Exchange ex = template.request(uri("options", "requestTimeout=500"),
                e -> e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:nobody@127.0.0.1:" + silent));
        assertThat(ex.getException()).isInstanceOf(CallControlTimeoutException.class);
        assertThat(ex.getMessage().getHeader(SipNativeConstants.DELIVERY)).isEqualTo(Delivery.UNKNOWN);
    }
}
