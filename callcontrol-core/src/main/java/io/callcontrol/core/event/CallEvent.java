package io.callcontrol.core.event;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The suite's normalized, vendor-neutral call event. Every event consumer emits one per vendor event
 * (as the {@link CallEventHeaders#EVENT} header, and spread over the flat {@code CamelCallControl*}
 * headers), next to the vendor's own typed object in the message body.
 *
 * @param eventId     stable id of this event: the vendor's own event id where it has one, else a
 *                    name-based UUID over vendor, call id, state and vendor sequence/timestamp. The same
 *                    vendor event delivered twice yields the same id (Idempotent Consumer EIP).
 * @param vendor      component scheme that produced the event ({@code portsip}, {@code portasip}, ...)
 * @param eventType   the vendor's own name of the event ({@code call_start}, {@code call_info}, ...)
 * @param callId      the call (or leg) identifier the vendor uses to address the call in its API
 * @param trackingId  a vendor id that groups the legs of one call (PortaSIP {@code tracking_id}, CDR id,
 *                    UC dialogs {@code acallid}, ...); may be null
 * @param state       normalized state
 * @param vendorState the vendor's own state string, unchanged
 * @param direction   normalized direction
 * @param caller      calling party (number or SIP URI) as the vendor reported it
 * @param callee      called party
 * @param occurredAt  when the vendor says it happened (or when it was received, when the vendor does not say)
 * @param startedAt   when the call started, if known
 * @param connectedAt when the call was answered, if known
 * @param endedAt     when the call ended, if known
 * @param reason      termination or transition reason, if any
 * @param raw         the raw vendor payload (a Map, a typed record or a String)
 * @param sequence    per-call sequence number the {@link CallTracker} gives each routed event (1, 2, ...; in
 *                    routing order); 0 for an event that was not tracked
 * @param vendorTime  the time the vendor stamped on the event, if it stamps one (else null)
 * @param receivedAt  when the consumer received the event (set by the tracker when null)
 * @param stale       true for an event routed although it is older than the call's current state
 *                    ({@code staleEvents=flag})
 * @param outcome     how the call ended (final events only)
 * @param cause       the vendor's hangup cause or status code (SIP status, reason code), if it gives one
 * @param ringTime    set-up and ringing time, first event (or ringing) to answer (or end); final events only
 * @param talkTime    answered-at to ended-at, computed from the event times; final events of connected calls only,
 *                    never zero for those
 */
public record CallEvent(
        String eventId,
        String vendor,
        String eventType,
        String callId,
        String trackingId,
        CallState state,
        String vendorState,
        CallDirection direction,
        String caller,
        String callee,
        Instant occurredAt,
        Instant startedAt,
        Instant connectedAt,
        Instant endedAt,
        String reason,
        Object raw,
        long sequence,
        Instant vendorTime,
        Instant receivedAt,
        boolean stale,
        CallOutcome outcome,
        String cause,
        Duration ringTime,
        Duration talkTime) {

    /** The constructor of the fields every vendor event has (no tracking, no final-event fields). */
    public CallEvent(String eventId, String vendor, String eventType, String callId, String trackingId, CallState state,
            String vendorState, CallDirection direction, String caller, String callee, Instant occurredAt,
            Instant startedAt, Instant connectedAt, Instant endedAt, String reason, Object raw) {
        this(eventId, vendor, eventType, callId, trackingId, state, vendorState, direction, caller, callee, occurredAt,
                startedAt, connectedAt, endedAt, reason, raw, 0, null, null, false, null, null, null, null);
    }

    public CallEvent {
        Objects.requireNonNull(vendor, "vendor");
        if (state == null) {
            state = CallState.UNKNOWN;
        }
        if (direction == null) {
            direction = CallDirection.UNKNOWN;
        }
        if (occurredAt == null) {
            occurredAt = vendorTime != null ? vendorTime : receivedAt != null ? receivedAt : Instant.now();
        }
        if (eventId == null || eventId.isEmpty()) {
            eventId = stableId(vendor, eventType, callId, state.name(), vendorState, reason, String.valueOf(occurredAt.toEpochMilli()));
        }
    }

    /**
     * Talk time in whole seconds, rounded up (a connected call is never 0 s): the tracker's {@link #talkTime()} on a
     * final event; without it, connect (or start) to end if both are known; else -1.
     */
    public long durationSeconds() {
        if (talkTime != null) {
            long ms = talkTime.toMillis();
            return ms <= 0 ? 0 : (ms + 999) / 1000;
        }
        Instant from = connectedAt != null ? connectedAt : startedAt;
        if (from == null || endedAt == null) {
            return -1;
        }
        return Math.max(0, endedAt.getEpochSecond() - from.getEpochSecond());
    }

    /**
     * A name-based (type 3) UUID over the given parts: the same parts always give the same id. Used for
     * events whose vendor does not carry an id of its own.
     */
    public static String stableId(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            sb.append(p == null ? "" : p).append('\u001f');
        }
        return UUID.nameUUIDFromBytes(sb.toString().getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static Builder builder(String vendor) {
        return new Builder(vendor);
    }

    /** A builder holding every field of this event (to derive a changed copy). */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builder, since most consumers fill only some of the fields. */
    public static final class Builder {
        private String eventId;
        private final String vendor;
        private String eventType;
        private String callId;
        private String trackingId;
        private CallState state;
        private String vendorState;
        private CallDirection direction;
        private String caller;
        private String callee;
        private Instant occurredAt;
        private Instant startedAt;
        private Instant connectedAt;
        private Instant endedAt;
        private String reason;
        private Object raw;
        private long sequence;
        private Instant vendorTime;
        private Instant receivedAt;
        private boolean stale;
        private CallOutcome outcome;
        private String cause;
        private Duration ringTime;
        private Duration talkTime;

        private Builder(String vendor) {
            this.vendor = vendor;
        }

        private Builder(CallEvent e) {
            this.vendor = e.vendor;
            eventId = e.eventId;
            eventType = e.eventType;
            callId = e.callId;
            trackingId = e.trackingId;
            state = e.state;
            vendorState = e.vendorState;
            direction = e.direction;
            caller = e.caller;
            callee = e.callee;
            occurredAt = e.occurredAt;
            startedAt = e.startedAt;
            connectedAt = e.connectedAt;
            endedAt = e.endedAt;
            reason = e.reason;
            raw = e.raw;
            sequence = e.sequence;
            vendorTime = e.vendorTime;
            receivedAt = e.receivedAt;
            stale = e.stale;
            outcome = e.outcome;
            cause = e.cause;
            ringTime = e.ringTime;
            talkTime = e.talkTime;
        }

        public Builder eventId(String v) { this.eventId = v; return this; }
        public Builder eventType(String v) { this.eventType = v; return this; }
        public Builder callId(String v) { this.callId = v; return this; }
        public Builder trackingId(String v) { this.trackingId = v; return this; }
        public Builder state(CallState v) { this.state = v; return this; }
        public Builder vendorState(String v) { this.vendorState = v; return this; }
        public Builder direction(CallDirection v) { this.direction = v; return this; }
        public Builder caller(String v) { this.caller = v; return this; }
        public Builder callee(String v) { this.callee = v; return this; }
        public Builder occurredAt(Instant v) { this.occurredAt = v; return this; }
        public Builder startedAt(Instant v) { this.startedAt = v; return this; }
        public Builder connectedAt(Instant v) { this.connectedAt = v; return this; }
        public Builder endedAt(Instant v) { this.endedAt = v; return this; }
        public Builder reason(String v) { this.reason = v; return this; }
        public Builder raw(Object v) { this.raw = v; return this; }
        public Builder sequence(long v) { this.sequence = v; return this; }
        /** The time the vendor stamped on the event; also the {@code occurredAt} when that is not set. */
        public Builder vendorTime(Instant v) { this.vendorTime = v; return this; }
        public Builder receivedAt(Instant v) { this.receivedAt = v; return this; }
        public Builder stale(boolean v) { this.stale = v; return this; }
        /** The outcome the vendor tells (final events); the tracker fills it from the call when null. */
        public Builder outcome(CallOutcome v) { this.outcome = v; return this; }
        public Builder cause(String v) { this.cause = v; return this; }
        public Builder ringTime(Duration v) { this.ringTime = v; return this; }
        public Builder talkTime(Duration v) { this.talkTime = v; return this; }

        public CallEvent build() {
            return new CallEvent(eventId, vendor, eventType, callId, trackingId, state, vendorState, direction,
                    caller, callee, occurredAt, startedAt, connectedAt, endedAt, reason, raw, sequence, vendorTime,
                    receivedAt, stale, outcome, cause, ringTime, talkTime);
        }
    }
}
