package io.callcontrol.camel.sipx;

import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/** Header names of the sipX component. */
public final class SipxConstants {

    public static final String SCHEME = "sipx";

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's operation.",
              javaType = "String", enums = "call,transfer,status")
    public static final String OPERATION = "CamelSipxOperation";
    @Metadata(description = "The calling user (first path segment).", javaType = "String")
    public static final String CALLING_USER = "CamelSipxCallingUser";
    @Metadata(description = "The called user (second path segment).", javaType = "String")
    public static final String CALLED_USER = "CamelSipxCalledUser";
    @Metadata(label = "producer", description = "SIP method of the call: REFER (default) or INVITE.", javaType = "String",
              enums = "REFER,INVITE")
    public static final String SIP_METHOD = "CamelSipxSipMethod";
    @Metadata(label = "producer", description = "Seconds the calling party is alerted before the call is aborted.",
              javaType = "Integer")
    public static final String TIMEOUT = "CamelSipxTimeout";
    @Metadata(description = "The agent placing a third-party call (defaults to the calling user).", javaType = "String")
    public static final String AGENT = "CamelSipxAgent";
    @Metadata(label = "producer", description = "Subject of the call (SIP Subject header of the initial INVITE).",
              javaType = "String")
    public static final String SUBJECT = "CamelSipxSubject";
    @Metadata(label = "producer", description = "Whether forwarding is allowed for the initial INVITE.",
              javaType = "Boolean")
    public static final String FORWARDING_ALLOWED = "CamelSipxForwardingAllowed";
    @Metadata(label = "producer", description = "Seconds the call progress record is kept by the server.",
              javaType = "Integer")
    public static final String RESULT_CACHE_TIME = "CamelSipxResultCacheTime";
    @Metadata(label = "producer", description = "Transfer target user (transfer).", javaType = "String")
    public static final String TARGET = "CamelSipxTarget";
    @Metadata(label = "producer", description = "HTTP status of the call controller's answer.", javaType = "Integer")
    public static final String HTTP_STATUS = "CamelSipxHttpStatus";
    @Metadata(label = "producer", description = CallControlProducer.DELIVERY_DESCRIPTION,
              javaType = "io.callcontrol.core.error.Delivery", enums = "NOT_SENT,UNKNOWN,REJECTED")
    public static final String DELIVERY = Delivery.HEADER;
    @Metadata(label = "consumer", description = "What the event reports: status_line (REFER calls) or dialog_state "
                                                + "(INVITE calls).", javaType = "String")
    public static final String EVENT_KIND = "CamelSipxEventKind";

    @Metadata(label = "consumer", description = "The normalized call event (io.callcontrol.core.event.CallEvent).",
              javaType = "io.callcontrol.core.event.CallEvent")
    public static final String EVENT = CallEventHeaders.EVENT;
    @Metadata(label = "consumer", description = "Stable id of the event, for the Idempotent Consumer EIP.",
              javaType = "String")
    public static final String EVENT_ID = CallEventHeaders.EVENT_ID;
    @Metadata(label = "consumer", description = "Event type: status_line or dialog_state.", javaType = "String")
    public static final String EVENT_TYPE = CallEventHeaders.EVENT_TYPE;
    @Metadata(label = "consumer", description = "Normalized call state.", javaType = "io.callcontrol.core.event.CallState")
    public static final String STATE = CallEventHeaders.STATE;
    @Metadata(label = "consumer", description = "The SIP status line or dialog state as sent.", javaType = "String")
    public static final String VENDOR_STATE = CallEventHeaders.VENDOR_STATE;
    @Metadata(label = "consumer", description = "Normalized direction (OUTBOUND: sipX calls out).",
              javaType = "io.callcontrol.core.event.CallDirection")
    public static final String DIRECTION = CallEventHeaders.DIRECTION;
    @Metadata(label = "consumer", description = "The calling user.", javaType = "String")
    public static final String CALLER = CallEventHeaders.CALLER;
    @Metadata(label = "consumer", description = "The called user.", javaType = "String")
    public static final String CALLEE = CallEventHeaders.CALLEE;
    @Metadata(label = "consumer", description = "SIP Call-ID (status line) or dialog id (dialog).", javaType = "String")
    public static final String EVENT_CALL_ID = CallEventHeaders.CALL_ID;
    @Metadata(label = "consumer", description = "The call controller's cache key agent:calling:called.",
              javaType = "String")
    public static final String EVENT_TRACKING_ID = CallEventHeaders.TRACKING_ID;
    @Metadata(label = "consumer", description = "Component scheme of the event (sipx).", javaType = "String")
    public static final String VENDOR = CallEventHeaders.VENDOR;
    @Metadata(label = "consumer", description = "When it happened: the status line's timestamp, else the poll time.",
              javaType = "java.time.Instant")
    public static final String OCCURRED_AT = CallEventHeaders.OCCURRED_AT;
    @Metadata(label = "consumer", description = "Reason: the status line of a failed call.", javaType = "String")
    public static final String REASON = CallEventHeaders.REASON;

    @Metadata(label = "consumer", description = "Per-call sequence number of the event (1, 2, ... in the order the events of the call are "
                                                + "routed); set when callTracking is on.",
              javaType = "Long")
    public static final String CALL_SEQUENCE = CallEventHeaders.SEQUENCE;

    @Metadata(label = "consumer", description = "Not set: the status lines carry no times (the poll time is CamelCallControlReceivedAt).",
              javaType = "java.time.Instant")
    public static final String CALL_VENDOR_TIME = CallEventHeaders.VENDOR_TIME;

    @Metadata(label = "consumer", description = "When the consumer received the event.",
              javaType = "java.time.Instant")
    public static final String CALL_RECEIVED_AT = CallEventHeaders.RECEIVED_AT;

    @Metadata(label = "consumer", description = "true on an event older than the call's current state, routed because staleEvents=FLAG "
                                                + "(such events are dropped by default).",
              javaType = "Boolean")
    public static final String CALL_STALE = CallEventHeaders.STALE;

    @Metadata(label = "consumer", description = "Final event: ANSWERED when the call was seen connected, BUSY, REJECTED, NO_ANSWER, "
                                                + "CANCELLED or FAILED from the SIP status of a failed call, UNKNOWN otherwise or when the "
                                                + "call left the list.",
              javaType = "io.callcontrol.core.event.CallOutcome")
    public static final String CALL_OUTCOME = CallEventHeaders.OUTCOME;

    @Metadata(label = "consumer", description = "Final event: the SIP status code of the status line, when it has one.",
              javaType = "String")
    public static final String CALL_CAUSE = CallEventHeaders.CAUSE;

    @Metadata(label = "consumer", description = "Final event: milliseconds from the first ringing (else the first) event to the answer "
                                                + "(else the end), computed from the event times.",
              javaType = "Long")
    public static final String CALL_RING_TIME = CallEventHeaders.RING_TIME;

    @Metadata(label = "consumer", description = "Final event of a connected call: milliseconds from answered-at to ended-at, computed from "
                                                + "the event times (never 0 for a connected call).",
              javaType = "Long")
    public static final String CALL_TALK_TIME = CallEventHeaders.TALK_TIME;

    private SipxConstants() {
    }
}
