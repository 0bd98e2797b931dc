package io.callcontrol.camel.callcontrol;

import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/**
 * Message headers of the callcontrol component. The call-related names are the suite's normalized event headers
 * ({@code CamelCallControlCallId}, ...), so an event exchange can drive an operation directly.
 */
public final class CallControlConstants {

    public static final String SCHEME = "callcontrol";

    @Metadata(label = "producer", description = "The neutral operation to perform, overriding the endpoint's.",
              javaType = "String", enums = "originate,hangup,hold,unhold,blind_transfer,attended_transfer,send_dtmf,"
                                           + "start_recording,stop_recording,list_calls")
    public static final String OPERATION = "CamelCallControlOperation";
    @Metadata(label = "producer", description = "The PBX to use, overriding the endpoint's pbx: the name of a"
                                                + " registry bean that is a vendor endpoint (or its URI), #name, or a"
                                                + " vendor endpoint URI; an Endpoint object works too.",
              javaType = "String")
    public static final String PBX = "CamelCallControlPbx";
    @Metadata(description = "Producer: the call to act on (the callId an originate or an event answered); set by"
                            + " originate to the new call's id. Consumer: the event's call id.", javaType = "String")
    public static final String CALL_ID = CallEventHeaders.CALL_ID;
    @Metadata(label = "producer", description = "attended_transfer: the second call.", javaType = "String")
    public static final String OTHER_CALL_ID = "CamelCallControlOtherCallId";
    @Metadata(description = "Producer: originate's calling party. Consumer: the event's calling party.",
              javaType = "String")
    public static final String CALLER = CallEventHeaders.CALLER;
    @Metadata(description = "Producer: originate's called party. Consumer: the event's called party.",
              javaType = "String")
    public static final String CALLEE = CallEventHeaders.CALLEE;
    @Metadata(label = "producer", description = "blind_transfer: where the call goes.", javaType = "String")
    public static final String TARGET = "CamelCallControlTarget";
    @Metadata(label = "producer", description = "The party (extension, user, dialog side) on whose behalf the"
                                                + " operation acts, where the vendor needs one.", javaType = "String")
    public static final String PARTY = "CamelCallControlParty";
    @Metadata(label = "producer", description = "send_dtmf: the digits.", javaType = "String")
    public static final String DIGITS = "CamelCallControlDigits";
    @Metadata(label = "producer", description = "originate: wait for the call's outcome, overriding awaitOutcome.",
              javaType = "Boolean")
    public static final String AWAIT_OUTCOME = "CamelCallControlAwaitOutcome";

    @Metadata(label = "producer", description = "originate: the vendor's own call id as it answered it.",
              javaType = "String")
    public static final String VENDOR_CALL_ID = "CamelCallControlVendorCallId";
    @Metadata(description = "Producer: the vendor's grouping id of the originated call (tracking id, CDR id)."
                            + " Consumer: the event's tracking id.", javaType = "String")
    public static final String TRACKING_ID = CallEventHeaders.TRACKING_ID;
    @Metadata(label = "producer", description = "originate: the call's outcome (PENDING unless awaitOutcome).",
              javaType = "io.callcontrol.camel.callcontrol.CallOutcome",
              enums = "PENDING,ANSWERED,BUSY,NO_ANSWER,REJECTED,FAILED,TIMEOUT")
    public static final String OUTCOME = "CamelCallControlOutcome";
    @Metadata(description = "Component scheme of the PBX that answered (or sent the event).", javaType = "String")
    public static final String VENDOR = CallEventHeaders.VENDOR;
    @Metadata(label = "producer", description = "The vendor operation the neutral operation was mapped to.",
              javaType = "String")
    public static final String VENDOR_OPERATION = "CamelCallControlVendorOperation";

    @Metadata(label = "consumer", description = "The normalized call event (also the body).",
              javaType = "io.callcontrol.core.event.CallEvent")
    public static final String EVENT = CallEventHeaders.EVENT;
    @Metadata(label = "consumer", description = "Stable event id, for the Idempotent Consumer EIP.",
              javaType = "String")
    public static final String EVENT_ID = CallEventHeaders.EVENT_ID;
    @Metadata(label = "consumer", description = "The vendor's event name.", javaType = "String")
    public static final String EVENT_TYPE = CallEventHeaders.EVENT_TYPE;
    @Metadata(label = "consumer", description = "Normalized call state.", javaType = "io.callcontrol.core.event.CallState")
    public static final String STATE = CallEventHeaders.STATE;
    @Metadata(label = "consumer", description = "The vendor's own state, unchanged.", javaType = "String")
    public static final String VENDOR_STATE = CallEventHeaders.VENDOR_STATE;
    @Metadata(label = "consumer", description = "Normalized direction.",
              javaType = "io.callcontrol.core.event.CallDirection")
    public static final String DIRECTION = CallEventHeaders.DIRECTION;
    @Metadata(label = "consumer", description = "When the vendor says the event happened.",
              javaType = "java.time.Instant")
    public static final String OCCURRED_AT = CallEventHeaders.OCCURRED_AT;
    @Metadata(label = "consumer", description = "Termination or transition reason.", javaType = "String")
    public static final String REASON = CallEventHeaders.REASON;
    @Metadata(label = "consumer", description = "True on an exchange of the vendor consumer that carries no call"
                                                + " event (a gap signal after a reconnect: events may have been lost;"
                                                + " the body is the vendor's current call list). Only routed with"
                                                + " includeGaps.", javaType = "Boolean")
    public static final String GAP = "CamelCallControlGap";

    private CallControlConstants() {
    }
}
