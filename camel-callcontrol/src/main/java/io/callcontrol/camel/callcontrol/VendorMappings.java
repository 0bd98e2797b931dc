package io.callcontrol.camel.callcontrol;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.broadworks.BroadworksConstants;
import io.callcontrol.camel.broadworks.BroadworksEndpoint;
import io.callcontrol.camel.portasip.PortasipConstants;
import io.callcontrol.camel.portasip.PortasipEndpoint;
import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.camel.portsip.PortsipEndpoint;
import io.callcontrol.camel.portsip.PortsipOperation;
import io.callcontrol.camel.sipnative.SipNativeConstants;
import io.callcontrol.camel.sipnative.SipNativeEndpoint;
import io.callcontrol.camel.sipx.SipxConstants;
import io.callcontrol.camel.sipx.SipxEndpoint;
import io.callcontrol.camel.ucdialogs.UcDialogsConstants;
import io.callcontrol.camel.ucdialogs.UcDialogsEndpoint;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.json.Json;
import org.apache.camel.Endpoint;
import org.apache.camel.Message;

import static io.callcontrol.camel.callcontrol.CallControlOperation.*;

/**
 * The mapping table: for each vendor component, which vendor operation each neutral operation becomes, which
 * neutral fields it needs, the vendor headers it sets and how the vendor's answer maps back. The capability
 * matrix of the documentation is rendered from this table ({@link CapabilityMatrix}); an operation missing here is
 * refused before anything is sent.
 */
public final class VendorMappings {

    /** Neutral field names, as the route uses them (header suffix / body field / endpoint option). */
    static final String CALLER = "caller";
    static final String CALLEE = "callee";
    static final String CALL_ID = "callId";
    static final String OTHER_CALL_ID = "otherCallId";
    static final String TARGET = "target";
    static final String PARTY = "party";
    static final String DIGITS = "digits";

    /** The layer name UC dialogs recordings use (start and stop must name the same). */
    static final String UC_RECORD_LAYER = "callcontrol";

    /** The request as the mapping sees it: the neutral fields and the vendor endpoint it goes to. */
    public record Call(CallControlRequest request, Endpoint endpoint) {
    }

    /** The ids originate answers. */
    public record Ids(String callId, String vendorCallId, String trackingId) {
    }

    /** How awaitOutcome learns what became of a call. */
    public enum OutcomeSource {
        /** From the vendor's event stream (outcomeEvents), correlated by the key. */
        EVENTS,
        /** By polling the vendor's status of the call (sipX). */
        POLL,
        /** The vendor's originate itself completes with the outcome (sip-native: the SIP transaction). */
        TRANSACTION
    }

    /** One neutral operation on one vendor. */
    public static final class Mapping {
        final CallControlOperation operation;
        final String vendorOperation;
        final String note;
        final List<String> required;
        BiConsumer<Call, Message> toVendor = (c, m) -> { };
        Function<Message, Ids> ids;
        Function<Object, List<?>> items;
        Function<JsonNode, CallInfo> item;
        /** The same from the vendor's typed item, without a JSON tree (null: not the expected type). */
        Function<Object, CallInfo> typedItem;

        Mapping(CallControlOperation operation, String vendorOperation, String note, String... required) {
            this.operation = operation;
            this.vendorOperation = vendorOperation;
            this.note = note;
            this.required = List.of(required);
        }

        Mapping headers(BiConsumer<Call, Message> f) {
            this.toVendor = f;
            return this;
        }

        Mapping ids(Function<Message, Ids> f) {
            this.ids = f;
            return this;
        }

        Mapping list(Function<Object, List<?>> items, Function<JsonNode, CallInfo> item) {
            this.items = items;
            this.item = item;
            return this;
        }

        Mapping typed(Function<Object, CallInfo> f) {
            this.typedItem = f;
            return this;
        }

        public CallControlOperation operation() {
            return operation;
        }

        /** The vendor operation's name, as the vendor component spells it. */
        public String vendorOperation() {
            return vendorOperation;
        }

        /** How the neutral fields map, for the capability matrix. */
        public String note() {
            return note;
        }

        public List<String> required() {
            return required;
        }
    }

