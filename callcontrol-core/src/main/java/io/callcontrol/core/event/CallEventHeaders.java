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

    private CallEventHeaders() {
    }

    /** Sets every header of the event on the message (null fields are not set). */
    public static void apply(Message message, CallEvent event) {
        io.callcontrol.core.metrics.CallControlMetrics.event(message.getExchange() == null ? null : message.getExchange().getContext(), event.vendor(), event.eventType());
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
    }

    private static void setIfNotNull(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
