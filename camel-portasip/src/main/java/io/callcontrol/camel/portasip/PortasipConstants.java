package io.callcontrol.camel.portasip;

import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/** Message headers of the PortaSIP component. */
public final class PortasipConstants {

    // ---- producer input -------------------------------------------------------------------------------
    @Metadata(label = "producer", description = "The method to call, overriding the endpoint's (a PortaSIP method"
            + " name such as originate_advanced_call).", javaType = "String")
    public static final String METHOD = "CamelPortasipMethod";
    @Metadata(label = "producer", description = "call.id of the call to act on.", javaType = "String")
    public static final String CALL_ID = "CamelPortasipCallId";
    @Metadata(description = "call.tag of the call part to act on (producer); the remote tag of the call part the"
            + " event is about (consumer).", javaType = "String")
    public static final String CALL_TAG = "CamelPortasipCallTag";
    @Metadata(label = "producer", description = "to_call.id of join_calls.", javaType = "String")
    public static final String TO_CALL_ID = "CamelPortasipToCallId";
    @Metadata(label = "producer", description = "to_call.tag of join_calls.", javaType = "String")
    public static final String TO_CALL_TAG = "CamelPortasipToCallTag";
    @Metadata(label = "producer", description = "bill_id of originate_advanced_call.", javaType = "String")
    public static final String BILL_ID = "CamelPortasipBillId";
    @Metadata(label = "producer", description = "caller_id of originate_advanced_call.", javaType = "String")
    public static final String CALLER_ID = "CamelPortasipCallerId";
    @Metadata(label = "producer", description = "callee_id of originate_advanced_call.", javaType = "String")
    public static final String CALLEE_ID = "CamelPortasipCalleeId";
    @Metadata(label = "producer", description = "callee_auto_pickup of originate_advanced_call.", javaType = "Boolean")
    public static final String CALLEE_AUTO_PICKUP = "CamelPortasipCalleeAutoPickup";
    @Metadata(label = "producer", description = "state_callback URL of originate_advanced_call.", javaType = "String")
    public static final String STATE_CALLBACK = "CamelPortasipStateCallback";
    @Metadata(label = "producer", description = "Name of a running portasip:state_callback consumer whose URL"
            + " becomes the state_callback.", javaType = "String")
    public static final String STATE_CALLBACK_ENDPOINT = "CamelPortasipStateCallbackEndpoint";
    @Metadata(label = "producer", description = "state_callback_events of originate_advanced_call: a comma"
            + " separated String or a List.", javaType = "String")
    public static final String STATE_CALLBACK_EVENTS = "CamelPortasipStateCallbackEvents";
    @Metadata(label = "producer", description = "callee_answer_mode of answer_call.",
              javaType = "io.callcontrol.camel.portasip.api.CalleeAnswerMode", enums = "notify,reconnect")
    public static final String CALLEE_ANSWER_MODE = "CamelPortasipCalleeAnswerMode";
    @Metadata(label = "producer", description = "cld (transfer target) of transfer_call.", javaType = "String")
    public static final String CLD = "CamelPortasipCld";
    @Metadata(label = "producer", description = "sip_headers of transfer_call: a Map of header name to value, or a"
            + " List of SipHeaderInfo.", javaType = "java.util.Map")
    public static final String SIP_HEADERS = "CamelPortasipSipHeaders";
    @Metadata(label = "producer", description = "url of play_prompt.", javaType = "String")
    public static final String PROMPT_URL = "CamelPortasipPromptUrl";
    @Metadata(description = "order of play_prompt / stop_play_prompt (producer); the prompt order of a"
            + " play_prompt_completed event (consumer).", javaType = "Integer")
    public static final String ORDER = "CamelPortasipOrder";
    @Metadata(label = "producer", description = "repeat of play_prompt.", javaType = "Integer")
    public static final String REPEAT = "CamelPortasipRepeat";
    @Metadata(label = "producer", description = "conference_info.name of the on-spot conference methods.", javaType = "String")
    public static final String CONFERENCE_NAME = "CamelPortasipConferenceName";
    @Metadata(label = "producer", description = "conference_info.owner_id of the on-spot conference methods.", javaType = "String")
    public static final String CONFERENCE_OWNER_ID = "CamelPortasipConferenceOwnerId";
    @Metadata(label = "producer", description = "participant_info.participant_id.", javaType = "Integer")
    public static final String PARTICIPANT_ID = "CamelPortasipParticipantId";
    @Metadata(label = "producer", description = "participant_info.mute of update_on_spot_conference_participant"
            + " (Y/N on the wire).", javaType = "Boolean")
    public static final String MUTE = "CamelPortasipMute";
    @Metadata(label = "producer", description = "participant_info.hold of update_on_spot_conference_participant"
            + " (Y/N on the wire).", javaType = "Boolean")
    public static final String HOLD = "CamelPortasipHold";
    @Metadata(label = "producer", description = "participant_info.play_announce of"
            + " delete_on_spot_conference_participant: announce before removing (Y/N on the wire).", javaType = "Boolean")
    public static final String PLAY_ANNOUNCE = "CamelPortasipPlayAnnounce";
    @Metadata(label = "producer", description = "i_account of enable/disable_api_notifications and"
            + " get_sip_calls_list.", javaType = "Long")
    public static final String I_ACCOUNT = "CamelPortasipIAccount";
    @Metadata(label = "producer", description = "i_customer of enable/disable_api_notifications and"
            + " get_sip_calls_list.", javaType = "Long")
    public static final String I_CUSTOMER = "CamelPortasipICustomer";
    @Metadata(label = "producer", description = "i_main_office of enable/disable_api_notifications and"
            + " get_sip_calls_list.", javaType = "Long")
    public static final String I_MAIN_OFFICE = "CamelPortasipIMainOffice";
    @Metadata(label = "producer", description = "i_ivr_an of enable/disable_api_notifications and"
            + " get_sip_calls_list.", javaType = "Long")
    public static final String I_IVR_AN = "CamelPortasipIIvrAn";