    /** One vendor component. */
    public static final class Vendor {
        final String name;
        final Class<? extends Endpoint> endpointClass;
        final String operationHeader;
        final OutcomeSource outcomeSource;
        final Map<CallControlOperation, Mapping> operations = new EnumMap<>(CallControlOperation.class);
        /** Events: the correlation key of an event (null: the event tells nothing about an originate). */
        Function<CallEvent, String> eventKey = CallEvent::callId;
        /** Events: the correlation key of an originated call. */
        Function<Ids, String> callKey = Ids::callId;
        /** Events: whether an event of a correlated call decides its outcome. */
        Predicate<CallEvent> decisive = e -> true;

        Vendor(String name, Class<? extends Endpoint> endpointClass, String operationHeader, OutcomeSource source) {
            this.name = name;
            this.endpointClass = endpointClass;
            this.operationHeader = operationHeader;
            this.outcomeSource = source;
        }

        Vendor map(Mapping m) {
            operations.put(m.operation, m);
            return this;
        }

        public String name() {
            return name;
        }

        public OutcomeSource outcomeSource() {
            return outcomeSource;
        }

        /** The mapping of a neutral operation, or null when the vendor cannot do it. */
        public Mapping mapping(CallControlOperation op) {
            return operations.get(op);
        }

        public Map<CallControlOperation, Mapping> operations() {
            return Collections.unmodifiableMap(operations);
        }

        String operationHeader() {
            return operationHeader;
        }

        String supported() {
            return String.join(", ", operations.keySet().stream().map(Enum::name).toList());
        }
    }

    private static final List<Vendor> VENDORS = List.of(portsip(), portasip(), ucDialogs(), broadworks(), sipx(),
            sipNative());

    private VendorMappings() {
    }

    /** Every vendor, in the order of the capability matrix. */
    public static List<Vendor> vendors() {
        return VENDORS;
    }

    /** The vendor of a vendor endpoint, or null when the endpoint is not one of the six vendor components. */
    public static Vendor of(Endpoint endpoint) {
        for (Vendor v : VENDORS) {
            if (v.endpointClass.isInstance(endpoint)) {
                return v;
            }
        }
        return null;
    }

