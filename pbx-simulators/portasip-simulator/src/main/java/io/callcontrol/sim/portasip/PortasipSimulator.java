package io.callcontrol.sim.portasip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorMain;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;

/**
 * PortaSIP Call Control API simulator: JSON-RPC over a WebSocket on {@code /ws} (and {@code /ws/CallControl}),
 * written from the "Call control API" chapter of the PortaSIP Media and Call Control API document.
 * <ul>
 * <li>{@code Session.login} answers a session ID; every other request needs {@code auth_info} with a valid
 * {@code session_id} (or login and password). The {@code cseq} of a request is echoed in its response; a request
 * without {@code cseq} gets no response.</li>
 * <li>Every CallControl method, the documented errors ({@code sip.*}, {@code internal_error}) as
 * {@code {"cseq":..,"success":0,"error":{"code","message","details"}}}.</li>
 * <li>Call state machines that push {@code sip.call_control_notifications} to the connections subscribed with
 * {@code enable_api_notifications} (by i_account, i_customer, i_main_office or i_ivr_an), on the {@link SimClock},
 * and POST SIPCallInfo to the {@code state_callback} URL of originated calls, filtered by
 * {@code state_callback_events} (default {@code terminated}).</li>
 * <li>Test commands: {@link #dropConnections()}, {@link #expireSessions()}, {@link #forgetSessions()},
 * {@link #setSessionsNeverValid(boolean)}, {@link #setLoginFailure(String, String)}, {@link #setResponseDelay(Duration)},
 * {@link #setResponseJitter(int)}, {@link #setSilent(boolean)}, {@link #failNext(String, String, String)},
 * {@link #disableMethod(String)}, {@link #disableConferencing(String)}, {@link #rejectConnections(boolean)},
 * and call scenarios ({@link #incomingCall}, {@link #ivrCall}, {@link #queueCall}, {@link #pressDigits}, and
 * {@link #calleeBehaviour(String, CalleeBehaviour)} for originated calls whose callee is busy, declines or does not
 * answer).</li>
 * </ul>
 * Directory: accounts {@code 123001}..{@code 123020} have {@code i_account} 10001..10020 and belong to the PBX
 * {@code i_customer} 30 (main office 30); the IVR access number {@code 4567890} has {@code i_ivr_an} 7 and
 * {@code *51} has 51. Credentials: {@value #LOGIN} / {@value #PASSWORD}.
 */
public class PortasipSimulator extends SimulatorServer {

    public static final String LOGIN = "demo";
    public static final String PASSWORD = "p@ssw0rd";
    public static final String EVENT = "sip.call_control_notifications";
    public static final long CUSTOMER = 30;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** Simulated seconds between the steps of a call scenario. */
    public static final Duration ANSWER_DELAY = Duration.ofSeconds(3);
    /** Simulated length of one prompt playback. */
    public static final Duration PROMPT_LENGTH = Duration.ofSeconds(2);
    /** Default simulated ring time after which a {@link CalleeBehaviour#NO_ANSWER} callee's leg ends. */
    public static final Duration NO_ANSWER_TIMEOUT = Duration.ofSeconds(30);

    /**
     * What the called party (leg B of originate_advanced_call) does. The document gives {@code reason} (string,
     * "the reason for terminated or not established calls") and {@code reason_code} (int, "the code of the reason
     * the calls ended") on the terminated state but no values for these cases: the simulator sends the SIP final
     * status as {@code reason_code} and its reason phrase as {@code reason} (the reading camel-portasip documents).
     */
    public enum CalleeBehaviour {
        /** Leg B connects after the answer delay (default). */
        ANSWER(null, null),
        /** Leg B ends at once with reason_code 486, reason "Busy Here"; then leg A ends the same way. */
        BUSY(486, "Busy Here"),
        /** Leg B rings, then ends with reason_code 603, reason "Decline"; then leg A ends the same way. */
        REJECT(603, "Decline"),
        /**
         * Leg B rings for the no-answer timeout, then ends with reason_code 480, reason "Temporarily Unavailable";
         * then leg A ends the same way.
         */
        NO_ANSWER(480, "Temporarily Unavailable");

        /** The reason_code of the terminated notification (a SIP status), null for ANSWER. */
        public final Integer reasonCode;
        /** The reason of the terminated notification, null for ANSWER. */
        public final String reason;

        CalleeBehaviour(Integer reasonCode, String reason) {
            this.reasonCode = reasonCode;
            this.reason = reason;
        }
    }

    private record Account(String id, long iAccount, long iCustomer) {
    }

    private static final class Conn {
        final ServerWebSocket ws;
        final Set<String> subscriptions = ConcurrentHashMap.newKeySet();

        Conn(ServerWebSocket ws) {
            this.ws = ws;
        }
    }

    private final class Leg {
        final String id;
        final String tag;
        ObjectNode caller;
        ObjectNode callee;
        String type;
        String state;
        String trackingId;
        String previousTrackingId;
        Instant start;
        Instant connect;
        Long iAccount;
        Long iCustomer;
        Long iIvrAn;
        String stateCallback;
        List<String> callbackEvents;
        boolean dtmf;
        final Map<Integer, Integer> promptGeneration = new HashMap<>();
        ObjectNode queueInfo;
        Integer transferSuccess;

        Leg(String id, String tag) {
            this.id = id;
            this.tag = tag;
        }

        String key() {
            return id + "|" + tag;
        }

        void owner(String number) {
            Account a = accounts.get(number);
            if (a != null) {
                iAccount = a.iAccount;
                iCustomer = a.iCustomer;
            }
        }
    }

    private static final class Participant {
        int id;
        String callerId;
        String calleeId;
        Boolean moderator = Boolean.FALSE;
        Boolean mute = Boolean.FALSE;
        Boolean hold = Boolean.FALSE;
        Instant join;
        Instant leave;
    }

    private static final class Conference {
        String name;
        String ownerId;
        long iCustomer;
        String callId;
        String tag;
        String trackingId;
        Instant start;
        final List<Participant> participants = new ArrayList<>();
        int nextId = 1;
    }

    // ---- state (guarded by this) ------------------------------------------------------------------------
    private final Map<String, Account> accounts = new HashMap<>();
    private final Map<String, Long> ivrAccessNumbers = new HashMap<>();
    private final Map<String, String> credentials = new HashMap<>();
    private final Set<String> sessions = ConcurrentHashMap.newKeySet();
    private final Map<ServerWebSocket, Conn> conns = new ConcurrentHashMap<>();
    private final Map<String, Leg> legs = new LinkedHashMap<>();
    private final Map<String, Conference> conferences = new LinkedHashMap<>();
    private final Map<String, ObjectNode> injectedErrors = new HashMap<>();
    private final Set<String> disabledMethods = new HashSet<>();
    private final Set<String> conferencingDisabled = new HashSet<>();
    private final Set<String> noAutoAnswer = new HashSet<>();
    private final Map<String, CalleeBehaviour> behaviours = new HashMap<>();
    private volatile Duration noAnswerTimeout = NO_ANSWER_TIMEOUT;
    private final List<Integer> callbackStatuses = new CopyOnWriteArrayList<>();
    private final List<JsonNode> notificationsSent = new CopyOnWriteArrayList<>();