    // ---- JSON API methods (the same headers as PortasipJsonApiHeaders) --------------------------------
    @Metadata(label = "producer", description = "The service of the JSON API method (Session, Voicemail, SMPreferences,"
                                                + " AutoAttendant, Conference, DialDirectory or another one): only needed"
                                                + " for methods the component does not list.",
              javaType = "String")
    public static final String JSON_API_SERVICE = PortasipJsonApiHeaders.SERVICE;
    @Metadata(label = "producer", description = "Run the JSON API method in dry-run mode (aux_info.dry_run): the server"
                                                + " only validates the arguments and nothing changes.",
              javaType = "Boolean")
    public static final String JSON_API_DRY_RUN = PortasipJsonApiHeaders.DRY_RUN;
    @Metadata(label = "producer", description = "The params structure of the JSON API method (Map, JSON String or the"
                                                + " request record), for when the body carries the audio attachment.",
              javaType = "Object")
    public static final String JSON_API_PARAMS = PortasipJsonApiHeaders.PARAMS;
    @Metadata(label = "producer", description = "The audio attachment (byte[], File, InputStream or PortasipAttachment)"
                                                + " of set_menu_transition, create_dir_entry and update_dir_entry when the"
                                                + " body carries the params.",
              javaType = "Object")
    public static final String JSON_API_ATTACHMENT = PortasipJsonApiHeaders.ATTACHMENT;
    @Metadata(label = "producer", description = "i_menu: the unique ID of the auto attendant menu.", javaType = "Integer")
    public static final String JSON_API_I_MENU = PortasipJsonApiHeaders.I_MENU;
    @Metadata(label = "producer", description = "i_menu_transition: the unique ID of the auto attendant menu transition.",
              javaType = "Integer")
    public static final String JSON_API_I_MENU_TRANSITION = PortasipJsonApiHeaders.I_MENU_TRANSITION;
    @Metadata(label = "producer", description = "event: the auto attendant transition event.", javaType = "String",
              enums = "0,1,2,3,4,5,6,7,8,9,*,#,Timeout,Not Active,f")
    public static final String JSON_API_TRANSITION_EVENT = PortasipJsonApiHeaders.TRANSITION_EVENT;
    @Metadata(label = "producer", description = "i_conf: the unique ID of the conference.", javaType = "Integer")
    public static final String JSON_API_I_CONF = PortasipJsonApiHeaders.I_CONF;
    @Metadata(label = "producer", description = "name: the conference name (get_conf_info by name).", javaType = "String")
    public static final String JSON_API_CONF_NAME = PortasipJsonApiHeaders.CONF_NAME;
    @Metadata(label = "producer", description = "i_entry: the unique ID of the dial directory entry.", javaType = "Integer")
    public static final String JSON_API_I_ENTRY = PortasipJsonApiHeaders.I_ENTRY;
    @Metadata(label = "producer", description = "prompt_type: intro, menu, disabled or timeout for menus; intro or moh"
                                                + " for conferences.",
              javaType = "String", enums = "intro,menu,disabled,timeout,moh")
    public static final String JSON_API_PROMPT_TYPE = PortasipJsonApiHeaders.PROMPT_TYPE;
    @Metadata(label = "producer", description = "greeting_type: the voicemail greeting type (set_vm_greeting takes"
                                                + " extended, personal or name).",
              javaType = "String", enums = "standard,extended,personal,name")
    public static final String JSON_API_GREETING_TYPE = PortasipJsonApiHeaders.GREETING_TYPE;
    @Metadata(label = "producer", description = "refresh_token of refresh_access_token.", javaType = "String",
              secret = true)
    public static final String JSON_API_REFRESH_TOKEN = PortasipJsonApiHeaders.REFRESH_TOKEN;
    @Metadata(description = "The file name of the audio attachment: read for uploads (else CamelFileName, else the"
                            + " file's name), set for downloads.",
              javaType = "String")
    public static final String JSON_API_FILE_NAME = PortasipJsonApiHeaders.FILE_NAME;
    @Metadata(label = "producer", description = "The MIME type of a downloaded audio attachment (also set as Content-Type).",
              javaType = "String")
    public static final String JSON_API_CONTENT_TYPE = PortasipJsonApiHeaders.CONTENT_TYPE;
    @Metadata(label = "producer", description = "The typed answer of a method that returns audio (the body is then the"
                                                + " audio bytes).",
              javaType = "Object")
    public static final String JSON_API_RESPONSE = PortasipJsonApiHeaders.RESPONSE;
    @Metadata(label = "producer", description = "i_audio_file: the ID of the uploaded audio in the CodecConverter"
                                                + " conversion queue.",
              javaType = "Integer")
    public static final String JSON_API_I_AUDIO_FILE = PortasipJsonApiHeaders.I_AUDIO_FILE;

