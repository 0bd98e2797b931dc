package io.callcontrol.camel.broadworks;

import java.util.Map;

import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.SimulatorExtension;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery header on a failed exchange: NOT_SENT when nothing listens, REJECTED when BroadWorks refuses. */
class BroadworksDeliveryTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    String uri(String base, String op) {
        return "broadworks:" + op + "?baseUrl=" + base + "&tenantId=foo&groupId=foogroup&userId=foouser"
                + "&accessToken=" + BroadworksSimulator.MACHINE_TOKEN;
    }

    Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, ex -> headers.forEach(ex.getMessage()::setHeader));
    }

    @Test
    void refusedConnectionIsNotSent() {
        String nobody = "http://127.0.0.1:" + AvailablePortFinder.getNextAvailable();
        Exchange ex = send(uri(nobody, "hold"), Map.of(BroadworksConstants.CALL_ID, "callhalf-1:0"));
        assertThat(ex.getException()).isInstanceOf(CallControlException.class);
        assertThat(ex.getMessage().getHeader(BroadworksConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
    }

    @Test
    void vendorErrorIsRejected() {
        String id = pbx.get().seedCall("foouser", "Originator", "Active", "+3212345678", false);
        Exchange ex = send(uri(pbx.get().baseUrl(), "consultative_transfer"),
                Map.of(BroadworksConstants.CALL_ID, id, BroadworksConstants.TRANSFER_CALL_ID, "callhalf-404:0"));
        assertThat(ex.getException()).isInstanceOfSatisfying(CallControlException.class,
                e -> assertThat(e.getHttpStatus()).isGreaterThanOrEqualTo(400));
        assertThat(ex.getMessage().getHeader(BroadworksConstants.DELIVERY)).isEqualTo(Delivery.REJECTED);
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("PUT");
    }

    @Test
    void invalidInputIsNotSent() {
        Exchange ex = send(uri(pbx.get().baseUrl(), "call"), Map.of());
        assertThat(ex.getMessage().getHeader(BroadworksConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        assertThat(pbx.get().wireLog().all()).isEmpty();
    }
}