    public static Vendor byName(String name) {
        return VENDORS.stream().filter(v -> v.name.equals(name)).findFirst().orElse(null);
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private static void set(Message m, String header, Object value) {
        if (value != null) {
            m.setHeader(header, value);
        }
    }

    private static String text(JsonNode n, String... path) {
        JsonNode cur = n;
        for (String p : path) {
            if (cur == null) {
                return null;
            }
            cur = cur.get(p);
        }
        return cur == null || cur.isNull() || cur.isMissingNode() ? null : cur.asText();
    }

    private static List<?> asList(Object body) {
        if (body instanceof List<?> l) {
            return l;
        }
        if (body instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        return body == null ? List.of() : List.of(body);
    }

    private static Ids ids(Message m, String callIdHeader, String trackingHeader) {
        String id = m.getHeader(callIdHeader, String.class);
        return new Ids(id, id, trackingHeader == null ? null : m.getHeader(trackingHeader, String.class));
    }

    // ---- PortSIP --------------------------------------------------------------------------------------------

    private static Vendor portsip() {
        Vendor v = new Vendor("portsip", PortsipEndpoint.class, PortsipConstants.OPERATION, OutcomeSource.EVENTS);
        v.map(new Mapping(originate, "initiate", "caller -> caller, callee -> callee, send_sdp true unless the"
                + " endpoint sets it (initiate_directly when the PBX endpoint is portsip:initiate_directly);"
                + " callId = the session id", CALLER, CALLEE).headers((c, m) -> {
                    PortsipEndpoint e = (PortsipEndpoint) c.endpoint();
                    if (e.getConfiguration().getOperation() == PortsipOperation.initiate_directly) {
                        m.setHeader(PortsipConstants.OPERATION, PortsipOperation.initiate_directly.name());
                    }
                    set(m, PortsipConstants.CALLER, c.request().caller());
                    set(m, PortsipConstants.CALLEE, c.request().callee());
                    if (e.getConfiguration().getSendSdp() == null) {
                        m.setHeader(PortsipConstants.SEND_SDP, Boolean.TRUE);
                    }
                }).ids(m -> ids(m, PortsipConstants.SESSION_ID, null)));
        v.map(new Mapping(hangup, "destroy", "callId -> session id", CALL_ID)
                .headers((c, m) -> set(m, PortsipConstants.SESSION_ID, c.request().callId())));
        v.map(new Mapping(hold, "hold", "callId -> session id, party -> extension_number", CALL_ID, PARTY)
                .headers(VendorMappings::portsipLeg));
        v.map(new Mapping(unhold, "unhold", "callId -> session id, party -> extension_number", CALL_ID, PARTY)
                .headers(VendorMappings::portsipLeg));
        v.map(new Mapping(blind_transfer, "refer", "callId -> session id, party -> extension_number, target ->"
                + " refer_to", CALL_ID, PARTY, TARGET).headers((c, m) -> {
                    portsipLeg(c, m);
                    set(m, PortsipConstants.REFER_TO, c.request().target());
                }));
        v.map(new Mapping(attended_transfer, "attended_refer", "callId -> session id and session_1, otherCallId ->"
                + " session_2, party -> extension_number", CALL_ID, OTHER_CALL_ID, PARTY).headers((c, m) -> {
                    portsipLeg(c, m);
                    set(m, PortsipConstants.SESSION_1, c.request().callId());
                    set(m, PortsipConstants.SESSION_2, c.request().otherCallId());
                }));
        v.map(new Mapping(list_calls, "list_sessions", "each session: id -> callId, cdr_id -> trackingId, status")
                .list(VendorMappings::asList, n -> new CallInfo(text(n, "id"), text(n, "cdr_id"), text(n, "caller"),
                        text(n, "callee"), text(n, "status"), null))
                .typed(o -> o instanceof io.callcontrol.camel.portsip.api.PortsipSession s
                        ? new CallInfo(s.id(), s.cdrId(), s.caller(), s.callee(), s.status(), s) : null));
        return v;
    }

    private static void portsipLeg(Call c, Message m) {
        set(m, PortsipConstants.SESSION_ID, c.request().callId());
        set(m, PortsipConstants.EXTENSION_NUMBER, c.request().party());
    }

    // ---- PortaSIP -------------------------------------------------------------------------------------------

    private static Vendor portasip() {
        Vendor v = new Vendor("portasip", PortasipEndpoint.class, PortasipConstants.METHOD, OutcomeSource.EVENTS);
        // originate_advanced_call answers the caller leg's call.id and the tracking_id both legs share: the outcome
        // is the callee leg's (incoming), found by the tracking id the PBX answered
        v.eventKey = CallEvent::trackingId;
        v.callKey = Ids::trackingId;
        v.decisive = e -> e.state() != CallState.CONNECTED || e.direction() == CallDirection.INBOUND;
        v.map(new Mapping(originate, "originate_advanced_call", "caller -> caller_id, callee -> callee_id (bill_id"
                + " from the PBX endpoint); callId = call.id, trackingId = tracking_id", CALLER, CALLEE)
                .headers((c, m) -> {
                    set(m, PortasipConstants.CALLER_ID, c.request().caller());
                    set(m, PortasipConstants.CALLEE_ID, c.request().callee());
                }).ids(m -> ids(m, PortasipConstants.CALL_ID, PortasipConstants.TRACKING_ID)));
        v.map(new Mapping(hangup, "terminate_call", "callId -> call.id, party -> call.tag (the call part)", CALL_ID).headers(VendorMappings::portasipCall));
        v.map(new Mapping(hold, "hold_call", "callId -> call.id, party -> call.tag (the call part)", CALL_ID).headers(VendorMappings::portasipCall));
        v.map(new Mapping(unhold, "unhold_call", "callId -> call.id, party -> call.tag (the call part)", CALL_ID).headers(VendorMappings::portasipCall));
        v.map(new Mapping(blind_transfer, "transfer_call", "callId -> call.id, party -> call.tag, target -> cld", CALL_ID, TARGET)
                .headers((c, m) -> {
                    portasipCall(c, m);
                    set(m, PortasipConstants.CLD, c.request().target());
                }));
        v.map(new Mapping(attended_transfer, "join_calls", "callId -> call.id, party -> call.tag, otherCallId -> to_call.id",
                CALL_ID, OTHER_CALL_ID).headers((c, m) -> {
                    portasipCall(c, m);
                    set(m, PortasipConstants.TO_CALL_ID, c.request().otherCallId());
                }));
        v.map(new Mapping(list_calls, "get_sip_calls_list", "i_account/i_customer from the PBX endpoint; each call:"
                + " call.id -> callId, tracking_id -> trackingId, state")
                .list(body -> {
                    JsonNode n = Json.MAPPER.valueToTree(body);
                    List<JsonNode> out = new ArrayList<>();
                    n.path("calls_list").forEach(out::add);
                    return out;
                }, n -> new CallInfo(text(n, "call", "id"), text(n, "tracking_id"), text(n, "caller", "id"),
                        text(n, "callee", "id"), text(n, "state"), null)));
        return v;
    }

    private static void portasipCall(Call c, Message m) {
        set(m, PortasipConstants.CALL_ID, c.request().callId());
        set(m, PortasipConstants.CALL_TAG, c.request().party());
    }

    // ---- UC dialogs -----------------------------------------------------------------------------------------

    private static Vendor ucDialogs() {
        Vendor v = new Vendor("uc-dialogs", UcDialogsEndpoint.class, UcDialogsConstants.OPERATION,
                OutcomeSource.EVENTS);
        v.map(new Mapping(originate, "originate", "caller -> from, callee -> to; callId = dialogid, vendorCallId ="
                + " ivrcallid, trackingId = acallid", CALLER, CALLEE).headers((c, m) -> {
                    set(m, UcDialogsConstants.FROM, c.request().caller());
                    set(m, UcDialogsConstants.TO, c.request().callee());
                }).ids(m -> {
                    JsonNode n = Json.MAPPER.valueToTree(m.getBody());
                    return new Ids(m.getHeader(UcDialogsConstants.NEW_DIALOG_ID, String.class), text(n, "ivrcallid"),
                            text(n, "acallid"));
                }));
        v.map(new Mapping(hangup, "delete", "callId -> dialogid", CALL_ID).headers(VendorMappings::ucDialog));
        v.map(new Mapping(hold, "notify", "event hold; callId -> dialogid, party -> side (a, b; default a) or"
                + " Call-Id of the leg", CALL_ID).headers((c, m) -> ucNotify(c, m, "hold")));
        v.map(new Mapping(unhold, "notify", "event talk; callId -> dialogid, party -> side (a, b; default a) or"
                + " Call-Id of the leg", CALL_ID).headers((c, m) -> ucNotify(c, m, "talk")));
        v.map(new Mapping(blind_transfer, "refer", "callId -> dialogid, party -> by (its opponent is"
                + " transferred), target -> referto", CALL_ID, PARTY, TARGET).headers((c, m) -> {
                    ucDialog(c, m);
                    set(m, UcDialogsConstants.BY, c.request().party());
                    set(m, UcDialogsConstants.REFER_TO, c.request().target());
                }));
        v.map(new Mapping(attended_transfer, "referreplaces", "callId -> dialogid (master), otherCallId -> slave"
                + " dialogid, party -> masterby and slaveby", CALL_ID, OTHER_CALL_ID, PARTY).headers((c, m) -> {
                    ucDialog(c, m);
                    set(m, UcDialogsConstants.MASTER_BY, c.request().party());
                    set(m, UcDialogsConstants.SLAVE_BY, c.request().party());
                    set(m, UcDialogsConstants.SLAVE_LOOKUP_VALUE, c.request().otherCallId());
                }));
        v.map(new Mapping(send_dtmf, "send_dtmf", "callId -> dialogid, digits -> dtmf, party -> side (default a)"
                + " or Call-Id of the leg", CALL_ID, DIGITS).headers((c, m) -> {
                    ucLeg(c, m);
                    set(m, UcDialogsConstants.DTMF, c.request().digits());
                }));
        v.map(new Mapping(start_recording, "setup_record", "command start, layer " + UC_RECORD_LAYER
                + "; callId -> dialogid", CALL_ID).headers((c, m) -> ucRecord(c, m, "start")));
        v.map(new Mapping(stop_recording, "setup_record", "command stop, layer " + UC_RECORD_LAYER
                + "; callId -> dialogid", CALL_ID).headers((c, m) -> ucRecord(c, m, "stop")));
        v.map(new Mapping(list_calls, "list", "each dialog: dialogid -> callId, acallid -> trackingId, status")
                .list(VendorMappings::asList, n -> {
                    String a = null;
                    String b = null;
                    for (JsonNode leg : n.path("legs")) {
                        if ("a".equals(text(leg, "side")) && a == null) {
                            a = text(leg, "localuri");
                        } else if ("b".equals(text(leg, "side")) && b == null) {
                            b = text(leg, "localuri");
                        }
                    }
                    return new CallInfo(text(n, "dialogid"), text(n, "acallid"), a, b, text(n, "status"), null);
                }));
        return v;
    }

    private static void ucDialog(Call c, Message m) {
        set(m, UcDialogsConstants.DIALOG_ID, c.request().callId());
    }

    private static void ucLeg(Call c, Message m) {
        ucDialog(c, m);
        String party = c.request().party();
        if (party == null || party.equals("a") || party.equals("b")) {
            m.setHeader(UcDialogsConstants.SIDE, party == null ? "a" : party);
        } else {
            m.setHeader(UcDialogsConstants.CALL_ID, party);
        }
    }

    private static void ucNotify(Call c, Message m, String event) {
        ucLeg(c, m);
        m.setHeader(UcDialogsConstants.EVENT, event);
    }

    private static void ucRecord(Call c, Message m, String command) {
        ucDialog(c, m);
        m.setHeader(UcDialogsConstants.COMMAND, command);
        m.setHeader(UcDialogsConstants.LAYER, UC_RECORD_LAYER);
    }

    // ---- BroadWorks -----------------------------------------------------------------------------------------

    private static Vendor broadworks() {
        Vendor v = new Vendor("broadworks", BroadworksEndpoint.class, BroadworksConstants.OPERATION,
                OutcomeSource.EVENTS);
        v.map(new Mapping(originate, "call", "caller -> user id (else the PBX endpoint's userId), callee ->"
                + " phoneNumber; callId = callId, trackingId = externalTrackingId", CALLEE).headers((c, m) -> {
                    set(m, BroadworksConstants.USER_ID, c.request().caller());
                    set(m, BroadworksConstants.PHONE_NUMBER, c.request().callee());
                }).ids(m -> ids(m, BroadworksConstants.CALL_ID, BroadworksConstants.EXTERNAL_TRACKING_ID)));
        v.map(new Mapping(hangup, "release", "callId -> callId, party -> user id", CALL_ID)
                .headers(VendorMappings::broadworksCall));
        v.map(new Mapping(hold, "hold", "callId -> callId, party -> user id", CALL_ID)
                .headers(VendorMappings::broadworksCall));
        v.map(new Mapping(unhold, "reconnect", "callId -> callId, party -> user id", CALL_ID)
                .headers(VendorMappings::broadworksCall));
        v.map(new Mapping(blind_transfer, "blind_transfer", "callId -> callId, target -> phoneNumber, party ->"
                + " user id", CALL_ID, TARGET).headers((c, m) -> {
                    broadworksCall(c, m);
                    set(m, BroadworksConstants.PHONE_NUMBER, c.request().target());
                }));
        v.map(new Mapping(attended_transfer, "consultative_transfer", "callId -> callId, otherCallId ->"
                + " transferCallId, party -> user id", CALL_ID, OTHER_CALL_ID).headers((c, m) -> {
                    broadworksCall(c, m);
                    set(m, BroadworksConstants.TRANSFER_CALL_ID, c.request().otherCallId());
                }));
        v.map(new Mapping(start_recording, "start_recording", "callId -> callId, party -> user id", CALL_ID)
                .headers(VendorMappings::broadworksCall));
        v.map(new Mapping(stop_recording, "stop_recording", "callId -> callId, party -> user id", CALL_ID)
                .headers(VendorMappings::broadworksCall));
        v.map(new Mapping(list_calls, "list_calls", "party -> user id; each call: callId, externalTrackingId ->"
                + " trackingId, state").headers((c, m) -> set(m, BroadworksConstants.USER_ID, c.request().party()))
                .list(VendorMappings::asList, n -> {
                    boolean originator = "Originator".equalsIgnoreCase(text(n, "personality"));
                    String remote = text(n, "remoteParty", "address");
                    return new CallInfo(text(n, "callId"), text(n, "externalTrackingId"), originator ? null : remote,
                            originator ? remote : null, text(n, "state"), null);
                }));
        return v;
    }

    private static void broadworksCall(Call c, Message m) {
        set(m, BroadworksConstants.CALL_ID, c.request().callId());
        set(m, BroadworksConstants.USER_ID, c.request().party());
    }

    // ---- sipX -----------------------------------------------------------------------------------------------

    /** The sipX call id: the call controller's key agent:calling:called (what its events carry as tracking id). */
    static String sipxCallId(String agent, String calling, String called) {
        return (agent != null ? agent : calling) + ":" + calling + ":" + called;
    }

    private static Vendor sipx() {
        Vendor v = new Vendor("sipx", SipxEndpoint.class, SipxConstants.OPERATION, OutcomeSource.POLL);
        v.map(new Mapping(originate, "call", "caller -> calling user, callee -> called user; callId ="
                + " agent:calling:called (the call controller's key, its events' tracking id)", CALLER, CALLEE)
                .headers((c, m) -> {
                    set(m, SipxConstants.CALLING_USER, c.request().caller());
                    set(m, SipxConstants.CALLED_USER, c.request().callee());
                }).ids(m -> {
                    JsonNode n = Json.MAPPER.valueToTree(m.getBody());
                    String id = sipxCallId(text(n, "agent"), text(n, "callingUser"), text(n, "calledUser"));
                    return new Ids(id, null, id);
                }));
        v.map(new Mapping(blind_transfer, "transfer", "callId (agent:calling:called) -> agent, calling and called"
                + " user, target -> target (calls placed with sipMethod INVITE)", CALL_ID, TARGET).headers((c, m) -> {
                    String[] key = c.request().callId().split(":", 3);
                    if (key.length == 3) {
                        m.setHeader(SipxConstants.AGENT, key[0]);
                        m.setHeader(SipxConstants.CALLING_USER, key[1]);
                        m.setHeader(SipxConstants.CALLED_USER, key[2]);
                    }
                    set(m, SipxConstants.TARGET, c.request().target());
                }));
        return v;
    }

    // ---- sip-native -----------------------------------------------------------------------------------------

    /** A fresh SIP Call-ID for the first party's INVITE of a sip-native originate: the call id is known at once. */
    static String newSipCallId() {
        return UUID.randomUUID() + "@callcontrol";
    }

    private static Vendor sipNative() {
        Vendor v = new Vendor("sip-native", SipNativeEndpoint.class, SipNativeConstants.OPERATION,
                OutcomeSource.TRANSACTION);
        v.map(new Mapping(originate, "originate", "caller -> first party, callee -> second party (RFC 3725 third"
                + " party call); callId = the first party's Call-ID (= its dialog id), chosen before sending,"
                + " vendorCallId = the second party's dialog id", CALLER, CALLEE).headers((c, m) -> {
                    set(m, SipNativeConstants.FIRST_PARTY, c.request().caller());
                    set(m, SipNativeConstants.SECOND_PARTY, c.request().callee());
                }).ids(m -> new Ids(m.getHeader(SipNativeConstants.DIALOG_ID, String.class),
                        m.getHeader(SipNativeConstants.SECOND_DIALOG_ID, String.class), null)));
        v.map(new Mapping(hangup, "hangup", "callId -> dialog id (BYE, or CANCEL while it rings)", CALL_ID)
                .headers(VendorMappings::sipDialog));
        v.map(new Mapping(hold, "hold", "callId -> dialog id (remote-control NOTIFY Event: hold)", CALL_ID)
                .headers(VendorMappings::sipDialog));
        v.map(new Mapping(unhold, "talk", "callId -> dialog id (remote-control NOTIFY Event: talk)", CALL_ID)
                .headers(VendorMappings::sipDialog));
        v.map(new Mapping(blind_transfer, "transfer", "callId -> dialog id, target -> REFER target", CALL_ID, TARGET)
                .headers((c, m) -> {
                    sipDialog(c, m);
                    set(m, SipNativeConstants.TARGET, c.request().target());
                }));
        v.map(new Mapping(send_dtmf, "send_dtmf", "callId -> dialog id, digits -> INFO dtmf-relay", CALL_ID, DIGITS)
                .headers((c, m) -> {
                    sipDialog(c, m);
                    set(m, SipNativeConstants.DIGITS, c.request().digits());
                }));
        return v;
    }

    private static void sipDialog(Call c, Message m) {
        set(m, SipNativeConstants.DIALOG_ID, c.request().callId());
    }

    /** One neutral field of a request by its name (null for an unknown name). */
    static String field(CallControlRequest r, String name) {
        return switch (name) {
            case CALLER -> r.caller();
            case CALLEE -> r.callee();
            case CALL_ID -> r.callId();
            case OTHER_CALL_ID -> r.otherCallId();
            case TARGET -> r.target();
            case PARTY -> r.party();
            case DIGITS -> r.digits();
            default -> null;
        };
    }

    /** The neutral fields of a request by name (for validation messages). */
    static Map<String, Object> fields(CallControlRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(CALLER, r.caller());
        m.put(CALLEE, r.callee());
        m.put(CALL_ID, r.callId());
        m.put(OTHER_CALL_ID, r.otherCallId());
        m.put(TARGET, r.target());
        m.put(PARTY, r.party());
        m.put(DIGITS, r.digits());
        return m;
    }
}
