package io.callcontrol.examples;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's run command: the embedded application's first call event reaches Kafka within the bound. */
class CallEventsToKafkaTest extends EmbeddedAppTestSupport {

    @Test
    void firstCallEventReachesKafka() {
        ConsumerRecord<String, String> first = awaitRecord("call-events", r -> true);
        Map<String, Object> event = json(first.value());
        assertThat(event.get("vendor")).isIn("portsip", "portasip", "broadworks", "sipx", "uc-dialogs");
        assertThat(event).containsKeys("eventId", "state", "caller", "callee", "occurredAt");
        assertThat(first.key()).isNotBlank().isEqualTo(event.get("callId"));
        assertThat(event).doesNotContainKey("raw");
    }

    @Test
    void ucDialogsCallEventsReachKafka() {
        Map<String, Object> event = json(awaitRecord("call-events",
                r -> "uc-dialogs".equals(json(r.value()).get("vendor"))).value());
        assertThat(event.get("callId")).isNotNull();
        assertThat(event.get("state")).isNotNull();
    }

    @Test
    void sipxCallStatesReachKafka() {
        Map<String, Object> connected = json(awaitRecord("call-events", r -> "sipx".equals(json(r.value()).get("vendor"))
                && "CONNECTED".equals(json(r.value()).get("state"))).value());
        assertThat(connected.get("callId")).isNotNull();
        assertThat((String) connected.get("trackingId")).contains("user1").contains("user2");
    }

    @Test
    void scriptedSipxCallsRepeatOnceTheControllerForgotThePreviousOne() {
        // each sipX call connects two dialogs (caller leg, called leg); a second call (refused as "call in progress"
        // while the controller still caches the first one) brings two more
        Set<Object> dialogs = new HashSet<>();
        awaitRecord("call-events", r -> {
            Map<String, Object> e = json(r.value());
            if ("sipx".equals(e.get("vendor")) && "CONNECTED".equals(e.get("state"))) {
                dialogs.add(e.get("callId"));
            }
            return dialogs.size() >= 4;
        });
    }

    @Test
    void ringingConnectedAndTerminatedEventsOfOneCall() {
        Map<String, Object> ringing = json(awaitRecord("call-events",
                r -> json(r.value()).get("state").equals("RINGING")
                     && "+15551230001".equals(json(r.value()).get("caller"))).value());
        String callId = (String) ringing.get("callId");
        awaitRecord("call-events", r -> callId.equals(r.key()) && json(r.value()).get("state").equals("CONNECTED"));
        Map<String, Object> end = json(awaitRecord("call-events", r -> callId.equals(r.key())
                && json(r.value()).get("eventType").equals("call_cdr")).value());
        assertThat(end).containsEntry("state", "TERMINATED").containsEntry("vendorState", "answered")
                .containsEntry("callee", "1002");
        assertThat(end.get("connectedAt")).isNotNull();
    }
}
