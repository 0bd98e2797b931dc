package io.callcontrol.examples.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.callcontrol.core.event.CallEvent;

/**
 * The form of a normalized call event on the {@code call-events} topic: a flat JSON object with the
 * {@link CallEvent}'s fields (instants as ISO-8601 strings) and its duration, without the vendor's raw payload.
 * Every route that consumes the topic reads it back as a {@code Map}, so Java and YAML routes see the same fields.
 */
public final class CallEventJson {

    private CallEventJson() {
    }

    /** The event as the map that is written to Kafka as JSON. */
    public static Map<String, Object> toMap(CallEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", e.eventId());
        m.put("vendor", e.vendor());
        m.put("eventType", e.eventType());
        m.put("callId", e.callId());
        m.put("trackingId", e.trackingId());
        m.put("state", e.state().name());
        m.put("vendorState", e.vendorState());
        m.put("direction", e.direction().name());
        m.put("caller", e.caller());
        m.put("callee", e.callee());
        m.put("occurredAt", iso(e.occurredAt()));
        m.put("startedAt", iso(e.startedAt()));
        m.put("connectedAt", iso(e.connectedAt()));
        m.put("endedAt", iso(e.endedAt()));
        m.put("reason", e.reason());
        m.put("durationSeconds", e.durationSeconds());
        // the state tracker's fields: per-call sequence, times, and on the final event outcome and durations
        m.put("sequence", e.sequence());
        m.put("vendorTime", iso(e.vendorTime()));
        m.put("receivedAt", iso(e.receivedAt()));
        m.put("stale", e.stale());
        m.put("outcome", e.outcome() == null ? null : e.outcome().name());
        m.put("cause", e.cause());
        m.put("ringTimeMillis", e.ringTime() == null ? null : e.ringTime().toMillis());
        m.put("talkTimeMillis", e.talkTime() == null ? null : e.talkTime().toMillis());
        return m;
    }

    private static String iso(Instant i) {
        return i == null ? null : i.toString();
    }
}
