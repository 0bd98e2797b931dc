package io.callcontrol.camel.sipnative;

import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/** Message headers of the {@code sip-native} component. */
public final class SipNativeConstants {

    // ---- producer input
    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's",
              javaType = "String", enums = "originate,click_to_dial,transfer,hangup,hold,talk,send_dtmf,message,options")
    public static final String OPERATION = "CamelSipNativeOperation";
    @Metadata(label = "producer", description = "Target of message, options, hold, talk, transfer and click_to_dial",
              javaType = "String")
    public static final String TARGET = "CamelSipNativeTarget";
    @Metadata(label = "producer", description = "First party of originate and click_to_dial", javaType = "String")
    public static final String FIRST_PARTY = "CamelSipNativeFirstParty";
    @Metadata(label = "producer", description = "Second party of originate", javaType = "String")
    public static final String SECOND_PARTY = "CamelSipNativeSecondParty";
    @Metadata(description = "Dialog id (the Call-ID of a dialog the component holds). Input of transfer, hangup,"
            + " send_dtmf (and optionally hold/talk); output of originate (first party's dialog), click_to_dial and of"
            + " the invite consumer", javaType = "String")
    public static final String DIALOG_ID = "CamelSipNativeDialogId";
    @Metadata(label = "producer", description = "originate: the second party's dialog id", javaType = "String")
    public static final String SECOND_DIALOG_ID = "CamelSipNativeSecondDialogId";
    @Metadata(label = "producer", description = "send_dtmf: the digits to send (0-9, *, #, A-D), one INFO each",
              javaType = "String")
    public static final String DIGITS = "CamelSipNativeDigits";
    @Metadata(description = "Content type of the body (message producer input; consumer output)", javaType = "String")
    public static final String CONTENT_TYPE = "CamelSipNativeContentType";
    @Metadata(label = "producer", description = "Extra SIP headers to add to the request the producer sends"
            + " (name to value)", javaType = "java.util.Map<String, String>")
    public static final String EXTRA_HEADERS = "CamelSipNativeExtraHeaders";

    // ---- producer output
    @Metadata(label = "producer", description = "Status code of the final SIP response", javaType = "Integer")
    public static final String STATUS_CODE = "CamelSipNativeStatusCode";
    @Metadata(label = "producer", description = CallControlProducer.DELIVERY_DESCRIPTION,
              javaType = "io.callcontrol.core.error.Delivery", enums = "NOT_SENT,UNKNOWN,REJECTED")
    public static final String DELIVERY = Delivery.HEADER;
    @Metadata(label = "producer", description = "Reason phrase of the final SIP response", javaType = "String")
    public static final String REASON_PHRASE = "CamelSipNativeReasonPhrase";
    @Metadata(label = "producer", description = "Headers of the final SIP response (repeated values joined with ', ')",
              javaType = "java.util.Map<String, String>")
    public static final String RESPONSE_HEADERS = "CamelSipNativeResponseHeaders";
    @Metadata(label = "producer", description = "options: round-trip time of the OPTIONS request, milliseconds",
              javaType = "Long")
    public static final String ROUND_TRIP_TIME = "CamelSipNativeRoundTripTime";
    @Metadata(label = "producer", description = "transfer, click_to_dial: the final status line the transferee"
            + " reported in its NOTIFY (message/sipfrag), e.g. SIP/2.0 200 OK", javaType = "String")
    public static final String TRANSFER_RESULT = "CamelSipNativeTransferResult";

    // ---- consumer output
    @Metadata(label = "consumer", description = "SIP method of the incoming request", javaType = "String")
    public static final String METHOD = "CamelSipNativeMethod";
    @Metadata(description = "Consumers: Call-ID of the incoming request. originate and click_to_dial: optional input,"
            + " the Call-ID of the first party's INVITE (which is also its dialog id), so that hangup can CANCEL it while"
            + " it rings", javaType = "String")
    public static final String CALL_ID = "CamelSipNativeCallId";
    @Metadata(label = "consumer", description = "Caller: the From URI", javaType = "String")
    public static final String CALLER = "CamelSipNativeCaller";
    @Metadata(label = "consumer", description = "Caller's display name from the From header", javaType = "String")
    public static final String CALLER_NAME = "CamelSipNativeCallerName";
    @Metadata(label = "consumer", description = "Callee: the To URI", javaType = "String")
    public static final String CALLEE = "CamelSipNativeCallee";
    @Metadata(label = "consumer", description = "Request-URI of the incoming request", javaType = "String")
    public static final String REQUEST_URI = "CamelSipNativeRequestUri";
    @Metadata(label = "consumer", description = "Every SIP header of the incoming request (repeated values joined"
            + " with ', ')", javaType = "java.util.Map<String, String>")
    public static final String SIP_HEADERS = "CamelSipNativeSipHeaders";

    // ---- consumer decision (set by the route)
    @Metadata(label = "consumer", description = "invite: what to answer: reject (CamelSipNativeResponseCode, default"
            + " the endpoint's defaultResponseCode), redirect (3xx with CamelSipNativeContacts) or answer (200 OK with"
            + " the body as SDP, or an inactive SDP; the component then holds the dialog). Without it, contacts mean"
            + " redirect and a response code means reject.", javaType = "String", enums = "reject,redirect,answer")
    public static final String ACTION = "CamelSipNativeAction";
    @Metadata(label = "consumer", description = "invite, message: status code to answer with", javaType = "Integer")
    public static final String RESPONSE_CODE = "CamelSipNativeResponseCode";
    @Metadata(label = "consumer", description = "invite, message: reason phrase to answer with", javaType = "String")
    public static final String RESPONSE_REASON = "CamelSipNativeResponseReason";
    @Metadata(label = "consumer", description = "invite: redirect targets, one Contact each (a List or a comma"
            + " separated String of SIP URIs)", javaType = "java.util.List<String>")
    public static final String CONTACTS = "CamelSipNativeContacts";

    // ---- dialog_events
    @Metadata(label = "consumer", description = "dialog_events: the monitored user the NOTIFY is about (entity)",
              javaType = "String")
    public static final String ENTITY = "CamelSipNativeEntity";

    // ---- normalized call event (dialog_events)
    @Metadata(label = "consumer", description = "dialog_events: the normalized call event",
              javaType = "io.callcontrol.core.event.CallEvent")
    public static final String EVENT = CallEventHeaders.EVENT;
    @Metadata(label = "consumer", description = "dialog_events: stable event id (for the Idempotent Consumer)",
              javaType = "String")
    public static final String EVENT_ID = CallEventHeaders.EVENT_ID;
    @Metadata(label = "consumer", description = "dialog_events: vendor event type (dialog)", javaType = "String")
    public static final String EVENT_TYPE = CallEventHeaders.EVENT_TYPE;
    @Metadata(label = "consumer", description = "dialog_events: sip-native", javaType = "String")
    public static final String VENDOR = CallEventHeaders.VENDOR;
    @Metadata(label = "consumer", description = "dialog_events: the dialog's Call-ID (else its id)", javaType = "String")
    public static final String EVENT_CALL_ID = CallEventHeaders.CALL_ID;
    @Metadata(label = "consumer", description = "dialog_events: the dialog's id attribute", javaType = "String")
    public static final String TRACKING_ID = CallEventHeaders.TRACKING_ID;
    @Metadata(label = "consumer", description = "dialog_events: normalized state (trying/proceeding -> TRYING,"
            + " early -> RINGING, confirmed -> CONNECTED, terminated -> TERMINATED)",
              javaType = "io.callcontrol.core.event.CallState")
    public static final String STATE = CallEventHeaders.STATE;
    @Metadata(label = "consumer", description = "dialog_events: the RFC 4235 state as sent", javaType = "String")
    public static final String VENDOR_STATE = CallEventHeaders.VENDOR_STATE;
    @Metadata(label = "consumer", description = "dialog_events: direction (initiator -> OUTBOUND, recipient -> INBOUND)",
              javaType = "io.callcontrol.core.event.CallDirection")
    public static final String DIRECTION = CallEventHeaders.DIRECTION;
    @Metadata(label = "consumer", description = "dialog_events: calling party", javaType = "String")
    public static final String EVENT_CALLER = CallEventHeaders.CALLER;
    @Metadata(label = "consumer", description = "dialog_events: called party", javaType = "String")
    public static final String EVENT_CALLEE = CallEventHeaders.CALLEE;
    @Metadata(label = "consumer", description = "dialog_events: when the NOTIFY was received",
              javaType = "java.time.Instant")
    public static final String OCCURRED_AT = CallEventHeaders.OCCURRED_AT;
    @Metadata(label = "consumer", description = "dialog_events: the state's event and code (e.g. rejected 486)",
              javaType = "String")
    public static final String REASON = CallEventHeaders.REASON;

    @Metadata(label = "consumer", description = "Per-call sequence number of the event (1, 2, ... in the order the events of the call are "
                                                + "routed); set when callTracking is on.",
              javaType = "Long")
    public static final String CALL_SEQUENCE = CallEventHeaders.SEQUENCE;

    @Metadata(label = "consumer", description = "Not set: dialog-info NOTIFYs carry no times (the receive time is "
                                                + "CamelCallControlReceivedAt).",
              javaType = "java.time.Instant")
    public static final String CALL_VENDOR_TIME = CallEventHeaders.VENDOR_TIME;

    @Metadata(label = "consumer", description = "When the consumer received the event.",
              javaType = "java.time.Instant")
    public static final String CALL_RECEIVED_AT = CallEventHeaders.RECEIVED_AT;

    @Metadata(label = "consumer", description = "true on an event older than the call's current state, routed because staleEvents=FLAG "
                                                + "(such events are dropped by default).",
              javaType = "Boolean")
    public static final String CALL_STALE = CallEventHeaders.STALE;

    @Metadata(label = "consumer", description = "Final event: ANSWERED when the dialog was seen confirmed, CANCELLED, REJECTED, NO_ANSWER, "
                                                + "FAILED from the dialog-info event attribute (cancelled, rejected, timeout, error), UNKNOWN "
                                                + "otherwise.",
              javaType = "io.callcontrol.core.event.CallOutcome")
    public static final String CALL_OUTCOME = CallEventHeaders.OUTCOME;

    @Metadata(label = "consumer", description = "Final event: the dialog-info event attribute or code of a terminated dialog, when sent.",
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

    private SipNativeConstants() {
    }
}
