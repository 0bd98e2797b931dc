package io.callcontrol.camel.portsip;

import java.util.Map;

import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.Delivery;
import org.apache.camel.Exchange;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery header on a failed exchange: NOT_SENT when nothing listens, REJECTED when PortSIP refuses. */
class PortsipDeliveryTest extends PortsipTestSupport {

    Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, ex -> headers.forEach(ex.getMessage()::setHeader));
    }

    @Test
    void refusedConnectionIsNotSent() {
        int port = AvailablePortFinder.getNextAvailable();
        Exchange ex = send("portsip:list_sessions?baseUrl=http://127.0.0.1:" + port + "/api", Map.of());
        assertThat(ex.getException()).isInstanceOf(CallControlConnectionException.class);
        assertThat(ex.getMessage().getHeader(PortsipConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
    }

    @Test
    void vendorErrorIsRejected() {
        sim().failNextRequest("GET", SESSIONS, 500, "{\"errors\":[{\"code\":\"LICENSE_EXPIRED\",\"message\":\"x\"}]}");
        Exchange ex = send("portsip:list_sessions", Map.of());
        assertThat(ex.getException()).isInstanceOfSatisfying(PortsipException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("LICENSE_EXPIRED"));
        assertThat(ex.getMessage().getHeader(PortsipConstants.DELIVERY)).isEqualTo(Delivery.REJECTED);
        assertThat(sim().wireLog().find("GET", SESSIONS)).isNotEmpty();
    }

    @Test
    void invalidInputIsNotSent() {
        Exchange ex = send("portsip:initiate", Map.of(PortsipConstants.CALLER, "1001"));
        assertThat(ex.getMessage().getHeader(PortsipConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        assertThat(apiRequests()).isEmpty();
    }
}