    private final AtomicInteger epoch = new AtomicInteger();
    private final AtomicInteger logins = new AtomicInteger();
    private final AtomicInteger enableRequests = new AtomicInteger();
    private final AtomicInteger disableRequests = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile long responseDelayMs;
    private volatile int responseJitterMs;
    private volatile boolean silent;
    private volatile boolean rejectConnections;
    /** Unknown session_ids answered as PortaSIP does: internal_error "Session is not valid" (vs. check_auth). */
    private volatile boolean realInvalidSessionAnswer;
    /** Every session_id is unknown, even one just logged in. */
    private volatile boolean sessionsNeverValid;
    private volatile ObjectNode loginFailure;

    public PortasipSimulator(SimClock clock, String host, int port) {
        super(clock, host, port);
        initDirectory();
    }

    public PortasipSimulator() {
        super();
        initDirectory();
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args, PortasipSimulator::new);
    }

    private synchronized void initDirectory() {
        accounts.clear();
        for (int i = 1; i <= 20; i++) {
            String id = String.format("1230%02d", i);
            accounts.put(id, new Account(id, 10000 + i, CUSTOMER));
        }
        ivrAccessNumbers.clear();
        ivrAccessNumbers.put("4567890", 7L);
        ivrAccessNumbers.put("*51", 51L);
        credentials.clear();
        credentials.put(LOGIN, PASSWORD);
    }

    @Override
    protected void configure(Router router) {
        // WebSocket only
    }

    @Override
    protected boolean acceptsWebSocket(String path) {
        return "/ws".equals(path) || "/ws/".equals(path) || "/ws/CallControl".equals(path);
    }

    @Override
    protected void onWebSocket(ServerWebSocket ws) {
        if (rejectConnections) {
            ws.close((short) 1013, "try again later");
            return;
        }
        connections.incrementAndGet();
        Conn conn = new Conn(ws);
        conns.put(ws, conn);
        ws.closeHandler(v -> conns.remove(ws));
        ws.exceptionHandler(e -> log.debug("WebSocket error", e));
    }

    @Override
    protected void onWebSocketText(ServerWebSocket ws, String text) {
        Conn conn = conns.get(ws);
        if (conn == null) {
            return;
        }
        JsonNode req;
        try {
            req = JSON.readTree(text);
        } catch (Exception e) {
            log.debug("Malformed request ignored: {}", text);
            return;
        }
        if (!(req instanceof ObjectNode o)) {
            return;
        }
        ObjectNode response;
        try {
            response = handle(conn, o);
        } catch (RuntimeException e) {
            log.warn("Simulator failure", e);
            response = error("internal_error", "Internal server error", String.valueOf(e));
        }
        JsonNode cseq = o.get("cseq");
        if (cseq == null || cseq.isNull() || response == null || silent) {
            return;
        }
        ObjectNode out = F.objectNode();
        out.set("cseq", cseq);
        out.setAll(response);
        send(conn, out, true);
    }

    private void send(Conn conn, JsonNode message, boolean isResponse) {
        String text = message.toString();
        long delay = isResponse ? responseDelayMs + (responseJitterMs > 0 ? ThreadLocalRandom.current().nextInt(responseJitterMs + 1) : 0) : 0;
        if (delay > 0) {
            vertx().setTimer(delay, t -> conn.ws.writeTextMessage(text));
        } else if (!conn.ws.isClosed()) {
            conn.ws.writeTextMessage(text);
        }
    }

    // ---- dispatch ---------------------------------------------------------------------------------------

    private ObjectNode handle(Conn conn, ObjectNode req) {
        String service = text(req, "service");
        String method = text(req, "method");
        JsonNode params = req.get("params");
        ObjectNode p = params instanceof ObjectNode op ? op : F.objectNode();
        if ("Session".equals(service)) {
            return session(method, p);
        }
        if (!authenticated(req.get("auth_info"))) {
            if (realInvalidSessionAnswer || sessionsNeverValid) {
                return error("internal_error", "Session is not valid", "session_id "
                        + text(req.path("auth_info"), "session_id"));
            }
            return error("Server.Session.check_auth.auth_failed", "Authentication failed",
                    "the session is not valid or has expired");
        }
        // Appendix B of the document sends enable/disable_api_notifications with service "Customer"
        if (!"CallControl".equals(service) && !("Customer".equals(service) && method != null
                && method.endsWith("_api_notifications"))) {
            return error("sip.unsupported_method", "Unsupported method", "unknown service " + service);
        }
        synchronized (this) {
            ObjectNode injected = injectedErrors.remove(method);
            if (injected != null) {
                return injected.deepCopy();
            }
            if (method != null && disabledMethods.contains(method)) {
                return error("sip.call_control_disabled", "Disabled", "the method " + method + " is disabled");
            }
        }
        if (method == null) {
            return error("sip.unsupported_method", "Unsupported method", "no method");
        }
        return switch (method) {
            case "enable_api_notifications" -> subscribe(conn, p, true);
            case "disable_api_notifications" -> subscribe(conn, p, false);
            case "get_sip_calls_list" -> callsList(p);
            case "originate_advanced_call" -> originate(p);
            case "answer_call" -> answer(p);
            case "terminate_call" -> terminate(p);
            case "hold_call" -> hold(p, true);
            case "unhold_call" -> hold(p, false);
            case "transfer_call" -> transfer(p);
            case "join_calls" -> join(p);
            case "play_prompt" -> playPrompt(p);
            case "stop_play_prompt" -> stopPlayPrompt(p);
            case "start_dtmf_detect" -> dtmf(p, true);
            case "stop_dtmf_detect" -> dtmf(p, false);
            case "ring_call" -> ivrState(p, "ringing");
            case "progress_call" -> ivrState(p, "early");
            case "join_on_spot_conference" -> joinConference(p);
            case "convert_to_on_spot_conference" -> convertConference(p);
            case "get_on_spot_conference_list" -> conferenceList(p);
            case "get_on_spot_conference_participant_list" -> participantList(p);
            case "update_on_spot_conference_participant" -> updateParticipant(p);
            case "delete_on_spot_conference_participant" -> deleteParticipant(p);
            default -> error("sip.unsupported_method", "Unsupported method", method);
        };
    }

    private ObjectNode session(String method, ObjectNode p) {
        if ("login".equals(method)) {
            String login = text(p, "login");
            String password = text(p, "password");
            boolean ok;
            synchronized (this) {
                ok = login != null && password != null && password.equals(credentials.get(login));
            }
            if (!ok) {
                ObjectNode custom = loginFailure;
                return custom != null ? custom.deepCopy()
                        : error("Server.Session.auth_failed", "Login failed", "wrong login or password");
            }
            logins.incrementAndGet();
            String sid = UUID.randomUUID().toString().replace("-", "");
            sessions.add(sid);
            ObjectNode r = F.objectNode();
            r.put("session_id", sid);
            return result(r);
        }
        if ("logout".equals(method)) {
            return ok();
        }
        return error("sip.unsupported_method", "Unsupported method", method);
    }

    private boolean authenticated(JsonNode auth) {
        if (auth == null || !auth.isObject()) {
            return false;
        }
        String sid = text(auth, "session_id");
        if (sid != null) {
            return !sessionsNeverValid && sessions.contains(sid);
        }
        String login = text(auth, "login");
        String password = text(auth, "password");
        synchronized (this) {
            return login != null && password != null && password.equals(credentials.get(login));
        }
    }

    // ---- subscriptions ----------------------------------------------------------------------------------

    private static final String[] KEYS = {"i_account", "i_customer", "i_main_office", "i_ivr_an"};

    private ObjectNode subscribe(Conn conn, ObjectNode p, boolean enable) {
        String event = text(p, "event");
        if (event != null && !EVENT.equals(event)) {
            return error("sip.wrong_parameters", "Bad parameters", "unknown event " + event);
        }
        List<String> keys = new ArrayList<>();
        for (String k : KEYS) {
            if (p.hasNonNull(k)) {
                keys.add(k + ":" + p.get(k).asText());
            }
        }
        if (keys.isEmpty()) {
            return error("sip.wrong_parameters", "Bad parameters",
                    "one of i_account, i_customer, i_main_office, i_ivr_an is required");
        }
        if (enable) {
            enableRequests.incrementAndGet();
            conn.subscriptions.addAll(keys);
        } else {
            disableRequests.incrementAndGet();
            conn.subscriptions.removeAll(keys);
        }
        return ok();
    }

    // ---- calls ------------------------------------------------------------------------------------------

    private ObjectNode callsList(ObjectNode p) {
        Set<String> keys = new HashSet<>();
        for (String k : KEYS) {
            if (p.hasNonNull(k)) {
                keys.add(k + ":" + p.get(k).asText());
            }
        }
        if (keys.isEmpty()) {
            return error("sip.wrong_parameters", "Bad parameters",
                    "one of i_account, i_customer, i_main_office, i_ivr_an is required");
        }
        ArrayNode list = F.arrayNode();
        synchronized (this) {
            for (Leg leg : legs.values()) {
                if (!"terminated".equals(leg.state) && matches(leg, keys)) {
                    list.add(callInfo(leg, null));
                }
            }
        }
        ObjectNode r = F.objectNode();
        r.set("calls_list", list);
        return result(r);
    }

    private ObjectNode originate(ObjectNode p) {
        List<String> missing = missing(p, "bill_id", "caller_id", "callee_id");
        if (!missing.isEmpty()) {
            return wrongParameters("missing " + String.join(", ", missing));
        }
        if (p.has("state_callback_events") && !p.hasNonNull("state_callback")) {
            return wrongParameters("state_callback is mandatory when state_callback_events is present");
        }
        List<String> events = new ArrayList<>();
        if (p.get("state_callback_events") instanceof ArrayNode arr) {
            for (JsonNode e : arr) {
                String ev = e.asText();
                if (!Set.of("trying", "ringing", "early", "connected", "terminated", "held", "holding", "queued",
                        "dequeued").contains(ev)) {
                    return wrongParameters("unknown state_callback_events value " + ev);
                }
                events.add(ev);
            }
        }
        if (events.isEmpty()) {
            events.add("terminated");
        }
        String callerId = text(p, "caller_id");
        String calleeId = text(p, "callee_id");
        String callId = newCallId();
        String tracking = UUID.randomUUID().toString();
        Leg a;
        Leg b;
        boolean calleeAnswers;
        CalleeBehaviour behaviour;
        synchronized (this) {
            a = new Leg(callId, newTag() + ".o");
            a.caller = party(callerId);
            a.callee = party(calleeId);
            a.type = "outgoing";
            a.trackingId = tracking;
            a.owner(callerId);
            a.stateCallback = text(p, "state_callback");
            a.callbackEvents = events;
            b = new Leg(callId + "~1o", newTag() + ".o");
            b.caller = party(callerId);
            b.callee = party(calleeId);
            b.type = "incoming";
            b.trackingId = tracking;
            b.owner(calleeId);
            b.stateCallback = a.stateCallback;
            b.callbackEvents = events;
            calleeAnswers = !noAutoAnswer.contains(calleeId);
            behaviour = behaviours.getOrDefault(calleeId, CalleeBehaviour.ANSWER);
        }
        later(Duration.ZERO, () -> change(a, "trying"));
        later(ANSWER_DELAY, () -> change(a, "connected"));
        later(ANSWER_DELAY.plusSeconds(1), () -> change(b, "trying"));
        if (behaviour != CalleeBehaviour.ANSWER) {
            Duration end = switch (behaviour) {
                case BUSY -> ANSWER_DELAY.plusSeconds(2);
                case REJECT -> ANSWER_DELAY.multipliedBy(2).plusSeconds(2);
                default -> ANSWER_DELAY.plusSeconds(2).plus(noAnswerTimeout);
            };
            if (behaviour != CalleeBehaviour.BUSY) {
                later(ANSWER_DELAY.plusSeconds(2), () -> change(b, "ringing"));
            }
            later(end, () -> {
                terminateLeg(b, behaviour.reason, behaviour.reasonCode);
                terminateLeg(a, behaviour.reason, behaviour.reasonCode);
            });
        } else if (calleeAnswers) {
            later(ANSWER_DELAY.multipliedBy(2).plusSeconds(1), () -> change(b, "connected"));
        } else {
            later(ANSWER_DELAY.plusSeconds(2), () -> change(b, "ringing"));
        }
        ObjectNode r = F.objectNode();
        r.putObject("call").put("id", callId);
        r.put("tracking_id", tracking);
        r.put("success", 1);
        return result(r);
    }

    private ObjectNode answer(ObjectNode p) {
        String mode = text(p, "callee_answer_mode");
        if (mode != null && !mode.equalsIgnoreCase("notify") && !mode.equalsIgnoreCase("reconnect")) {
            return wrongParameters("unknown callee_answer_mode " + mode);
        }
        Leg leg;
        synchronized (this) {
            leg = leg(p.get("call"));
        }
        if (leg == null) {
            return notFound(p.get("call"));
        }
        later(Duration.ZERO, () -> {
            change(leg, "connected");
            for (Leg peer : peers(leg)) {
                change(peer, "connected");
            }
        });
        return ok();
    }

    private ObjectNode terminate(ObjectNode p) {
        Leg leg;
        synchronized (this) {
            leg = leg(p.get("call"));
        }
        if (leg == null) {
            return notFound(p.get("call"));
        }
        later(Duration.ZERO, () -> {
            terminateLeg(leg, "Call terminated by API");
            for (Leg peer : peers(leg)) {
                terminateLeg(peer, "Call terminated by API");
            }
        });
        return ok();
    }

    private ObjectNode hold(ObjectNode p, boolean hold) {
        Leg leg;
        synchronized (this) {
            leg = leg(p.get("call"));
        }
        if (leg == null) {
            return notFound(p.get("call"));
        }
        later(Duration.ZERO, () -> {
            change(leg, hold ? "holding" : "connected");
            for (Leg peer : peers(leg)) {
                change(peer, hold ? "held" : "connected");
            }
        });
        return ok();
    }

    private ObjectNode transfer(ObjectNode p) {
        String cld = text(p, "cld");
        if (cld == null) {
            return wrongParameters("missing cld");
        }
        JsonNode headers = p.get("sip_headers");
        if (headers != null && !headers.isNull()) {
            for (JsonNode h : headers.isArray() ? headers : F.arrayNode().add(headers)) {
                if (text(h, "name") == null) {
                    return wrongParameters("sip_headers entries need a name");
                }
            }
        }
        Leg transferor;
        List<Leg> transferees;
        Leg target;
        synchronized (this) {
            transferor = leg(p.get("call"));
            if (transferor == null) {
                return notFound(p.get("call"));
            }
            transferees = peers(transferor);
            ObjectNode transfereeParty = transferees.isEmpty() ? transferor.caller : ownParty(transferees.get(0));
            target = new Leg(transferor.id, newTag() + ".o");
            target.caller = transfereeParty.deepCopy();
            target.callee = party(cld);
            target.type = "incoming";
            target.trackingId = transferor.trackingId;
            target.owner(cld);
        }
        later(Duration.ZERO, () -> {
            terminateLeg(transferor, "blind transfer");
            change(target, "trying");
        });
        later(ANSWER_DELAY, () -> {
            change(target, "connected");
            for (Leg t : transferees) {
                synchronized (this) {
                    if ("outgoing".equals(t.type)) {
                        t.callee = party(cld);
                    } else {
                        t.caller = party(cld);
                    }
                    t.transferSuccess = 1;
                }
                change(t, "connected");
            }
        });
        return ok();
    }

    private ObjectNode join(ObjectNode p) {
        Leg first;
        Leg second;
        synchronized (this) {
            first = leg(p.get("call"));
            second = leg(p.get("to_call"));
        }
        if (first == null) {
            return notFound(p.get("call"));
        }
        if (second == null) {
            return notFound(p.get("to_call"));
        }
        List<Leg> remainingA = peers(first);
        List<Leg> remainingB = peers(second);
        String tracking = UUID.randomUUID().toString();
        later(Duration.ZERO, () -> {
            terminateLeg(first, "attended transfer");
            terminateLeg(second, "attended transfer");
            synchronized (this) {
                for (Leg a : remainingA) {
                    for (Leg b : remainingB) {
                        replaceRemote(a, ownParty(b));
                        replaceRemote(b, ownParty(a));
                    }
                }
            }
            List<Leg> all = new ArrayList<>(remainingA);
            all.addAll(remainingB);
            for (Leg l : all) {
                synchronized (this) {
                    l.previousTrackingId = l.trackingId;
                    l.trackingId = tracking;
                    l.transferSuccess = 1;
                }
                change(l, "connected");
            }
        });
        return ok();
    }

    private void replaceRemote(Leg leg, ObjectNode party) {
        if ("outgoing".equals(leg.type)) {
            leg.callee = party.deepCopy();
        } else {
            leg.caller = party.deepCopy();
        }
    }

    private static ObjectNode ownParty(Leg leg) {
        return "outgoing".equals(leg.type) ? leg.caller : leg.callee;
    }

    // ---- IVR --------------------------------------------------------------------------------------------

    private ObjectNode playPrompt(ObjectNode p) {
        String url = text(p, "url");
        if (url == null) {
            return wrongParameters("missing url");
        }
        int order = p.hasNonNull("order") ? p.get("order").asInt() : 2;
        int repeat = p.hasNonNull("repeat") ? p.get("repeat").asInt() : 1;
        if (order != 2 && order != 3) {
            return wrongParameters("order must be 2 or 3");
        }
        if (repeat == 0 || repeat < -1) {
            return wrongParameters("repeat must be -1 or positive");
        }
        Leg leg;
        int generation;
        synchronized (this) {
            leg = leg(p.get("call"));
            if (leg == null) {
                return notFound(p.get("call"));
            }
            generation = leg.promptGeneration.merge(order, 1, Integer::sum);
        }
        if (repeat > 0) {
            later(PROMPT_LENGTH.multipliedBy(repeat), () -> {
                synchronized (this) {
                    if (leg.promptGeneration.getOrDefault(order, 0) != generation || "terminated".equals(leg.state)) {
                        return;
                    }
                }
                ObjectNode extra = F.objectNode();
                extra.put("event", "play_prompt_completed");
                extra.put("order", order);
                notifyLeg(leg, extra);
            });
        }
        return ok();
    }

    private ObjectNode stopPlayPrompt(ObjectNode p) {
        int order = p.hasNonNull("order") ? p.get("order").asInt() : 2;
        if (order != 2 && order != 3) {
            return wrongParameters("order must be 2 or 3");
        }
        synchronized (this) {
            Leg leg = leg(p.get("call"));
            if (leg == null) {
                return notFound(p.get("call"));
            }
            leg.promptGeneration.merge(order, 1, Integer::sum);
        }
        return ok();
    }

    private ObjectNode dtmf(ObjectNode p, boolean on) {
        synchronized (this) {
            Leg leg = leg(p.get("call"));
            if (leg == null) {
                return notFound(p.get("call"));
            }
            leg.dtmf = on;
        }
        return ok();
    }

    private ObjectNode ivrState(ObjectNode p, String state) {
        Leg leg;
        synchronized (this) {
            leg = leg(p.get("call"));
        }
        if (leg == null) {
            return notFound(p.get("call"));
        }
        later(Duration.ZERO, () -> change(leg, state));
        return ok();
    }

    // ---- conferences ------------------------------------------------------------------------------------

    private ObjectNode joinConference(ObjectNode p) {
        JsonNode ci = p.path("conference_info");
        JsonNode call = p.path("call_info");
        JsonNode pi = p.path("participant_info");
        String name = text(ci, "name");
        String owner = text(ci, "owner_id") != null ? text(ci, "owner_id") : text(call, "sip_auth_username");
        if (name == null || owner == null) {
            return wrongParameters("conference_info.name and conference_info.owner_id are required");
        }
        if (name.length() > 64) {
            return wrongParameters("conference_info.name is longer than 64 characters");
        }
        Conference conf;
        boolean created = false;
        Participant part = new Participant();
        synchronized (this) {
            if (conferencingDisabled.contains(owner)) {
                return error("sip.service_not_enabled", "The service is not enabled",
                        "the conferencing service is not enabled for " + owner);
            }
            String key = owner + "|" + name.trim();
            conf = conferences.get(key);
            if (conf == null) {
                conf = newConference(name.trim(), owner);
                conferences.put(key, conf);
                created = true;
            }
            part.id = conf.nextId++;
            part.callerId = text(call, "caller_id");
            part.calleeId = text(call, "callee_id");
            applyFlags(part, pi);
            part.join = clock().now();
            conf.participants.add(part);
        }
        Conference c = conf;
        boolean announce = created;
        later(Duration.ZERO, () -> {
            if (announce) {
                notifyConference(c, "started");
            }
            notifyParticipant(c, part);
        });
        // the document's example answers success and call at the top level, without "result"
        ObjectNode r = F.objectNode();
        r.put("success", 1);
        r.putObject("call").put("id", conf.callId);
        return r;
    }

    private ObjectNode convertConference(ObjectNode p) {
        JsonNode ci = p.path("conference_info");
        String name = text(ci, "name");
        if (name == null) {
            return wrongParameters("conference_info.name is required");
        }
        Leg leg;
        Conference conf;
        Participant caller = new Participant();
        Participant callee = new Participant();
        synchronized (this) {
            leg = leg(p.get("call_info"));
            if (leg == null) {
                return notFound(p.get("call_info"));
            }
            String owner = text(ci, "owner_id") != null ? text(ci, "owner_id") : text(ownParty(leg), "id");
            if (conferencingDisabled.contains(owner)) {
                return error("sip.service_not_enabled", "The service is not enabled",
                        "the conferencing service is not enabled for " + owner);
            }
            conf = newConference(name.trim(), owner);
            conf.callId = leg.id;
            conf.tag = leg.tag;
            conferences.put(owner + "|" + conf.name, conf);
            caller.id = conf.nextId++;
            caller.callerId = text(leg.caller, "id");
            applyFlags(caller, p.path("caller"));
            caller.join = clock().now();
            callee.id = conf.nextId++;
            callee.calleeId = text(leg.callee, "id");
            applyFlags(callee, p.path("callee"));
            callee.join = clock().now();
            conf.participants.add(caller);
            conf.participants.add(callee);
        }
        Conference c = conf;
        later(Duration.ZERO, () -> {
            notifyConference(c, "started");
            notifyParticipant(c, caller);
            notifyParticipant(c, callee);
        });
        return ok();
    }

    private ObjectNode conferenceList(ObjectNode p) {
        JsonNode ci = p.path("conference_info");
        String name = text(ci, "name");
        String owner = text(ci, "owner_id");
        ArrayNode list = F.arrayNode();
        synchronized (this) {
            for (Conference c : conferences.values()) {
                if ((name == null || name.trim().equals(c.name)) && (owner == null || owner.trim().equals(c.ownerId))) {
                    ObjectNode o = list.addObject();
                    o.put("i_customer", c.iCustomer);
                    o.put("name", c.name);
                    o.put("owner_id", c.ownerId);
                }
            }
        }
        ObjectNode r = F.objectNode();
        r.set("conference_list", list);
        return result(r);
    }

    private ObjectNode participantList(ObjectNode p) {
        ArrayNode list = F.arrayNode();
        synchronized (this) {
            Conference c = conference(p.path("conference_info"));
            if (c == null) {
                return wrongParameters("no such conference");
            }
            for (Participant part : c.participants) {
                ObjectNode o = list.addObject();
                if (part.callerId != null) {
                    o.put("caller_id", part.callerId);
                }
                if (part.calleeId != null) {
                    o.put("callee_id", part.calleeId);
                }
                o.put("moderator", yn(part.moderator));
                o.put("participant_id", part.id);
                o.put("mute", yn(part.mute));
                o.put("hold", yn(part.hold));
                o.put("join_time", TS.format(part.join));
                if (part.leave != null) {
                    o.put("leave_time", TS.format(part.leave));
                }
            }
        }
        ObjectNode r = F.objectNode();
        r.set("participant_list", list);
        return result(r);
    }

    private ObjectNode updateParticipant(ObjectNode p) {
        Conference c;
        Participant part;
        synchronized (this) {
            c = conference(p.path("conference_info"));
            if (c == null) {
                return wrongParameters("no such conference");
            }
            part = participant(c, p.path("participant_info"));
            if (part == null) {
                return wrongParameters("no such participant_id");
            }
            applyFlags(part, p.path("participant_info"));
        }
        later(Duration.ZERO, () -> notifyParticipant(c, part));
        return ok();
    }

    private ObjectNode deleteParticipant(ObjectNode p) {
        Conference c;
        Participant part;
        boolean last;
        synchronized (this) {
            c = conference(p.path("conference_info"));
            if (c == null) {
                return wrongParameters("no such conference");
            }
            part = participant(c, p.path("participant_info"));
            if (part == null || part.leave != null) {
                return wrongParameters("no such participant_id");
            }
            part.leave = clock().now();
            last = c.participants.stream().allMatch(x -> x.leave != null);
            if (last) {
                conferences.values().remove(c);
            }
        }
        later(Duration.ZERO, () -> {
            notifyParticipant(c, part);
            if (last) {
                notifyConference(c, "terminated");
            }
        });
        return ok();
    }

    private Conference newConference(String name, String owner) {
        Conference c = new Conference();
        c.name = name;
        c.ownerId = owner;
        Account a = accounts.get(owner);
        c.iCustomer = a == null ? CUSTOMER : a.iCustomer;
        c.callId = newCallId();
        c.tag = String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000));
        c.trackingId = UUID.randomUUID().toString();
        c.start = clock().now();
        return c;
    }

    private Conference conference(JsonNode ci) {
        String name = text(ci, "name");
        String owner = text(ci, "owner_id");
        if (name == null) {
            return null;
        }
        for (Conference c : conferences.values()) {
            if (c.name.equals(name.trim()) && (owner == null || c.ownerId.equals(owner.trim()))) {
                return c;
            }
        }
        return null;
    }

    private static Participant participant(Conference c, JsonNode pi) {
        if (!pi.hasNonNull("participant_id")) {
            return null;
        }
        int id = pi.get("participant_id").asInt();
        for (Participant part : c.participants) {
            if (part.id == id) {
                return part;
            }
        }
        return null;
    }

    private static void applyFlags(Participant part, JsonNode pi) {
        if (pi.hasNonNull("moderator")) {
            part.moderator = flag(pi.get("moderator"));
        }
        if (pi.hasNonNull("mute")) {
            part.mute = flag(pi.get("mute"));
        }
        if (pi.hasNonNull("hold")) {
            part.hold = flag(pi.get("hold"));
        }
    }

    private static Boolean flag(JsonNode n) {
        String v = n.asText();
        if ("Y".equals(v)) {
            return true;
        }
        if ("N".equals(v)) {
            return false;
        }
        throw new IllegalArgumentException("flag must be Y or N, got " + v);
    }

    private void notifyConference(Conference c, String status) {
        ObjectNode info = F.objectNode();
        info.set("call", callId(c.callId, c.tag));
        info.put("conference_name", c.name);
        info.put("conference_owner_id", c.ownerId);
        info.put("event", "ConferenceInfo");
        info.put("start_time", TS.format(c.start));
        info.put("tracking_id", c.trackingId);
        info.put("status", status);
        ObjectNode result = F.objectNode();
        result.set("conference_info", info);
        deliver(conferenceKeys(c), result, null);
    }

    private void notifyParticipant(Conference c, Participant part) {
        ObjectNode info = F.objectNode();
        synchronized (this) {
            info.set("call", callId(c.callId, c.tag));
            info.put("conference_name", c.name);
            info.put("conference_owner_id", c.ownerId);
            info.put("event", "ParticipantInfo");
            info.put("hold", yn(part.hold));
            info.put("join_time", TS.format(part.join));
            if (part.leave == null) {
                info.putNull("leave_time");
            } else {
                info.put("leave_time", TS.format(part.leave));
            }
            info.put("moderator", yn(part.moderator));
            info.put("mute", yn(part.mute));
            info.put("participant_id", part.id);
            info.put("tracking_id", c.trackingId);
        }
        ObjectNode result = F.objectNode();
        result.set("participant_info", info);
        deliver(conferenceKeys(c), result, null);
    }

    private Set<String> conferenceKeys(Conference c) {
        Set<String> keys = new HashSet<>();
        Account a = accounts.get(c.ownerId);
        if (a != null) {
            keys.add("i_account:" + a.iAccount);
        }
        keys.add("i_customer:" + c.iCustomer);
        keys.add("i_main_office:" + c.iCustomer);
        return keys;
    }

    // ---- call scenarios (test commands) ------------------------------------------------------------------

    /**
     * An incoming call from {@code from} to the extension {@code to}: the caller's leg goes trying, then both
     * legs ring until {@code answer_call} (or terminate_call). Returns the call ID (the callee's leg is
     * {@link #legTag(String, String) legTag(callId, "incoming")}).
     */
    public String incomingCall(String from, String to) {
        String callId = newCallId();
        String tracking = UUID.randomUUID().toString();
        Leg out;
        Leg in;
        synchronized (this) {
            out = new Leg(callId, newTag() + "o1");
            out.caller = party(from);
            out.callee = party(to);
            out.type = "outgoing";
            out.trackingId = tracking;
            out.owner(from);
            in = new Leg(callId, newTag() + ".o");
            in.caller = party(from);
            in.callee = party(to);
            in.type = "incoming";
            in.trackingId = tracking;
            in.owner(to);
            legs.put(out.key(), out);
            legs.put(in.key(), in);
        }
        later(Duration.ZERO, () -> change(out, "trying"));
        later(Duration.ofSeconds(1), () -> {
            change(out, "ringing");
            change(in, "ringing");
        });
        return callId;
    }

    /** A call from {@code from} to an IVR access number: notified (trying) to the i_ivr_an subscribers. */
    public String ivrCall(String from, String accessNumber) {
        String callId = newCallId();
        Leg in;
        synchronized (this) {
            Long an = ivrAccessNumbers.get(accessNumber);
            if (an == null) {
                throw new IllegalArgumentException("unknown IVR access number " + accessNumber);
            }
            in = new Leg(callId, String.valueOf(100000 + ThreadLocalRandom.current().nextInt(900000)));
            in.caller = party(from);
            in.callee = F.objectNode().put("access_number", accessNumber);
            in.type = "incoming";
            in.trackingId = UUID.randomUUID().toString();
            in.iIvrAn = an;
            legs.put(in.key(), in);
        }
        later(Duration.ZERO, () -> change(in, "trying"));
        return callId;
    }

    /** A call from {@code from} placed on call queue {@code iCQueue} of the PBX (queued, with queue_info). */
    public String queueCall(String from, long iCQueue, int position, int operators) {
        String callId = newCallId();
        Leg in;
        synchronized (this) {
            in = new Leg(callId, newTag() + ".o");
            in.caller = party(from);
            in.callee = F.objectNode().put("id", "queue-" + iCQueue);
            in.type = "incoming";
            in.trackingId = UUID.randomUUID().toString();
            in.iCustomer = CUSTOMER;
            in.queueInfo = F.objectNode().put("i_c_queue", iCQueue).put("position", position).put("operators", operators);
            legs.put(in.key(), in);
        }
        later(Duration.ZERO, () -> change(in, "queued"));
        return callId;
    }

    /** Removes a queued call from its queue (dequeued, position 0). */
    public void dequeueCall(String callId) {
        Leg leg = findLeg(callId, null);
        synchronized (this) {
            leg.queueInfo.put("position", 0);
        }
        later(Duration.ZERO, () -> change(leg, "dequeued"));
    }

    /** The caller of an IVR (or any) call presses digits, 300 ms apart; reported only while detection is on. */
    public void pressDigits(String callId, String digits) {
        Leg leg = findLeg(callId, null);
        for (int i = 0; i < digits.length(); i++) {
            String d = String.valueOf(digits.charAt(i));
            if (!"0123456789*#".contains(d)) {
                throw new IllegalArgumentException("not a DTMF digit: " + d);
            }
            later(Duration.ofMillis(300L * i), () -> {
                synchronized (this) {
                    if (!leg.dtmf || "terminated".equals(leg.state)) {
                        return;
                    }
                }
                ObjectNode extra = F.objectNode();
                extra.put("digit", d);
                extra.put("dtmf_duration", 220);
                extra.put("event", "dtmf_digit_detected");
                notifyLeg(leg, extra);
            });
        }
    }

    /** Ends a call as if a party hung up (both legs terminated, reason "normal"), without any client request. */
    public void terminateForTest(String callId, String tag) {
        Leg leg = findLeg(callId, tag);
        later(Duration.ZERO, () -> {
            terminateLeg(leg, "normal");
            for (Leg peer : peers(leg)) {
                terminateLeg(peer, "normal");
            }
        });
    }

    /** The tag of the leg of a call with the given type ({@code incoming}/{@code outgoing}), the first one found. */
    public synchronized String legTag(String callId, String type) {
        for (Leg l : legs.values()) {
            if ((l.id.equals(callId)) && (type == null || type.equals(l.type)) && !"terminated".equals(l.state)) {
                return l.tag;
            }
        }
        throw new IllegalArgumentException("no " + type + " leg of " + callId);
    }

    /**
     * Test API: sends one {@code sip.call_control_notifications} update carrying this call_info to every connection
     * with a subscription, as the PBX would (for bursts and hand-made payloads; not recorded in notificationsSent).
     */
    public void notifyCallInfo(JsonNode callInfo) {
        ObjectNode result = F.objectNode();
        result.set("call_info", callInfo);
        ObjectNode n = F.objectNode();
        n.put("action", "update");
        n.put("event", EVENT);
        n.set("result", result);
        for (Conn conn : conns.values()) {
            if (!conn.subscriptions.isEmpty()) {
                send(conn, n, false);
            }
        }
    }

    /** Call info of every live leg (as get_sip_calls_list would list them). */
    public synchronized List<JsonNode> calls() {
        List<JsonNode> out = new ArrayList<>();
        for (Leg l : legs.values()) {
            out.add(callInfo(l, null));
        }
        return out;
    }

    private synchronized Leg findLeg(String callId, String tag) {
        for (Leg l : legs.values()) {
            if (l.id.equals(callId) && (tag == null || tag.equals(l.tag))) {
                return l;
            }
        }
        throw new IllegalArgumentException("no leg of call " + callId);
    }

    // ---- state changes and notifications ----------------------------------------------------------------

    /** Schedules a scenario step on the clock; steps scheduled before a {@link #reset()} never run. */
    private void later(Duration delay, Runnable step) {
        int at = epoch.get();
        clock().schedule(delay, () -> {
            if (epoch.get() == at) {
                step.run();
            }
        });
    }

    private void change(Leg leg, String state) {
        synchronized (this) {
            if ("terminated".equals(leg.state)) {
                return;
            }
            leg.state = state;
            Instant now = clock().now();
            if (Set.of("trying", "ringing", "early").contains(state) && leg.start == null) {
                leg.start = now;
            }
            if ("connected".equals(state) && leg.connect == null) {
                leg.connect = now;
            }
            legs.put(leg.key(), leg);
        }
        notifyLeg(leg, null);
    }

    private void terminateLeg(Leg leg, String reason) {
        terminateLeg(leg, reason, null);
    }

    private void terminateLeg(Leg leg, String reason, Integer reasonCode) {
        ObjectNode extra = F.objectNode();
        synchronized (this) {
            if ("terminated".equals(leg.state)) {
                return;
            }
            leg.state = "terminated";
            Instant now = clock().now();
            Instant from = leg.connect != null ? leg.connect : leg.start != null ? leg.start : now;
            extra.put("duration", Math.max(0, now.getEpochSecond() - from.getEpochSecond()));
            extra.put("reason", reason);
            if (reasonCode == null) {
                extra.putNull("reason_code");
            } else {
                extra.put("reason_code", reasonCode.intValue());
            }
            extra.put("terminate_time", TS.format(now));
            legs.remove(leg.key());
        }
        notifyLeg(leg, extra);
    }

    private void notifyLeg(Leg leg, ObjectNode extra) {
        ObjectNode info;
        Set<String> keys = new HashSet<>();
        synchronized (this) {
            info = callInfo(leg, extra);
            if (leg.iAccount != null) {
                keys.add("i_account:" + leg.iAccount);
            }
            if (leg.iCustomer != null) {
                keys.add("i_customer:" + leg.iCustomer);
                keys.add("i_main_office:" + leg.iCustomer);
            }
            if (leg.iIvrAn != null) {
                keys.add("i_ivr_an:" + leg.iIvrAn);
            }
        }
        ObjectNode result = F.objectNode();
        result.set("call_info", info);
        deliver(keys, result, leg);
    }

    private void deliver(Set<String> keys, ObjectNode result, Leg leg) {
        ObjectNode n = F.objectNode();
        n.put("action", "update");
        n.put("event", EVENT);
        n.set("result", result);
        notificationsSent.add(n);
        for (Conn conn : conns.values()) {
            for (String k : keys) {
                if (conn.subscriptions.contains(k)) {
                    send(conn, n, false);
                    break;
                }
            }
        }
        if (leg != null && leg.stateCallback != null && result.get("call_info") instanceof ObjectNode info
                && !info.has("event") && leg.callbackEvents.contains(info.path("state").asText())) {
            postCallback(leg.stateCallback, info, Map.of()).onComplete(ar -> {
                if (ar.succeeded()) {
                    callbackStatuses.add(ar.result());
                } else {
                    callbackStatuses.add(-1);
                    log.debug("state callback to {} failed", leg.stateCallback, ar.cause());
                }
            });
        }
    }

    private ObjectNode callInfo(Leg leg, ObjectNode extra) {
        ObjectNode o = F.objectNode();
        o.set("call", callId(leg.id, leg.tag));
        o.set("callee", leg.callee.deepCopy());
        o.set("caller", leg.caller.deepCopy());
        String state = leg.state == null ? "trying" : leg.state;
        if (Set.of("connected", "held", "holding").contains(state) && leg.connect != null) {
            o.put("connect_time", TS.format(leg.connect));
        }
        if (Set.of("trying", "ringing", "early").contains(state) && leg.start != null) {
            o.put("start_time", TS.format(leg.start));
        }
        if (Set.of("queued", "dequeued").contains(state) && leg.queueInfo != null) {
            o.set("queue_info", leg.queueInfo.deepCopy());
        }
        o.put("state", state);
        if (leg.transferSuccess != null && "connected".equals(state)) {
            o.put("transfer_success", leg.transferSuccess);
        }
        o.put("tracking_id", leg.trackingId);
        if (leg.previousTrackingId != null) {
            o.put("previous_tracking_id", leg.previousTrackingId);
        }
        o.put("type", leg.type);
        if (extra != null) {
            o.setAll(extra);
        }
        return o;
    }

    private ObjectNode party(String number) {
        ObjectNode o = F.objectNode();
        Account a = accounts.get(number);
        if (a != null) {
            o.put("account_id", a.id);
            o.put("centrex_id", String.valueOf(a.iCustomer));
        }
        o.put("display_id", number);
        o.putArray("forwarder_list");
        o.put("id", number);
        return o;
    }

    private List<Leg> peers(Leg leg) {
        List<Leg> out = new ArrayList<>();
        synchronized (this) {
            for (Leg l : legs.values()) {
                if (l != leg && l.trackingId.equals(leg.trackingId) && !"terminated".equals(l.state)) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    private Leg leg(JsonNode call) {
        if (call == null || !call.isObject()) {
            return null;
        }
        String id = text(call, "id");
        String tag = text(call, "tag");
        if (id == null) {
            return null;
        }
        if (tag != null) {
            return legs.get(id + "|" + tag);
        }
        for (Leg l : legs.values()) {
            if (l.id.equals(id)) {
                return l;
            }
        }
        return null;
    }

    private static boolean matches(Leg leg, Set<String> keys) {
        return leg.iAccount != null && keys.contains("i_account:" + leg.iAccount)
                || leg.iCustomer != null && (keys.contains("i_customer:" + leg.iCustomer)
                        || keys.contains("i_main_office:" + leg.iCustomer))
                || leg.iIvrAn != null && keys.contains("i_ivr_an:" + leg.iIvrAn);
    }

    // ---- JSON helpers -----------------------------------------------------------------------------------

    private static ObjectNode callId(String id, String tag) {
        ObjectNode o = F.objectNode();
        o.put("id", id);
        if (tag != null) {
            o.put("tag", tag);
        }
        return o;
    }

    private static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private static List<String> missing(JsonNode p, String... fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            if (text(p, f) == null) {
                out.add(f);
            }
        }
        return out;
    }

    private static String yn(Boolean b) {
        return Boolean.TRUE.equals(b) ? "Y" : "N";
    }

    private static ObjectNode ok() {
        return result(F.objectNode().put("success", 1));
    }

    private static ObjectNode result(ObjectNode r) {
        ObjectNode o = F.objectNode();
        o.set("result", r);
        o.put("success", 1);
        return o;
    }

    /** An error answer: {@code {"success":0,"error":{"code","message","details"}}} (cseq added by the caller). */
    public static ObjectNode error(String code, String message, String details) {
        ObjectNode o = F.objectNode();
        o.put("success", 0);
        ObjectNode e = o.putObject("error");
        e.put("code", code);
        e.put("message", message);
        if (details != null) {
            e.put("details", details);
        }
        return o;
    }

    private static ObjectNode wrongParameters(String details) {
        return error("sip.wrong_parameters", "Bad parameters", details);
    }

    private static ObjectNode notFound(JsonNode call) {
        return error("sip.call_not_found", "Not found", call == null ? "no call given" : call.toString());
    }

    private static String newCallId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format("%08x-%08x@127.0.0.1", r.nextInt(), r.nextInt());
    }

    private static String newTag() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Long.toString(r.nextLong() & Long.MAX_VALUE, 36);
    }

    // ---- test commands ----------------------------------------------------------------------------------

    /** Closes every WebSocket (the client sees a drop). */
    public void dropConnections() {
        for (Iterator<Conn> it = conns.values().iterator(); it.hasNext(); ) {
            Conn c = it.next();
            it.remove();
            c.ws.close((short) 1001, "going away");
        }
    }

    /** Forgets every session: the next request with an old session_id fails with an authentication error. */
    public void expireSessions() {
        sessions.clear();
    }

    /**
     * Forgets every session the way a PortaSIP server does after a restart or a session clean-up: the socket stays
     * up and every request with an old session_id is answered {@code internal_error} "Session is not valid" (until
     * the client logs in again).
     */
    public void forgetSessions() {
        realInvalidSessionAnswer = true;
        sessions.clear();
    }

    /** While true, no session_id is valid, not even one just logged in: "Session is not valid" forever. */
    public void setSessionsNeverValid(boolean never) {
        this.sessionsNeverValid = never;
    }

    /** A refused Session.login answers this error instead of {@code Server.Session.auth_failed} (null: the default). */
    public void setLoginFailure(String code, String message) {
        this.loginFailure = code == null ? null : error(code, message, "login refused");
    }

    /** Refuses new WebSocket connections (closes them at once) while true. */
    public void rejectConnections(boolean reject) {
        this.rejectConnections = reject;
    }

    /** Delays every response by this much (real time). */
    public void setResponseDelay(Duration delay) {
        this.responseDelayMs = delay.toMillis();
    }

    /** Delays every response by a random 0..maxMs (real time): responses come back out of order. */
    public void setResponseJitter(int maxMs) {
        this.responseJitterMs = maxMs;
    }

    /** Answers nothing while true (requests still take effect): for timeout tests. */
    public void setSilent(boolean silent) {
        this.silent = silent;
    }

    /** The next request of this method fails with this error code. */
    public synchronized void failNext(String method, String code, String message) {
        injectedErrors.put(method, error(code, message, "injected by the test"));
    }

    /** The method answers sip.call_control_disabled. */
    public synchronized void disableMethod(String method) {
        disabledMethods.add(method);
    }

    /** Conferences owned by this account answer sip.service_not_enabled. */
    public synchronized void disableConferencing(String accountId) {
        conferencingDisabled.add(accountId);
    }

    /**
     * What originate_advanced_call's leg B does when it calls this callee ({@link CalleeBehaviour#ANSWER} unless
     * set; {@link #reset()} forgets every setting).
     */
    public synchronized PortasipSimulator calleeBehaviour(String calleeId, CalleeBehaviour behaviour) {
        behaviours.put(calleeId, java.util.Objects.requireNonNull(behaviour, "behaviour"));
        return this;
    }

    /** How long a {@link CalleeBehaviour#NO_ANSWER} callee rings before its leg ends (simulated time). */
    public PortasipSimulator noAnswerTimeout(Duration timeout) {
        this.noAnswerTimeout = timeout;
        return this;
    }

    /** originate_advanced_call to this callee rings (leg B) without answering until answer_call. */
    public synchronized void noAutoAnswer(String calleeId) {
        noAutoAnswer.add(calleeId);
    }

    /** Adds login credentials. */
    public synchronized void addCredentials(String login, String password) {
        credentials.put(login, password);
    }

    /** Moves the manual clock (runs the call scenario steps that fall due). */
    public void advance(Duration by) {
        clock().advance(by);
    }

    public int loginCount() {
        return logins.get();
    }

    /** enable_api_notifications requests received since the last reset. */
    public int enableRequestCount() {
        return enableRequests.get();
    }

    /** disable_api_notifications requests received since the last reset. */
    public int disableRequestCount() {
        return disableRequests.get();
    }

    /** Subscriptions currently active, over every open connection. */
    public int activeSubscriptions() {
        return conns.values().stream().mapToInt(c -> c.subscriptions.size()).sum();
    }

    /** WebSocket connections accepted since the last reset. */
    public int connectionCount() {
        return connections.get();
    }

    public int openConnections() {
        return conns.size();
    }

    /** HTTP statuses the state-callback receivers answered (-1 for a failed POST). */
    public List<Integer> callbackStatuses() {
        return List.copyOf(callbackStatuses);
    }

    /** Every notification the simulator produced (whether or not anybody was subscribed). */
    public List<JsonNode> notificationsSent() {
        return List.copyOf(notificationsSent);
    }

    @Override
    public void reset() {
        super.reset();
        epoch.incrementAndGet();
        synchronized (this) {
            legs.clear();
            conferences.clear();
            injectedErrors.clear();
            disabledMethods.clear();
            conferencingDisabled.clear();
            noAutoAnswer.clear();
            behaviours.clear();
            initDirectory();
        }
        callbackStatuses.clear();
        notificationsSent.clear();
        logins.set(0);
        enableRequests.set(0);
        disableRequests.set(0);
        connections.set(0);
        responseDelayMs = 0;
        responseJitterMs = 0;
        silent = false;
        rejectConnections = false;
        realInvalidSessionAnswer = false;
        sessionsNeverValid = false;
        loginFailure = null;
        noAnswerTimeout = NO_ANSWER_TIMEOUT;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