    // ---- producer output / consumer -------------------------------------------------------------------
    @Metadata(label = "producer", description = "On a failed exchange: whether the request reached PortaSIP --"
            + " NOT_SENT (never left the client: safe to retry), UNKNOWN (written to the socket, no answer: retry only"
            + " an idempotent method), REJECTED (PortaSIP answered an error). The exception's delivery property says the"
            + " same.", javaType = "io.callcontrol.core.error.Delivery", enums = "NOT_SENT,UNKNOWN,REJECTED")
    public static final String DELIVERY = io.callcontrol.core.error.Delivery.HEADER;
    @Metadata(description = "tracking_id of the originated call (producer) or of the call the event is about"
            + " (consumer).", javaType = "String")
    public static final String TRACKING_ID = "CamelPortasipTrackingId";
    @Metadata(label = "consumer", description = "What the exchange carries: call_info, conference_info,"
            + " participant_info (sip.call_control_notifications), state_callback, gap (reconnected: events may"
            + " have been lost), connection (a connection state change).", javaType = "String",
              enums = "call_info,conference_info,participant_info,state_callback,gap,connection")
    public static final String NOTIFICATION_TYPE = "CamelPortasipNotificationType";
    @Metadata(label = "consumer", description = "IVR event of a call_info notification: play_prompt_completed or"
            + " dtmf_digit_detected.", javaType = "String", enums = "play_prompt_completed,dtmf_digit_detected")
    public static final String IVR_EVENT = "CamelPortasipIvrEvent";
    @Metadata(label = "consumer", description = "The DTMF digit of a dtmf_digit_detected event.", javaType = "String")
    public static final String DIGIT = "CamelPortasipDigit";
    @Metadata(label = "consumer", description = "True when the event was produced by the reconciliation after a"
            + " reconnect (get_sip_calls_list), not pushed by PortaSIP.", javaType = "Boolean")
    public static final String RECONCILED = "CamelPortasipReconciled";
    @Metadata(label = "consumer", description = "State of the Call Control connection (gap and connection events).",
              javaType = "io.callcontrol.core.ws.ConnectionState")
    public static final String CONNECTION_STATE = "CamelPortasipConnectionState";

