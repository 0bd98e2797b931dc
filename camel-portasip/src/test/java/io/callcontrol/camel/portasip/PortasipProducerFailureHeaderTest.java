package io.callcontrol.camel.portasip;

import java.util.Map;

import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.error.Delivery;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every failure path of the producer sets the delivery header, the refusals of the method included. */
class PortasipProducerFailureHeaderTest extends PortasipTestSupport {

    Exchange send(String uri, Map<String, Object> headers) {
        return template.send(uri, ex -> headers.forEach(ex.getMessage()::setHeader));
    }

    @Test
    void unknownOrConsumerMethodIsNotSent() {
        Exchange unknown = send("portasip:get_sip_calls_list", Map.of(PortasipConstants.METHOD, "no_such_method"));
        assertThat(unknown.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("method"));
        assertThat(unknown.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);

        Exchange missing = send("portasip:transfer_call", Map.of());
        assertThat(missing.getException()).isInstanceOf(CallControlValidationException.class);
        assertThat(missing.getMessage().getHeader(PortasipConstants.DELIVERY)).isEqualTo(Delivery.NOT_SENT);
        assertThat(wire("transfer_call")).isEmpty();
    }
}
