package io.callcontrol.camel.broadworks;

import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/** Header names of the BroadWorks component. */
public final class BroadworksConstants {

    public static final String SCHEME = "broadworks";

    @Metadata(label = "producer", description = "The operation to perform; overrides the endpoint's operation.",
              javaType = "String", enums = "call,list_calls,get_call,hold,reconnect,blind_transfer,consultative_transfer,"
                                           + "start_recording,pause_recording,resume_recording,stop_recording,release,"
                                           + "retrieve,create_imrn")
    public static final String OPERATION = "CamelBroadworksOperation";
    @Metadata(description = "The tenant (enterprise/service provider) id of the user.", javaType = "String")
    public static final String TENANT_ID = "CamelBroadworksTenantId";
    @Metadata(description = "The group id of the user.", javaType = "String")
    public static final String GROUP_ID = "CamelBroadworksGroupId";
    @Metadata(description = "The user id whose calls are controlled.", javaType = "String")
    public static final String USER_ID = "CamelBroadworksUserId";
    @Metadata(description = "The call identifier (instance name), e.g. callhalf-1595867:0. Set on the answer of call "
                            + "and retrieve, and on consumer events.", javaType = "String")
    public static final String CALL_ID = "CamelBroadworksCallId";
    @Metadata(description = "The external tracking identifier of the call (answer of call and retrieve, events).",
              javaType = "String")
    public static final String EXTERNAL_TRACKING_ID = "CamelBroadworksExternalTrackingId";
    @Metadata(label = "producer", description = "Called phone number or extension (call, blind_transfer, create_imrn).",
              javaType = "String")
    public static final String PHONE_NUMBER = "CamelBroadworksPhoneNumber";
    @Metadata(label = "producer", description = "Calling phone number or extension (create_imrn).", javaType = "String")
    public static final String CALLING_PHONE_NUMBER = "CamelBroadworksCallingPhoneNumber";
    @Metadata(label = "producer", description = "Call id of the consulted party (consultative_transfer).",
              javaType = "String")
    public static final String TRANSFER_CALL_ID = "CamelBroadworksTransferCallId";
    @Metadata(label = "producer", description = "Whether list_calls returns the calls with details.",
              javaType = "Boolean")
    public static final String INCLUDE_DETAILS = "CamelBroadworksIncludeDetails";
    @Metadata(label = "producer", description = "The allocated IMRN (answer of create_imrn).", javaType = "String")
    public static final String IMRN = "CamelBroadworksImrn";
    @Metadata(label = "producer", description = CallControlProducer.DELIVERY_DESCRIPTION,
              javaType = "io.callcontrol.core.error.Delivery", enums = "NOT_SENT,UNKNOWN,REJECTED")
    public static final String DELIVERY = Delivery.HEADER;
    @Metadata(label = "consumer", description = "What the poll saw happen to the call: APPEARED, CHANGED or "
                                                + "DISAPPEARED (released).", javaType = "String",
              enums = "APPEARED,CHANGED,DISAPPEARED")
    public static final String CHANGE_TYPE = "CamelBroadworksChangeType";
    @Metadata(label = "consumer", description = "The call's previous BroadWorks state (CHANGED and DISAPPEARED).",
              javaType = "io.callcontrol.camel.broadworks.api.BroadworksCallState")
    public static final String PREVIOUS_STATE = "CamelBroadworksPreviousState";

    @Metadata(label = "consumer", description = "The normalized call event (io.callcontrol.core.event.CallEvent).",
              javaType = "io.callcontrol.core.event.CallEvent")
    public static final String EVENT = CallEventHeaders.EVENT;
    @Metadata(label = "consumer", description = "Stable id of the event, for the Idempotent Consumer EIP.",
              javaType = "String")
    public static final String EVENT_ID = CallEventHeaders.EVENT_ID;
    @Metadata(label = "consumer", description = "Event type: call_appeared, call_state_changed or call_released.",
              javaType = "String")
    public static final String EVENT_TYPE = CallEventHeaders.EVENT_TYPE;
    @Metadata(label = "consumer", description = "Normalized call state.", javaType = "io.callcontrol.core.event.CallState")
    public static final String STATE = CallEventHeaders.STATE;
    @Metadata(label = "consumer", description = "The BroadWorks call state as sent (e.g. Alerting/Ringing, Remote Held).",
              javaType = "String")
    public static final String VENDOR_STATE = CallEventHeaders.VENDOR_STATE;
    @Metadata(label = "consumer", description = "Normalized direction (from the call personality).",
              javaType = "io.callcontrol.core.event.CallDirection")
    public static final String DIRECTION = CallEventHeaders.DIRECTION;
    @Metadata(label = "consumer", description = "The calling party.", javaType = "String")
    public static final String CALLER = CallEventHeaders.CALLER;
    @Metadata(label = "consumer", description = "The called party.", javaType = "String")
    public static final String CALLEE = CallEventHeaders.CALLEE;
    @Metadata(label = "consumer", description = "The call id in the normalized headers.", javaType = "String")
    public static final String EVENT_CALL_ID = CallEventHeaders.CALL_ID;
    @Metadata(label = "consumer", description = "The external tracking id in the normalized headers.",
              javaType = "String")
    public static final String EVENT_TRACKING_ID = CallEventHeaders.TRACKING_ID;
    @Metadata(label = "consumer", description = "Component scheme of the event (broadworks).", javaType = "String")
    public static final String VENDOR = CallEventHeaders.VENDOR;
    @Metadata(label = "consumer", description = "When the poll observed the change (java.time.Instant).",
              javaType = "java.time.Instant")
    public static final String OCCURRED_AT = CallEventHeaders.OCCURRED_AT;

    @Metadata(label = "consumer", description = "Per-call sequence number of the event (1, 2, ... in the order the events of the call are "
                                                + "routed); set when callTracking is on.",
              javaType = "Long")
    public static final String CALL_SEQUENCE = CallEventHeaders.SEQUENCE;

    @Metadata(label = "consumer", description = "Not set: the call list carries no event times (the poll time is "
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

    @Metadata(label = "consumer", description = "Final event: ANSWERED when the call was seen Active (or has an answer time), UNKNOWN "
                                                + "otherwise: a released call just leaves the list (reason disappeared).",
              javaType = "io.callcontrol.core.event.CallOutcome")
    public static final String CALL_OUTCOME = CallEventHeaders.OUTCOME;

    @Metadata(label = "consumer", description = "Not set: the call list carries no release cause.",
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

    private BroadworksConstants() {
    }
}