    // ---- normalized call event (every consumer) --------------------------------------------------------
    @Metadata(label = "consumer", description = "The normalized call event.",
              javaType = "io.callcontrol.core.event.CallEvent")
    public static final String EVENT = CallEventHeaders.EVENT;
    @Metadata(label = "consumer", description = "Stable event id (content based), for the Idempotent Consumer.",
              javaType = "String")
    public static final String EVENT_ID = CallEventHeaders.EVENT_ID;
    @Metadata(label = "consumer", description = "The vendor's event name: call_info, play_prompt_completed,"
            + " dtmf_digit_detected, conference_info, participant_info, state_callback.", javaType = "String")
    public static final String EVENT_TYPE = CallEventHeaders.EVENT_TYPE;
    @Metadata(label = "consumer", description = "Vendor scheme: portasip.", javaType = "String")
    public static final String VENDOR = CallEventHeaders.VENDOR;
    @Metadata(label = "consumer", description = "call.id of the call the event is about.", javaType = "String")
    public static final String EVENT_CALL_ID = CallEventHeaders.CALL_ID;
    @Metadata(label = "consumer", description = "tracking_id of the call the event is about.", javaType = "String")
    public static final String EVENT_TRACKING_ID = CallEventHeaders.TRACKING_ID;
    @Metadata(label = "consumer", description = "Normalized call state.", javaType = "io.callcontrol.core.event.CallState")
    public static final String STATE = CallEventHeaders.STATE;
    @Metadata(label = "consumer", description = "PortaSIP's own state (trying, ringing, early, connected, held,"
            + " holding, queued, dequeued, started, terminated).", javaType = "String")
    public static final String VENDOR_STATE = CallEventHeaders.VENDOR_STATE;
    @Metadata(label = "consumer", description = "Normalized direction (outgoing dialog: OUTBOUND, incoming: INBOUND).",
              javaType = "io.callcontrol.core.event.CallDirection")
    public static final String DIRECTION = CallEventHeaders.DIRECTION;
    @Metadata(label = "consumer", description = "Calling party number.", javaType = "String")
    public static final String CALLER = CallEventHeaders.CALLER;
    @Metadata(label = "consumer", description = "Called party number (or IVR access number).", javaType = "String")
    public static final String CALLEE = CallEventHeaders.CALLEE;
    @Metadata(label = "consumer", description = "When the event was received (or the vendor's terminate time).",
              javaType = "java.time.Instant")
    public static final String OCCURRED_AT = CallEventHeaders.OCCURRED_AT;
    @Metadata(label = "consumer", description = "Termination reason (e.g. Call terminated by API, blind transfer).",
              javaType = "String")
    public static final String REASON = CallEventHeaders.REASON;

    @Metadata(label = "consumer", description = "Per-call sequence number of the event (1, 2, ... in the order the events of the call are "
                                                + "routed); set when callTracking is on.",
              javaType = "Long")
    public static final String CALL_SEQUENCE = CallEventHeaders.SEQUENCE;

    @Metadata(label = "consumer", description = "The terminate_time, connect_time or start_time of the SIPCallInfo, as fits its state.",
              javaType = "java.time.Instant")
    public static final String CALL_VENDOR_TIME = CallEventHeaders.VENDOR_TIME;

    @Metadata(label = "consumer", description = "When the consumer received the event.",
              javaType = "java.time.Instant")
    public static final String CALL_RECEIVED_AT = CallEventHeaders.RECEIVED_AT;

    @Metadata(label = "consumer", description = "true on an event older than the call's current state, routed because staleEvents=FLAG "
                                                + "(such events are dropped by default).",
              javaType = "Boolean")
    public static final String CALL_STALE = CallEventHeaders.STALE;

    @Metadata(label = "consumer", description = "Final event: how the call ended: ANSWERED (a connect_time, or seen connected), CANCELLED, "
                                                + "BUSY, NO_ANSWER, REJECTED or FAILED from the reason_code (SIP status) or reason, UNKNOWN "
                                                + "otherwise or when the call disappeared.",
              javaType = "io.callcontrol.core.event.CallOutcome")
    public static final String CALL_OUTCOME = CallEventHeaders.OUTCOME;

    @Metadata(label = "consumer", description = "Final event: the reason_code PortaSIP reports (a SIP status code).",
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

    private PortasipConstants() {
    }
}
