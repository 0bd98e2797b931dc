package io.callcontrol.camel.ucdialogs;

import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.Delivery;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.spi.Metadata;

/** Message headers of the uc-dialogs component. */
public final class UcDialogsConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's.", javaType = "String", enums = "list,originate,lookup,get,refer,referreplaces,switchconf,referconf,notify,send_dtmf,setup_asr,setup_record,setup_bindings,delete")
    public static final String OPERATION = "CamelUcDialogsOperation";

    @Metadata(label = "producer", description = "Overrides the option scope: Which calls endpoint: user = /rest/v1/user/sip/calls (only dialogs in which an account of the authorized user takes part; the default), domain = /rest/v1/uc/calls (every dialog of the domain, same verbs).", javaType = "java.lang.String")
    public static final String SCOPE = "CamelUcDialogsScope";

    @Metadata(label = "producer", description = "Overrides the option dialogId: Dialog identifier (rDlg-...) the operation acts on: get, refer, referreplaces (master), switchconf, referconf, notify, send_dtmf, setup_asr, setup_record, setup_bindings, delete.", javaType = "java.lang.String")
    public static final String DIALOG_ID = "CamelUcDialogsDialogId";

    @Metadata(label = "producer", description = "Overrides the option filter: list: filter by field values (passed through as the filter query parameter).", javaType = "java.lang.String")
    public static final String FILTER = "CamelUcDialogsFilter";

    @Metadata(label = "producer", description = "Overrides the option mask: list/get: comma-separated fields to return (acallid, callids, dialogid, esgdlg, esgcallid, inviteid, status, legs, localuri, remoteuri, site, startts, uris, opts); others are ignored by the server.", javaType = "java.lang.String")
    public static final String MASK = "CamelUcDialogsMask";

    @Metadata(label = "producer", description = "Overrides the option offset: list: offset in the list.", javaType = "java.lang.Integer")
    public static final String OFFSET = "CamelUcDialogsOffset";

    @Metadata(label = "producer", description = "Overrides the option limit: list: maximum number of dialogs returned.", javaType = "java.lang.Integer")
    public static final String LIMIT = "CamelUcDialogsLimit";

    @Metadata(label = "producer", description = "Overrides the option order: list: sort order (passed through as the order query parameter).", javaType = "java.lang.String")
    public static final String ORDER = "CamelUcDialogsOrder";

    @Metadata(label = "producer", description = "Overrides the option flat: list/get: convert composite fields to flat form.", javaType = "java.lang.Boolean")
    public static final String FLAT = "CamelUcDialogsFlat";

    @Metadata(label = "producer", description = "Overrides the option countOnly: list: return only the number of dialogs (the body becomes an Integer).", javaType = "java.lang.Boolean")
    public static final String COUNT_ONLY = "CamelUcDialogsCountOnly";

    @Metadata(label = "producer", description = "Overrides the option mode: originate: how 'from' names the initiator X; the document's example uses number.", javaType = "java.lang.String")
    public static final String MODE = "CamelUcDialogsMode";

    @Metadata(label = "producer", description = "Overrides the option from: originate: initiator X (per mode); in user scope it must be an account of the authorized user.", javaType = "java.lang.String")
    public static final String FROM = "CamelUcDialogsFrom";

    @Metadata(label = "producer", description = "Overrides the option to: originate: called number Y. The first ' or , starts a DTMF pre-dial sent after answer; each further one is a 1 second pause.", javaType = "java.lang.String")
    public static final String TO = "CamelUcDialogsTo";

    @Metadata(label = "producer", description = "Overrides the option callerId: originate: number shown to X for the first call.", javaType = "java.lang.String")
    public static final String CALLER_ID = "CamelUcDialogsCallerId";

    @Metadata(label = "producer", description = "Overrides the option callerName: originate: name shown to X for the first call.", javaType = "java.lang.String")
    public static final String CALLER_NAME = "CamelUcDialogsCallerName";

    @Metadata(label = "producer", description = "Overrides the option callTimeout: originate: timeout of the first call in seconds (server default 30).", javaType = "java.lang.Integer")
    public static final String CALL_TIMEOUT = "CamelUcDialogsCallTimeout";

    @Metadata(label = "producer", description = "Overrides the option useIntercom: originate: call X in intercom mode (server default off).", javaType = "java.lang.Boolean")
    public static final String USE_INTERCOM = "CamelUcDialogsUseIntercom";

    @Metadata(label = "producer", description = "Overrides the option responseMode: originate/refer/referreplaces/switchconf/referconf: when the server answers; the larger, the later and the more complete the answer. The numeric meanings are not public: the value is passed through unchanged.", javaType = "java.lang.Integer")
    public static final String RESPONSE_MODE = "CamelUcDialogsResponseMode";

    @Metadata(label = "producer", description = "Overrides the option binding: originate/refer/referreplaces/switchconf/referconf: label bound to the new call.", javaType = "java.lang.String")
    public static final String BINDING = "CamelUcDialogsBinding";

    @Metadata(label = "producer", description = "Overrides the option lookupKey: lookup: which search key lookupValue is (default dialogid).", javaType = "java.lang.String")
    public static final String LOOKUP_KEY = "CamelUcDialogsLookupKey";

    @Metadata(label = "producer", description = "Overrides the option lookupValue: lookup: the search value.", javaType = "java.lang.String")
    public static final String LOOKUP_VALUE = "CamelUcDialogsLookupValue";

    @Metadata(label = "producer", description = "Overrides the option lookupDomain: lookup with key username: the domain of the subscriber (default the current domain).", javaType = "java.lang.String")
    public static final String LOOKUP_DOMAIN = "CamelUcDialogsLookupDomain";

    @Metadata(label = "producer", description = "Overrides the option by: refer/switchconf/referconf: the party acting (Call-Id, URI, number or username); refer/referconf transfer its opponent, switchconf transfers both on its behalf.", javaType = "java.lang.String")
    public static final String BY = "CamelUcDialogsBy";

    @Metadata(label = "producer", description = "Overrides the option referTo: refer: target number (with optional DTMF pre-dial after ' or ,); switchconf: full conference number with its featurecode prefix (generated when absent).", javaType = "java.lang.String")
    public static final String REFER_TO = "CamelUcDialogsReferTo";

    @Metadata(label = "producer", description = "Overrides the option masterBy: referreplaces: the party of the master dialog initiating the transfer (its opponent is connected).", javaType = "java.lang.String")
    public static final String MASTER_BY = "CamelUcDialogsMasterBy";

    @Metadata(label = "producer", description = "Overrides the option slaveBy: referreplaces: the party of the slave dialog being replaced (its opponent receives the INVITE with Replaces).", javaType = "java.lang.String")
    public static final String SLAVE_BY = "CamelUcDialogsSlaveBy";

    @Metadata(label = "producer", description = "Overrides the option slaveLookupKey: referreplaces: which key slaveLookupValue is; sent as slave{key} (default dialogid, i.e. slavedialogid).", javaType = "java.lang.String")
    public static final String SLAVE_LOOKUP_KEY = "CamelUcDialogsSlaveLookupKey";

    @Metadata(label = "producer", description = "Overrides the option slaveLookupValue: referreplaces: the value naming the slave dialog.", javaType = "java.lang.String")
    public static final String SLAVE_LOOKUP_VALUE = "CamelUcDialogsSlaveLookupValue";

    @Metadata(label = "producer", description = "Overrides the option slaveLookupDomain: referreplaces with slave key username: domain of the subscriber (sent as slavedomain).", javaType = "java.lang.String")
    public static final String SLAVE_LOOKUP_DOMAIN = "CamelUcDialogsSlaveLookupDomain";

    @Metadata(label = "producer", description = "Overrides the option referLookupKey: referconf: which key referLookupValue is; sent as refer{key} (default dialogid, i.e. referdialogid).", javaType = "java.lang.String")
    public static final String REFER_LOOKUP_KEY = "CamelUcDialogsReferLookupKey";

    @Metadata(label = "producer", description = "Overrides the option referLookupValue: referconf: the value naming a dialog one of whose parties is the target conference.", javaType = "java.lang.String")
    public static final String REFER_LOOKUP_VALUE = "CamelUcDialogsReferLookupValue";

    @Metadata(label = "producer", description = "Overrides the option referLookupDomain: referconf with refer key username: domain of the subscriber (sent as referdomain).", javaType = "java.lang.String")
    public static final String REFER_LOOKUP_DOMAIN = "CamelUcDialogsReferLookupDomain";

    @Metadata(label = "producer", description = "Overrides the option callId: notify/send_dtmf/setup_asr/setup_record: Call-Id of the leg addressed.", javaType = "java.lang.String")
    public static final String CALL_ID = "CamelUcDialogsCallId";

    @Metadata(label = "producer", description = "Overrides the option side: notify/send_dtmf/setup_asr/setup_record: side of the dialog addressed (a or b), alternative to callId.", javaType = "java.lang.String")
    public static final String SIDE = "CamelUcDialogsSide";

    @Metadata(label = "producer", description = "Overrides the option opposite: send_dtmf/setup_asr: address the other party relative to the one named.", javaType = "java.lang.Boolean")
    public static final String OPPOSITE = "CamelUcDialogsOpposite";

    @Metadata(label = "producer", description = "Overrides the option event: notify: device control event name (talk, hold, conference, ...); the device must list it in Allow-Events.", javaType = "java.lang.String")
    public static final String EVENT = "CamelUcDialogsEvent";

    @Metadata(label = "producer", description = "Overrides the option proto: send_dtmf: sipinfo (SIP INFO) or rfc2833 (RTP events).", javaType = "java.lang.String")
    public static final String PROTO = "CamelUcDialogsProto";

    @Metadata(label = "producer", description = "Overrides the option dtmf: send_dtmf: DTMF characters 0-9 * # A-D; ' and , are 1 second pauses.", javaType = "java.lang.String")
    public static final String DTMF = "CamelUcDialogsDtmf";

    @Metadata(label = "producer", description = "Overrides the option command: setup_asr/setup_record: start or stop; setup_bindings: add, remove or replace.", javaType = "java.lang.String")
    public static final String COMMAND = "CamelUcDialogsCommand";

    @Metadata(label = "producer", description = "Overrides the option layer: setup_asr/setup_record: unique layer name; an existing layer is replaced, and stop names the layer to stop.", javaType = "java.lang.String")
    public static final String LAYER = "CamelUcDialogsLayer";

    @Metadata(label = "producer", description = "Overrides the option label: setup_bindings: a label, or several separated by commas (sent as a list).", javaType = "java.lang.String or java.util.List<String>")
    public static final String LABEL = "CamelUcDialogsLabel";

    @Metadata(label = "producer", description = "Overrides the option waitSummary: setup_asr stop: wait (2-3 s) and return the summary text (server default true). Sent as wait.", javaType = "java.lang.Boolean")
    public static final String WAIT = "CamelUcDialogsWaitSummary";

    @Metadata(label = "producer", description = "The result text the server sent (ok, ...), for operations that return one.", javaType = "java.lang.String")
    public static final String RESULT = "CamelUcDialogsResult";
    @Metadata(label = "producer", description = CallControlProducer.DELIVERY_DESCRIPTION,
              javaType = "io.callcontrol.core.error.Delivery", enums = "NOT_SENT,UNKNOWN,REJECTED")
    public static final String DELIVERY = Delivery.HEADER;

    @Metadata(label = "producer", description = "The new dialog created by originate (dialogid), refer/referreplaces/referconf (new_dialogid).", javaType = "java.lang.String")
    public static final String NEW_DIALOG_ID = "CamelUcDialogsNewDialogId";

    @Metadata(label = "producer", description = "switchconf: id of the conference both parties were sent to.", javaType = "java.lang.String")
    public static final String CONF_ID = "CamelUcDialogsConfId";

    @Metadata(label = "consumer", description = "events: id of the Token-API subscription that delivered the event.", javaType = "java.lang.String")
    public static final String SUBSCRIPTION_ID = "CamelUcDialogsSubscriptionId";

    @Metadata(label = "consumer", description = "events: class of the event (callevents, ccsevents, ivrevents).", javaType = "java.lang.String")
    public static final String EVENT_CLASS = "CamelUcDialogsEventClass";

    @Metadata(label = "consumer", description = "events: true on the gap exchange routed after each reconnect -- events of the down time are lost; its body is the current dialog list (List of UcDialog, as the list operation answers) to reconcile with.", javaType = "java.lang.Boolean")
    public static final String POSSIBLE_GAP = "CamelUcDialogsPossibleGap";

    @Metadata(label = "consumer", description = "The normalized call event (io.callcontrol.core.event.CallEvent).", javaType = "io.callcontrol.core.event.CallEvent")
    public static final String CALL_EVENT = CallEventHeaders.EVENT;

    @Metadata(label = "consumer", description = "Stable event id: the vendor's event id when sent, else a name-based UUID (for the Idempotent Consumer).", javaType = "java.lang.String")
    public static final String CALL_EVENT_ID = CallEventHeaders.EVENT_ID;

    @Metadata(label = "consumer", description = "The vendor's event type (dlg_call, dlg_start, dlg_stop, ...).", javaType = "java.lang.String")
    public static final String CALL_EVENT_TYPE = CallEventHeaders.EVENT_TYPE;

    @Metadata(label = "consumer", description = "Always uc-dialogs.", javaType = "java.lang.String")
    public static final String CALL_VENDOR = CallEventHeaders.VENDOR;

    @Metadata(label = "consumer", description = "The dialog id (dialogid) of the event.", javaType = "java.lang.String")
    public static final String CALL_CALL_ID = CallEventHeaders.CALL_ID;

    @Metadata(label = "consumer", description = "The acallid of the event (Call-Id of side A, constant across the dialog).", javaType = "java.lang.String")
    public static final String CALL_TRACKING_ID = CallEventHeaders.TRACKING_ID;

    @Metadata(label = "consumer", description = "Normalized state (io.callcontrol.core.event.CallState).", javaType = "io.callcontrol.core.event.CallState")
    public static final String CALL_STATE = CallEventHeaders.STATE;

    @Metadata(label = "consumer", description = "The vendor's state or event type, unchanged.", javaType = "java.lang.String")
    public static final String CALL_VENDOR_STATE = CallEventHeaders.VENDOR_STATE;

    @Metadata(label = "consumer", description = "Normalized direction (UNKNOWN: the Token-API events do not say).", javaType = "io.callcontrol.core.event.CallDirection")
    public static final String CALL_DIRECTION = CallEventHeaders.DIRECTION;

    @Metadata(label = "consumer", description = "Number (or URI) of side A.", javaType = "java.lang.String")
    public static final String CALL_CALLER = CallEventHeaders.CALLER;

    @Metadata(label = "consumer", description = "Number (or URI) of side B.", javaType = "java.lang.String")
    public static final String CALL_CALLEE = CallEventHeaders.CALLEE;

    @Metadata(label = "consumer", description = "When the event happened (eventts).", javaType = "java.time.Instant")
    public static final String CALL_OCCURRED_AT = CallEventHeaders.OCCURRED_AT;

    @Metadata(label = "consumer", description = "Termination or transition reason, when sent.", javaType = "java.lang.String")
    public static final String CALL_REASON = CallEventHeaders.REASON;

    @Metadata(label = "consumer", description = "Per-call sequence number of the event (1, 2, ... in the order the events of the call are "
                                                + "routed); set when callTracking is on.",
              javaType = "Long")
    public static final String CALL_SEQUENCE = CallEventHeaders.SEQUENCE;

    @Metadata(label = "consumer", description = "The event's eventts (epoch milliseconds).",
              javaType = "java.time.Instant")
    public static final String CALL_VENDOR_TIME = CallEventHeaders.VENDOR_TIME;

    @Metadata(label = "consumer", description = "When the consumer received the event.",
              javaType = "java.time.Instant")
    public static final String CALL_RECEIVED_AT = CallEventHeaders.RECEIVED_AT;

    @Metadata(label = "consumer", description = "true on an event older than the call's current state, routed because staleEvents=FLAG "
                                                + "(such events are dropped by default).",
              javaType = "Boolean")
    public static final String CALL_STALE = CallEventHeaders.STALE;

    @Metadata(label = "consumer", description = "Final event: ANSWERED when the dialog was seen active (dlg_start), UNKNOWN otherwise (the "
                                                + "Token-API events carry no failure cause), UNKNOWN with reason disappeared when the dialog "
                                                + "vanished from the dialog list.",
              javaType = "io.callcontrol.core.event.CallOutcome")
    public static final String CALL_OUTCOME = CallEventHeaders.OUTCOME;

    @Metadata(label = "consumer", description = "Final event: the event's reason, when it carries one.",
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

    private UcDialogsConstants() {
    }
}
