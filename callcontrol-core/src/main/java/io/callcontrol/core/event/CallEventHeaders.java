package io.callcontrol.core.event;

import org.apache.camel.Message;

/**
 * Header names every event consumer of the suite sets, whatever the vendor. Components list them in
 * their own {@code XxxConstants} (with {@code @Metadata}) by referring to these values, so the catalog
 * documents them per component.
 */
public final class CallEventHeaders {

    /** The whole {@link CallEvent}. */
    public static final String EVENT = "CamelCallControlEvent";
    /** Stable event id, for the Idempotent Consumer EIP. */
    public static final String EVENT_ID = "CamelCallControlEventId";
    /** The vendor's own event name. */
    public static final String EVENT_TYPE = "CamelCallControlEventType";
    /** Component scheme of the vendor. */
    public static final String VENDOR = "CamelCallControlVendor";
    public static final String CALL_ID = "CamelCallControlCallId";
    public static final String TRACKING_ID = "CamelCallControlTrackingId";
    /** Normalized {@link CallState}. */
    public static final String STATE = "CamelCallControlState";
    public static final String VENDOR_STATE = "CamelCallControlVendorState";
    /** Normalized {@link CallDirection}. */
    public static final String DIRECTION = "CamelCallControlDirection";
    public static final String CALLER = "CamelCallControlCaller";
    public static final String CALLEE = "CamelCallControlCallee";
    /** {@link java.time.Instant} the vendor says the event happened. */
    public static final String OCCURRED_AT = "CamelCallControlOccurredAt";
    public static final String REASON = "CamelCallControlReason";
    /** Per-call sequence number of the routed event (1, 2, ... in routing order), a {@code Long}. */
    public static final String SEQUENCE = "CamelCallControlSequence";
    /** {@link java.time.Instant} the vendor stamped on the event (only when it stamps one). */
    public static final String VENDOR_TIME = "CamelCallControlVendorTime";
    /** {@link java.time.Instant} the consumer received the event. */
    public static final String RECEIVED_AT = "CamelCallControlReceivedAt";
    /** {@code true} on an event older than the call's current state, routed with {@code staleEvents=flag}. */
    public static final String STALE = "CamelCallControlStale";
    /** {@link CallOutcome} of the call, on its final event. */
    public static final String OUTCOME = "CamelCallControlOutcome";
    /** The vendor's hangup cause or status code, on the final event, when the vendor gives one. */
    public static final String CAUSE = "CamelCallControlCause";
    /** Ring time in milliseconds ({@code Long}), on the final event, when known. */
    public static final String RING_TIME = "CamelCallControlRingTime";
    /** Talk time in milliseconds ({@code Long}, answered-at to ended-at), on the final event of a connected call. */
    public static final String TALK_TIME = "CamelCallControlTalkTime";

    private CallEventHeaders() {
    }

    /** Sets every header of the event on the message (null fields are not set). */
    public static void apply(Message message, CallEvent event) {
        message.setHeader(EVENT, event);
        message.setHeader(EVENT_ID, event.eventId());
        message.setHeader(VENDOR, event.vendor());
        message.setHeader(STATE, event.state());
        message.setHeader(DIRECTION, event.direction());
        message.setHeader(OCCURRED_AT, event.occurredAt());
        setIfNotNull(message, EVENT_TYPE, event.eventType());
        setIfNotNull(message, CALL_ID, event.callId());
        setIfNotNull(message, TRACKING_ID, event.trackingId());
        setIfNotNull(message, VENDOR_STATE, event.vendorState());
        setIfNotNull(message, CALLER, event.caller());
        setIfNotNull(message, CALLEE, event.callee());
        setIfNotNull(message, REASON, event.reason());
        if (event.sequence() > 0) {
            message.setHeader(SEQUENCE, event.sequence());
        }
        setIfNotNull(message, VENDOR_TIME, event.vendorTime());
        setIfNotNull(message, RECEIVED_AT, event.receivedAt());
        if (event.stale()) {
            message.setHeader(STALE, Boolean.TRUE);
        }
        setIfNotNull(message, OUTCOME, event.outcome());
        setIfNotNull(message, CAUSE, event.cause());
        setIfNotNull(message, RING_TIME, event.ringTime() == null ? null : event.ringTime().toMillis());
        setIfNotNull(message, TALK_TIME, event.talkTime() == null ? null : event.talkTime().toMillis());
    }

    private static void setIfNotNull(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
