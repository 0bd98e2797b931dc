package io.callcontrol.core.event;

import java.time.Instant;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallEventTest {

    @Test
    void sameVendorEventGivesSameIdAndDifferentStateADifferentOne() {
        Instant at = Instant.parse("2026-01-01T10:00:00Z");
        CallEvent a = CallEvent.builder("portasip").callId("c1").state(CallState.RINGING).occurredAt(at).build();
        CallEvent b = CallEvent.builder("portasip").callId("c1").state(CallState.RINGING).occurredAt(at).build();
        CallEvent c = CallEvent.builder("portasip").callId("c1").state(CallState.CONNECTED).occurredAt(at).build();
        assertThat(a.eventId()).isEqualTo(b.eventId()).isNotEqualTo(c.eventId());
        assertThat(CallEvent.builder("portsip").eventId("uuid-1").build().eventId()).isEqualTo("uuid-1");
    }

    @Test
    void headersCarryTheNormalizedFields() throws Exception {
        CallEvent e = CallEvent.builder("sipx").callId("c9").trackingId("t9").state(CallState.TERMINATED)
                .caller("1001").callee("1002").reason("BYE")
                .connectedAt(Instant.parse("2026-01-01T10:00:00Z")).endedAt(Instant.parse("2026-01-01T10:01:05Z")).build();
        try (DefaultCamelContext ctx = new DefaultCamelContext()) {
            DefaultMessage m = new DefaultMessage(ctx);
            CallEventHeaders.apply(m, e);
            assertThat(m.getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.TERMINATED);
            assertThat(m.getHeader(CallEventHeaders.CALL_ID)).isEqualTo("c9");
            assertThat(m.getHeader(CallEventHeaders.EVENT_ID)).isEqualTo(e.eventId());
            assertThat(m.getHeader(CallEventHeaders.EVENT)).isSameAs(e);
            assertThat(m.getHeader(CallEventHeaders.EVENT_TYPE)).isNull();
        }
        assertThat(e.durationSeconds()).isEqualTo(65);
        assertThat(e.state().isFinal()).isTrue();
    }
}
