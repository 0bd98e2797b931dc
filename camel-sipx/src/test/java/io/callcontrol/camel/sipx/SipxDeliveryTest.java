package io.callcontrol.camel.sipx;

import java.util.Map;

import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.sipx.SipxSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery header on a failed exchange: NOT_SENT when nothing listens, REJECTED when sipX refuses. */
class SipxDeliveryTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> pbx = new SimulatorExtension<>(SipxSimulator::new);

    static String uri(String base, String op) {
        return "sipx:" + op + "?baseUrl=" + base + "&authMethod=basic&username=user1&password=123"
                + "&callingUser=user1&calledUser=user2";
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, ex -> headers.forEach(ex.getMessage()::setHeader));
    }

    @Test
    void refusedConnectionIsNotSent() {
        String nobody = "http://127.0.0.1:" + AvailablePortFinder.getNextAvailable();
        Exchange ex = send(uri(nobody, "call"), Map.of());
        assertThat(ex.getException()).isInstanceOf(CallControlException.class);
        assertThat(ex.getMessage().getHeader(SipxConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
    }

    @Test
    void vendorErrorIsRejected() {
        Exchange ex = send(uri(pbx.get().baseUrl(), "status"), Map.of(SipxConstants.CALLED_USER, "user4"));
        assertThat(ex.getException()).isInstanceOf(SipxException.CallNotFound.class);
        assertThat(ex.getMessage().getHeader(SipxConstants.DELIVERY)).isEqualTo(Delivery.REJECTED);
        assertThat(pbx.get().wireLog().last().path()).isEqualTo("/callcontroller/user1/user4");
    }

    @Test
    void invalidInputIsNotSent() {
        Exchange ex = send(uri(pbx.get().baseUrl(), "call"), Map.of(SipxConstants.TIMEOUT, "soon"));
        assertThat(ex.getMessage().getHeader(SipxConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        assertThat(pbx.get().wireLog().all()).isEmpty();
    }
}
