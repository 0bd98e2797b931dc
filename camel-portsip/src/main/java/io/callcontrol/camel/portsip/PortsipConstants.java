package io.callcontrol.camel.portsip;

import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/**
 * Message headers of the PortSIP component. A request header overrides the endpoint option of the same meaning.
 */
public final class PortsipConstants {

    // ---- producer: operation and request parameters ----

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's.",
              javaType = "io.callcontrol.camel.portsip.PortsipOperation",
              enums = "initiate_directly,initiate,destroy,hold,unhold,refer,attended_refer,list_sessions")
    public static final String OPERATION = "CamelPortsipOperation";

    @Metadata(description = "Producer: the call session id in the URL of destroy, hold, unhold, refer and"
                            + " attended_refer (1 in hold/unhold/refer: the extension's last call). Set by"
                            + " initiate/initiate_directly (the new session's id) and by the other operations (the"
                            + " session they acted on). Consumer: the session_id of the event.",
              javaType = "String")
    public static final String SESSION_ID = "CamelPortsipSessionId";

    @Metadata(label = "producer", description = "The extension_number: the extension whose password authenticates"
                                                + " initiate_directly, or whose call leg hold/unhold/refer/"
                                                + "attended_refer act on.",
              javaType = "String")
    public static final String EXTENSION_NUMBER = "CamelPortsipExtensionNumber";

    @Metadata(label = "producer", description = "initiate_directly: the extension's password (wire parameter"
                                                + " password).",
              javaType = "String", secret = true)
    public static final String EXTENSION_PASSWORD = "CamelPortsipExtensionPassword";

    @Metadata(label = "producer", description = "The caller number, an extension or a PSTN number.",
              javaType = "String")
    public static final String CALLER = "CamelPortsipCaller";

    @Metadata(label = "producer", description = "The callee number, an extension or a PSTN number.",
              javaType = "String")
    public static final String CALLEE = "CamelPortsipCallee";

    @Metadata(label = "producer", description = "initiate_directly: the SIP domain of the tenant.",
              javaType = "String")
    public static final String DOMAIN = "CamelPortsipDomain";

    @Metadata(label = "producer", description = "Include the SDP in the INVITE that starts the call (send_sdp).",
              javaType = "Boolean")
    public static final String SEND_SDP = "CamelPortsipSendSdp";

    @Metadata(label = "producer", description = "The display name of the caller.", javaType = "String")
    public static final String CALLER_DISPLAY_NAME = "CamelPortsipCallerDisplayName";

    @Metadata(label = "producer", description = "Route the call through this trunk; the call fails if the trunk"
                                                + " is not available.",
              javaType = "String")
    public static final String TRUNK = "CamelPortsipTrunk";

    @Metadata(label = "producer", description = "For calls sent to a trunk: the user of the From header (the"
                                                + " outbound caller ID).",
              javaType = "String")
    public static final String REWRITE_FROM = "CamelPortsipRewriteFrom";

    @Metadata(label = "producer", description = "For calls sent to a trunk: the user of the P-Asserted-Identity"
                                                + " header.",
              javaType = "String")
    public static final String REWRITE_PAI = "CamelPortsipRewritePai";

    @Metadata(label = "producer", description = "For calls sent to a trunk: the user of the Remote-Party-ID"
                                                + " header.",
              javaType = "String")
    public static final String REWRITE_RPI = "CamelPortsipRewriteRpi";

    @Metadata(label = "producer", description = "Free information stored with the call in its CDR (user_data).",
              javaType = "String")
    public static final String USER_DATA = "CamelPortsipUserData";

    @Metadata(label = "producer", description = "SIP header (RFC 5373) to add to the INVITE.",
              javaType = "io.callcontrol.camel.portsip.api.AdditionalHeader",
              enums = "ANSWER_MODE,CALL_INFO,ALERT_INFO_AUTO_ANSWER_DELAY0,ALERT_INFO_AUTO_ANSWER,ALERT_INFO_INTERCOM")
    public static final String ADDITIONAL_HEADER = "CamelPortsipAdditionalHeader";

    @Metadata(label = "producer", description = "Which party's INVITE receives the additional header"
                                                + " (header_direction; ignored without an additional header).",
              javaType = "io.callcontrol.camel.portsip.api.HeaderDirection", enums = "CALLER,CALLEE,ALL")
    public static final String HEADER_DIRECTION = "CamelPortsipHeaderDirection";

    @Metadata(label = "producer", description = "refer: the number the call is transferred to.", javaType = "String")
    public static final String REFER_TO = "CamelPortsipReferTo";

    @Metadata(label = "producer", description = "attended_refer: session id of the first call leg, or 0 to find"
                                                + " it by referTo1.",
              javaType = "String")
    public static final String SESSION_1 = "CamelPortsipSession1";

    @Metadata(label = "producer", description = "attended_refer: the number on the other side of the first call"
                                                + " leg (used when session1 is 0).",
              javaType = "String")
    public static final String REFER_TO_1 = "CamelPortsipReferTo1";

    @Metadata(label = "producer", description = "attended_refer: session id of the second call leg, or 0 to find"
                                                + " it by referTo2.",
              javaType = "String")
    public static final String SESSION_2 = "CamelPortsipSession2";

    @Metadata(label = "producer", description = "attended_refer: the number on the other side of the second call"
                                                + " leg (used when session2 is 0).",
              javaType = "String")
    public static final String REFER_TO_2 = "CamelPortsipReferTo2";

    // ---- producer: results ----

    @Metadata(label = "producer,consumer", description = "list_sessions: the number of active sessions returned;"
                                                       + " events (wsi) gap exchange: the number of sessions in its body.",
              javaType = "Integer")
    public static final String SESSION_COUNT = "CamelPortsipSessionCount";
    @Metadata(label = "producer", description = CallControlProducer.DELIVERY_DESCRIPTION,
              javaType = "io.callcontrol.core.error.Delivery", enums = "NOT_SENT,UNKNOWN,REJECTED")
    public static final String DELIVERY = Delivery.HEADER;

    // ---- consumer ----

    @Metadata(label = "consumer", description = "The PortSIP event type: call_start, call_update_info,"
                                                + " cdr_target_add, cdr_target_ringing, cdr_target_answer,"
                                                + " cdr_target_noanswer, cdr_target_fail, cdr_target_end or call_cdr;"
                                                + " with eventChannel wsi also gap (reconnected: events may have been"
                                                + " lost; the body is the current session list).",
              javaType = "String")
    public static final String EVENT_TYPE = "CamelPortsipEventType";

    @Metadata(label = "consumer", description = "The event's UUID as the PBX sent it (the same on redelivery);"
                                                + " null when the PBX sent none.",
              javaType = "String")
    public static final String EVENT_UUID = "CamelPortsipEventUuid";

    @Metadata(label = "consumer", description = "The CDR id of the call (cdr_id).", javaType = "String")
    public static final String CDR_ID = "CamelPortsipCdrId";

    @Metadata(label = "consumer", description = "The normalized call event of the suite.",
              javaType = "io.callcontrol.core.event.CallEvent")
    public static final String CALL_EVENT = CallEventHeaders.EVENT;

    @Metadata(label = "consumer", description = "Stable id of the event: the PortSIP UUID, or a name-based UUID"
                                                + " over the event's fields when the PBX sent none (for the"
                                                + " Idempotent Consumer EIP).",
              javaType = "String")
    public static final String CALL_EVENT_ID = CallEventHeaders.EVENT_ID;

    @Metadata(label = "consumer", description = "The vendor's event name (same as CamelPortsipEventType).",
              javaType = "String")
    public static final String CALL_EVENT_TYPE = CallEventHeaders.EVENT_TYPE;

    @Metadata(label = "consumer", description = "Always portsip.", javaType = "String")
    public static final String CALL_VENDOR = CallEventHeaders.VENDOR;

    @Metadata(label = "consumer", description = "The call session id (session_id).", javaType = "String")
    public static final String CALL_ID = CallEventHeaders.CALL_ID;

    @Metadata(label = "consumer", description = "The CDR id grouping the call's targets (cdr_id).",
              javaType = "String")
    public static final String CALL_TRACKING_ID = CallEventHeaders.TRACKING_ID;

    @Metadata(label = "consumer", description = "Normalized state: TRYING (call_start, cdr_target_add), RINGING,"
                                                + " CONNECTED (cdr_target_answer), TERMINATED (cdr_target_noanswer,"
                                                + " cdr_target_fail, cdr_target_end, call_cdr), UNKNOWN"
                                                + " (call_update_info).",
              javaType = "io.callcontrol.core.event.CallState")
    public static final String CALL_STATE = CallEventHeaders.STATE;

    @Metadata(label = "consumer", description = "The vendor's state: call_status of call_cdr, else the event type.",
              javaType = "String")
    public static final String CALL_VENDOR_STATE = CallEventHeaders.VENDOR_STATE;

    @Metadata(label = "consumer", description = "Normalized direction: ext is INTERNAL, in and in2out INBOUND,"
                                                + " out OUTBOUND.",
              javaType = "io.callcontrol.core.event.CallDirection")
    public static final String CALL_DIRECTION = CallEventHeaders.DIRECTION;

    @Metadata(label = "consumer", description = "The caller number.", javaType = "String")
    public static final String CALL_CALLER = CallEventHeaders.CALLER;

    @Metadata(label = "consumer", description = "The callee number (for cdr_target events, the user of the"
                                                + " target's destination when the event has no callee).",
              javaType = "String")
    public static final String CALL_CALLEE = CallEventHeaders.CALLEE;

    @Metadata(label = "consumer", description = "When the event happened (its time field; else when it was"
                                                + " received).",
              javaType = "java.time.Instant")
    public static final String CALL_OCCURRED_AT = CallEventHeaders.OCCURRED_AT;

    @Metadata(label = "consumer", description = "The end reason (ended_reason / end_reason), or the SIP status"
                                                + " code of a failed target.",
              javaType = "String")
    public static final String CALL_REASON = CallEventHeaders.REASON;

    @Metadata(label = "consumer", description = "Per-call sequence number of the event (1, 2, ... in the order the events of the call are "
                                                + "routed); set when callTracking is on.",
              javaType = "Long")
    public static final String CALL_SEQUENCE = CallEventHeaders.SEQUENCE;

    @Metadata(label = "consumer", description = "The event's time field (Unix seconds).",
              javaType = "java.time.Instant")
    public static final String CALL_VENDOR_TIME = CallEventHeaders.VENDOR_TIME;

    @Metadata(label = "consumer", description = "When the consumer received the event.",
              javaType = "java.time.Instant")
    public static final String CALL_RECEIVED_AT = CallEventHeaders.RECEIVED_AT;

    @Metadata(label = "consumer", description = "true on an event older than the call's current state, routed because staleEvents=FLAG "
                                                + "(such events are dropped by default).",
              javaType = "Boolean")
    public static final String CALL_STALE = CallEventHeaders.STALE;

    @Metadata(label = "consumer", description = "Final event: how the call ended: ANSWERED (cdr_target_end, call_cdr answered, or seen "
                                                + "connected), NO_ANSWER (cdr_target_noanswer), CANCELLED (ended_reason cancelled, SIP 487), "
                                                + "BUSY (SIP 486/600), REJECTED (SIP 403/603), FAILED (other SIP failures), UNKNOWN (the call "
                                                + "disappeared).",
              javaType = "io.callcontrol.core.event.CallOutcome")
    public static final String CALL_OUTCOME = CallEventHeaders.OUTCOME;

    @Metadata(label = "consumer", description = "Final event: the SIP status code the PBX reports (status_code).",
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

    private PortsipConstants() {
    }
}
