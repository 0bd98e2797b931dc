package io.callcontrol.sim.ucdialogs;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorMain;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Strict simulator of the Incoplax "calls" REST API with its custom HTTP verbs, in both scopes:
 * <ul>
 * <li>{@code /rest/v1/user/sip/calls} -- user scope: only dialogs in which one of the authorized user's SIP
 * accounts takes part are visible (others answer 404 "Dialog not found");</li>
 * <li>{@code /rest/v1/uc/calls} -- domain scope: every dialog of the domain.</li>
 * </ul>
 * Collection verbs: {@code GET} (list), {@code POST} (originate), {@code LOOKUP}. Item verbs on
 * {@code .../{dialogid}}: {@code GET}, {@code REFER}, {@code REFERREPLACES}, {@code SWITCHCONF}, {@code REFERCONF},
 * {@code NOTIFY}, {@code SEND_DTMF}, {@code SETUP_ASR}, {@code SETUP_RECORD}, {@code SETUP_BINDINGS},
 * {@code DELETE}. Any other verb answers 405. Errors are {@code {"error_code":N,"error_message":".."}}; the document
 * gives only 1413 "Dialog not found" (404), the other codes are the simulator's own: 1400 invalid parameters,
 * 1401 unauthorized, 1403 forbidden, 1405 method not allowed, 1409 dialog in the wrong state.
 * <p>
 * Dialogs move {@code forking -> active -> terminated} on the {@link SimClock}: a called party answers after
 * {@link #answerDelay()}. REFER, REFERREPLACES, SWITCHCONF and REFERCONF terminate the dialog(s) they act on and
 * create the new dialogs the document's flowcharts describe (new dialog ids, IVR call ids, conference ids).
 * <p>
 * The WebSocket Token-API is served on {@code /ws/token/v1} ({@code Authorization: Bearer}) and
 * {@code /ws/token/v1/<token>}; frames are JSON arrays {@code [command, object]}. Subscriptions
 * ({@code ["subscr",{"qid","id","class","expires"}]}) expire on the simulator clock unless renewed with the same
 * id; {@code expires:0} removes them. Events go out as
 * {@code ["event",{"id":<subscription id>,"class":"callevents","data":{..}}]}.
 */
public class UcDialogsSimulator extends SimulatorServer {

    public static final String USER_BASE = "/rest/v1/user/sip/calls";
    public static final String DOMAIN_BASE = "/rest/v1/uc/calls";
    public static final String WS_PATH = "/ws/token/v1";
    public static final String DOMAIN = "test.rootdomain.ru";
    /** Prefix of the conference featurecode (type {@code conf}) of the simulated domain. */
    public static final String CONF_FEATURECODE = "*99";

    /** alice owns sip1/11 and sip3/13. */
    public static final SimUser ALICE = new SimUser("alice", "alice-token", "alice-pass", List.of(
            new SimUser.Account("6f1c0e1a-0001-4b6e-9a51-000000000011", "sip1", "11"),
            new SimUser.Account("6f1c0e1a-0003-4b6e-9a51-000000000013", "sip3", "13")));
    /** bob owns sip2/12. */
    public static final SimUser BOB = new SimUser("bob", "bob-token", "bob-pass", List.of(
            new SimUser.Account("6f1c0e1a-0002-4b6e-9a51-000000000012", "sip2", "12")));

    static final Set<String> ITEM_VERBS = Set.of("GET", "REFER", "REFERREPLACES", "SWITCHCONF", "REFERCONF", "NOTIFY",
            "SEND_DTMF", "SETUP_ASR", "SETUP_RECORD", "SETUP_BINDINGS", "DELETE");
    static final Set<String> COLLECTION_VERBS = Set.of("GET", "POST", "LOOKUP");
    /** LOOKUP search keys in the document's priority order. */
    static final List<String> LOOKUP_KEYS = List.of("dialogid", "inviteid", "callid", "uri", "username", "sipuserid",
            "sipuserlogin", "sipuserphone");
    static final List<String> DIALOG_FIELDS = List.of("acallid", "callids", "dialogid", "esgdlg", "esgcallid",
            "inviteid", "status", "legs", "localuri", "remoteuri", "site", "startts", "uris", "opts");
    private static final Pattern NUMBER_WITH_DTMF = Pattern.compile("[^',\\s]+([',][0-9*#A-Da-d',]*)?");
    private static final Pattern DTMF = Pattern.compile("[0-9*#A-Da-d',]+");
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();
    private final Map<String, SimDialog> dialogs = new ConcurrentHashMap<>();
    private final Map<String, SimUser> users = new ConcurrentHashMap<>();
    private final Map<String, String> conferences = new ConcurrentHashMap<>();
    private final List<WsSession> sessions = new CopyOnWriteArrayList<>();
    private final List<Map<String, Object>> emittedEvents = new CopyOnWriteArrayList<>();
    private volatile Duration answerDelay = Duration.ofSeconds(2);

    public UcDialogsSimulator(SimClock clock, String host, int port) {
        super(clock, host, port);
        resetUsers();
    }

    public UcDialogsSimulator() {
        super();
        resetUsers();
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args, UcDialogsSimulator::new);
    }

    private void resetUsers() {
        users.clear();
        users.put(ALICE.name(), ALICE);
        users.put(BOB.name(), BOB);
    }

    @Override
    public void reset() {
        super.reset();
        dialogs.clear();
        conferences.clear();
        emittedEvents.clear();
        resetUsers();
        answerDelay = Duration.ofSeconds(2);
        for (WsSession s : sessions) {
            s.subscriptions.clear();
        }
    }

    // ---- test API ---------------------------------------------------------------------------------

    public void addUser(SimUser user) {
        users.put(user.name(), user);
    }

    /** Delay (simulated) after which a called party answers. */
    public Duration answerDelay() {
        return answerDelay;
    }

    public void answerDelay(Duration d) {
        this.answerDelay = d;
    }

    /** Creates an already answered dialog A -> B, as if placed from SIP devices. */
    public SimDialog addActiveDialog(String aUser, String bUser) {
        SimDialog d = newDialog(aUser, bUser, 30_000L);
        d.status = SimDialog.Status.ACTIVE;
        emit("dlg_start", d);
        return d;
    }

    /** A dialog by id, including terminated ones; null when never existed. */
    public SimDialog dialog(String dialogid) {
        return dialogs.get(dialogid);
    }

    /** Every dialog ever created in this test (terminated ones included), oldest first. */
    public List<SimDialog> dialogs() {
        return dialogs.values().stream().sorted(Comparator.comparing((SimDialog d) -> d.startts)
                .thenComparing(d -> d.dialogid)).toList();
    }

    /** Dialogs that are not terminated. */
    public List<SimDialog> liveDialogs() {
        return dialogs().stream().filter(d -> d.status != SimDialog.Status.TERMINATED).toList();
    }

    /** Number of the conference room behind a conference id, or null. */
    public String conferenceRoom(String confid) {
        return conferences.get(confid);
    }

    /** Every call event emitted (whether or not someone was subscribed). */
    public List<Map<String, Object>> emittedEvents() {
        return List.copyOf(emittedEvents);
    }

    /** Live subscriptions (id -> class) over all open Token-API sockets. */
    public Map<String, String> subscriptions() {
        Map<String, String> out = new LinkedHashMap<>();
        Instant now = clock().now();
        for (WsSession s : sessions) {
            s.subscriptions.values().stream().filter(sub -> sub.expiresAt.isAfter(now))
                    .forEach(sub -> out.put(sub.id, sub.eventClass));
        }
        return out;
    }

    /** Number of open Token-API sockets. */
    public int openWebSockets() {
        return sessions.size();
    }

    /** Closes every Token-API socket (as a network failure or server restart would). */
    public void dropWebSockets() {
        for (WsSession s : sessions) {
            s.ws.close((short) 1011, "simulated drop");
        }
    }

    /** Sends an arbitrary event of the given class to its live subscribers (e.g. ccsevents, ivrevents). */
    public void emitRaw(String eventClass, Map<String, Object> data) {
        Map<String, Object> event = new LinkedHashMap<>(data);
        event.putIfAbsent("id", UUID.randomUUID().toString());
        event.putIfAbsent("class", eventClass);
        emittedEvents.add(event);
        deliver(eventClass, event);
    }

    // ---- HTTP ---------------------------------------------------------------------------------------

    @Override
    protected void configure(Router router) {
        for (String base : List.of(USER_BASE, DOMAIN_BASE)) {
            boolean userScope = base.equals(USER_BASE);
            router.route(base).handler(ctx -> handle(ctx, userScope, null));
            router.route(base + "/:dialogid").handler(ctx -> handle(ctx, userScope, ctx.pathParam("dialogid")));
        }
        router.route().handler(ctx -> error(ctx, 404, 1404, "Not found"));
    }

    private static final class Fail extends RuntimeException {
        final int status;
        final int code;

        Fail(int status, int code, String message) {
            super(message, null, false, false);
            this.status = status;
            this.code = code;
        }
    }

    private static Fail invalid(String message) {
        return new Fail(400, 1400, message);
    }

    private static Fail notFound() {
        return new Fail(404, 1413, "Dialog not found");
    }

    private static void error(RoutingContext ctx, int status, int code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error_code", code);
        body.put("error_message", message);
        json(ctx, status, body);
    }

    private void handle(RoutingContext ctx, boolean userScope, String dialogid) {
        String method = ctx.request().method().name().toUpperCase(Locale.ROOT);
        try {
            Set<String> allowed = dialogid == null ? COLLECTION_VERBS : ITEM_VERBS;
            if (!allowed.contains(method)) {
                throw new Fail(405, 1405, "Method " + method + " not allowed on " + ctx.request().path());
            }
            SimUser user = authenticate(ctx.request());
            Scope scope = new Scope(userScope, user);
            Object result;
            synchronized (this) {
                if (dialogid == null) {
                    result = switch (method) {
                        case "GET" -> list(ctx, scope);
                        case "POST" -> originate(body(ctx), scope);
                        default -> lookup(body(ctx), scope);
                    };
                } else if (method.equals("GET")) {
                    result = get(ctx, visible(dialogid, scope));
                } else {
                    Map<String, Object> body = method.equals("DELETE") ? Map.of() : body(ctx);
                    SimDialog d = visible(dialogid, scope);
                    result = switch (method) {
                        case "REFER" -> refer(d, body);
                        case "REFERREPLACES" -> referReplaces(d, body, scope);
                        case "SWITCHCONF" -> switchConf(d, body);
                        case "REFERCONF" -> referConf(d, body, scope);
                        case "NOTIFY" -> notifyDevice(d, body);
                        case "SEND_DTMF" -> sendDtmf(d, body);
                        case "SETUP_ASR" -> setupAsr(d, body);
                        case "SETUP_RECORD" -> setupRecord(d, body);
                        case "SETUP_BINDINGS" -> setupBindings(d, body);
                        default -> delete(d);
                    };
                }
            }
            json(ctx, 200, result);
        } catch (Fail f) {
            error(ctx, f.status, f.code, f.getMessage());
        }
    }

    private record Scope(boolean user, SimUser who) {
        boolean sees(SimDialog d) {
            return !user || who.owns(d.aUser) || who.owns(d.bUser);
        }
    }

    private SimUser authenticate(HttpServerRequest req) {
        String auth = req.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = auth.substring(7).trim();
            return users.values().stream().filter(u -> u.token().equals(token)).findFirst()
                    .orElseThrow(() -> new Fail(401, 1401, "Invalid token"));
        }
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Fail(401, 1401, "Malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            SimUser u = colon < 0 ? null : users.get(decoded.substring(0, colon));
            if (u == null || !u.password().equals(decoded.substring(colon + 1))) {
                throw new Fail(401, 1401, "Invalid credentials");
            }
            return u;
        }
        throw new Fail(401, 1401, "Authorization required");
    }

    private Map<String, Object> body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (Exception e) {
            throw invalid("Invalid JSON body: expected an object");
        }
    }

    private SimDialog visible(String dialogid, Scope scope) {
        SimDialog d = dialogs.get(dialogid);
        if (d == null || d.status == SimDialog.Status.TERMINATED || !scope.sees(d)) {
            throw notFound();
        }
        return d;
    }

    // ---- parameter checks -------------------------------------------------------------------------

    private static void onlyKnown(Map<String, Object> body, Set<String> known) {
        List<String> unknown = body.keySet().stream().filter(k -> !known.contains(k)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw invalid("Unknown parameter(s): " + String.join(", ", unknown));
        }
    }

    private static String str(Map<String, Object> body, String name, boolean required) {
        Object v = body.get(name);
        if (v == null) {
            if (required) {
                throw invalid("Missing parameter: " + name);
            }
            return null;
        }
        if (!(v instanceof String s)) {
            throw invalid("Parameter " + name + " must be a string");
        }
        if (required && s.isBlank()) {
            throw invalid("Missing parameter: " + name);
        }
        return s;
    }

    private static Integer integer(Map<String, Object> body, String name, int min) {
        Object v = body.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Integer i) || i < min) {
            throw invalid("Parameter " + name + " must be an integer >= " + min);
        }
        return i;
    }

    private static Boolean bool(Map<String, Object> body, String name) {
        Object v = body.get(name);
        if (v == null) {
            return null;
        }
        if (!(v instanceof Boolean b)) {
            throw invalid("Parameter " + name + " must be a boolean");
        }
        return b;
    }

    private static String oneOf(Map<String, Object> body, String name, String dflt, String... values) {
        String v = str(body, name, false);
        if (v == null) {
            return dflt;
        }
        for (String ok : values) {
            if (ok.equals(v)) {
                return v;
            }
        }
        throw invalid("Parameter " + name + " must be one of " + String.join(", ", values));
    }

    private static String numberWithDtmf(Map<String, Object> body, String name, boolean required) {
        String v = str(body, name, required);
        if (v != null && !NUMBER_WITH_DTMF.matcher(v).matches()) {
            throw invalid("Parameter " + name + " is not a number with an optional DTMF pre-dial");
        }
        return v;
    }

    /** The number part of a target, before the first DTMF pre-dial separator. */
    private static String dialPart(String target) {
        int cut = target.length();
        for (char c : new char[] {'\'', ','}) {
            int i = target.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        return target.substring(0, cut);
    }

    private static String predial(String target) {
        String dial = dialPart(target);
        return target.length() > dial.length() ? target.substring(dial.length()) : null;
    }

    // ---- collection -------------------------------------------------------------------------------

    private Object list(RoutingContext ctx, Scope scope) {
        Map<String, String> q = new LinkedHashMap<>();
        ctx.queryParams().forEach(e -> q.put(e.getKey(), e.getValue()));
        onlyKnown(new LinkedHashMap<>(q), Set.of("filter", "mask", "offset", "limit", "order", "flat", "countonly"));
        int offset = queryInt(q, "offset", 0);
        int limit = queryInt(q, "limit", Integer.MAX_VALUE);
        boolean flat = queryBool(q, "flat");
        boolean countOnly = queryBool(q, "countonly");
        Map<String, Object> filter = Map.of();
        if (q.get("filter") != null) {
            try {
                filter = JSON.readValue(q.get("filter"), new TypeReference<LinkedHashMap<String, Object>>() { });
            } catch (Exception e) {
                throw invalid("Parameter filter must be a JSON object of field values");
            }
        }
        List<String> mask = mask(q.get("mask"));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SimDialog d : liveDialogs()) {
            if (!scope.sees(d)) {
                continue;
            }
            Map<String, Object> row = d.toJson();
            boolean match = filter.entrySet().stream()
                    .allMatch(e -> String.valueOf(row.get(e.getKey())).equals(String.valueOf(e.getValue())));
            if (match) {
                rows.add(row);
            }
        }
        String order = q.get("order");
        if (order != null && !order.isBlank()) {
            boolean desc = order.startsWith("-");
            String field = desc ? order.substring(1) : order;
            if (!DIALOG_FIELDS.contains(field)) {
                throw invalid("Parameter order names an unknown field: " + field);
            }
            Comparator<Map<String, Object>> cmp = Comparator.comparing(r -> String.valueOf(r.get(field)));
            rows.sort(desc ? cmp.reversed() : cmp);
        }
        if (countOnly) {
            return Map.of("count", rows.size());
        }
        return rows.stream().skip(offset).limit(limit).map(r -> shape(r, mask, flat)).toList();
    }

    private static int queryInt(Map<String, String> q, String name, int dflt) {
        String v = q.get(name);
        if (v == null) {
            return dflt;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < 0) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw invalid("Parameter " + name + " must be a non-negative integer");
        }
    }

    private static boolean queryBool(Map<String, String> q, String name) {
        String v = q.get(name);
        if (v == null) {
            return false;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw invalid("Parameter " + name + " must be true or false");
        }
        return Boolean.parseBoolean(v);
    }

    private static List<String> mask(String mask) {
        if (mask == null || mask.isBlank()) {
            return DIALOG_FIELDS;
        }
        // fields outside the documented set are ignored, as the document says
        return List.of(mask.split(",")).stream().map(String::trim).filter(DIALOG_FIELDS::contains).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> shape(Map<String, Object> row, List<String> mask, boolean flat) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : mask) {
            Object v = row.get(f);
            if (flat && v instanceof Map<?, ?> m) {
                ((Map<String, Object>) m).forEach((k, x) -> out.put(f + "." + k, x));
            } else if (flat && f.equals("legs")) {
                List<Map<String, Object>> legs = (List<Map<String, Object>>) v;
                for (int i = 0; i < legs.size(); i++) {
                    int n = i;
                    legs.get(i).forEach((k, x) -> out.put("legs." + n + "." + k, x));
                }
            } else {
                out.put(f, v);
            }
        }
        return out;
    }

    private Object get(RoutingContext ctx, SimDialog d) {
        Map<String, String> q = new LinkedHashMap<>();
        ctx.queryParams().forEach(e -> q.put(e.getKey(), e.getValue()));
        onlyKnown(new LinkedHashMap<>(q), Set.of("mask", "flat"));
        return shape(d.toJson(), mask(q.get("mask")), queryBool(q, "flat"));
    }

    private Object originate(Map<String, Object> body, Scope scope) {
        onlyKnown(body, Set.of("mode", "from", "to", "callerid", "callername", "calltimeout", "binding",
                "response_mode", "use_intercom"));
        String mode = oneOf(body, "mode", "number", "number", "sipuser");
        String from = str(body, "from", true);
        String to = numberWithDtmf(body, "to", true);
        str(body, "callerid", false);
        str(body, "callername", false);
        Integer timeout = integer(body, "calltimeout", 1);
        String binding = str(body, "binding", false);
        Integer responseMode = integer(body, "response_mode", 0);
        bool(body, "use_intercom");
        String x = from;
        if (mode.equals("sipuser")) {
            SimUser.Account acc = users.values().stream().flatMap(u -> u.accounts().stream())
                    .filter(a -> a.login().equals(from) || a.id().equals(from)).findFirst()
                    .orElseThrow(() -> invalid("Parameter from names no SIP user"));
            x = acc.login();
        }
        if (scope.user && !scope.who.owns(x)) {
            throw new Fail(403, 1403, "Parameter from must name an account of the authorized user");
        }
        SimDialog d = newDialog(x, dialPart(to), (timeout == null ? 30 : timeout) * 1000L);
        if (binding != null) {
            d.labels.add(binding);
        }
        String ivr = ivrCallId();
        d.opts.put("referred-by", SimDialog.uri("100", DOMAIN));
        scheduleAnswer(d, predial(to));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("result", "ok");
        out.put("ivrcallid", ivr);
        out.put("acallid", d.acallid);
        out.put("dialogid", d.dialogid);
        out.put("last_response", responseMode != null && responseMode >= 3 ? "SIP/2.0 180 Ringing"
                : "SIP/2.0 100 Trying");
        return out;
    }

    private Object lookup(Map<String, Object> body, Scope scope) {
        Set<String> known = new java.util.HashSet<>(LOOKUP_KEYS);
        known.add("domain");
        onlyKnown(body, known);
        String key = LOOKUP_KEYS.stream().filter(body::containsKey).findFirst()
                .orElseThrow(() -> invalid("Missing search value: one of " + String.join(", ", LOOKUP_KEYS)));
        String value = str(body, key, true);
        String domain = str(body, "domain", false);
        return find(key, value, domain).stream().filter(scope::sees).map(d -> d.dialogid).toList();
    }

    private List<SimDialog> find(String key, String value, String domain) {
        if (domain != null && !domain.equals(DOMAIN)) {
            return List.of();
        }
        return liveDialogs().stream().filter(d -> switch (key) {
            case "dialogid" -> d.dialogid.equals(value);
            case "inviteid" -> d.inviteid.equals(value);
            case "callid" -> d.legA.callid.equals(value) || d.legB.callid.equals(value);
            case "uri" -> d.uris().stream().anyMatch(u -> u.equals(value) || SimDialog.uriBare(u).equals(value));
            case "username" -> d.aUser.equals(value) || d.bUser.equals(value);
            default -> users.values().stream().flatMap(u -> u.accounts().stream())
                    .filter(a -> switch (key) {
                        case "sipuserid" -> a.id().equals(value);
                        case "sipuserlogin" -> a.login().equals(value);
                        default -> a.phone().equals(value);
                    })
                    .anyMatch(a -> Set.of(d.aUser, d.bUser).contains(a.login())
                            || Set.of(d.aUser, d.bUser).contains(a.phone()));
        }).toList();
    }

    // ---- item verbs ---------------------------------------------------------------------------------

    private static void requireActive(SimDialog d) {
        if (d.status != SimDialog.Status.ACTIVE) {
            throw new Fail(409, 1409, "Dialog is in state " + d.status.wire() + ", the operation needs an active dialog");
        }
    }

    private static SimDialog.Leg by(SimDialog d, Map<String, Object> body, String name, boolean required) {
        String by = str(body, name, required);
        if (by == null) {
            return null;
        }
        SimDialog.Leg leg = d.legBy(by);
        if (leg == null) {
            throw invalid("Parameter " + name + " names no party of dialog " + d.dialogid);
        }
        return leg;
    }

    private Object refer(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("by", "referto", "response_mode", "binding"));
        SimDialog.Leg byLeg = by(d, body, "by", true);
        String referto = numberWithDtmf(body, "referto", true);
        integer(body, "response_mode", 0);
        String binding = str(body, "binding", false);
        requireActive(d);
        String y = d.userOf(d.opposite(byLeg));
        SimDialog n = newDialog(y, dialPart(referto), 30_000L);
        n.labels.addAll(d.labels);
        if (binding != null) {
            n.labels.add(binding);
        }
        n.opts.put("referred-by", byLeg.localuri);
        terminate(d);
        scheduleAnswer(n, predial(referto));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dialogid", d.dialogid);
        out.put("result", "ok");
        out.put("ivrcallid", ivrCallId());
        out.put("new_acallid", n.acallid);
        out.put("new_dialogid", n.dialogid);
        out.put("new_last_response", "SIP/2.0 180 Ringing");
        return out;
    }

    /** Finds the dialog named by the prefixed lookup keys ({@code slavedialogid}, {@code refercallid}, ...). */
    private SimDialog dialogByPrefixedKey(Map<String, Object> body, String prefix, Scope scope) {
        for (String key : LOOKUP_KEYS) {
            String value = str(body, prefix + key, false);
            if (value == null) {
                continue;
            }
            List<SimDialog> found = find(key, value, str(body, prefix + "domain", false)).stream()
                    .filter(scope::sees).toList();
            if (found.isEmpty()) {
                throw notFound();
            }
            if (found.size() > 1) {
                throw invalid("Parameter " + prefix + key + " matches " + found.size() + " dialogs");
            }
            return found.get(0);
        }
        throw invalid("Missing parameter: one of " + LOOKUP_KEYS.stream().map(k -> prefix + k)
                .collect(Collectors.joining(", ")));
    }

    private static Set<String> prefixed(String prefix, String... extra) {
        Set<String> s = new java.util.HashSet<>();
        LOOKUP_KEYS.forEach(k -> s.add(prefix + k));
        s.add(prefix + "domain");
        s.addAll(List.of(extra));
        return s;
    }

    private Object referReplaces(SimDialog master, Map<String, Object> body, Scope scope) {
        onlyKnown(body, prefixed("slave", "masterby", "slaveby", "response_mode", "binding"));
        SimDialog.Leg masterBy = by(master, body, "masterby", true);
        integer(body, "response_mode", 0);
        String binding = str(body, "binding", false);
        SimDialog slave = dialogByPrefixedKey(body, "slave", scope);
        if (slave == master) {
            throw invalid("The slave dialog must differ from the master dialog");
        }
        SimDialog.Leg slaveBy = by(slave, body, "slaveby", true);
        requireActive(master);
        requireActive(slave);
        // Y = opponent of masterby in master; Q = opponent of slaveby in slave; Y gets connected to Q
        String y = master.userOf(master.opposite(masterBy));
        String q = slave.userOf(slave.opposite(slaveBy));
        SimDialog n = newDialog(y, q, null);
        n.labels.addAll(master.labels);
        n.labels.addAll(slave.labels);
        if (binding != null) {
            n.labels.add(binding);
        }
        n.status = SimDialog.Status.ACTIVE;
        terminate(master);
        terminate(slave);
        emit("dlg_start", n);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("masterdialogid", master.dialogid);
        out.put("slavedialogid", slave.dialogid);
        out.put("result", "ok");
        out.put("ivrcallid", ivrCallId());
        out.put("new_acallid", n.acallid);
        out.put("new_dialogid", n.dialogid);
        out.put("new_last_response", "SIP/2.0 200 OK");
        return out;
    }

    private Object switchConf(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("referto", "by", "response_mode", "binding"));
        String referto = str(body, "referto", false);
        if (referto != null && !referto.matches("[0-9*#+]+")) {
            throw invalid("Parameter referto must be a conference number with its featurecode prefix");
        }
        String by = str(body, "by", false);
        integer(body, "response_mode", 0);
        String binding = str(body, "binding", false);
        if (d.hasConferenceParty()) {
            throw invalid("A dialog with a conference party cannot be converted to a conference");
        }
        requireActive(d);
        if (referto == null) {
            StringBuilder room = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                room.append(random.nextInt(10));
            }
            referto = CONF_FEATURECODE + room;
        }
        String confid = "rCF-005-" + randomId(6);
        conferences.put(confid, referto);
        String confUser = "conf-" + confid;
        SimDialog x = newDialog(d.aUser, confUser, null);
        SimDialog y = newDialog(d.bUser, confUser, null);
        for (SimDialog n : List.of(x, y)) {
            n.confid = confid;
            n.labels.addAll(d.labels);
            if (binding != null) {
                n.labels.add(binding);
            }
            if (by != null) {
                n.opts.put("referred-by", SimDialog.uri(by, DOMAIN));
            }
            n.status = SimDialog.Status.ACTIVE;
        }
        terminate(d);
        emit("dlg_start", x);
        emit("dlg_start", y);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dialogid", d.dialogid);
        out.put("referto", referto);
        out.put("result", "ok");
        out.put("confid", confid);
        out.put("x_ivrcallid", ivrCallId());
        out.put("x_new_acallid", x.acallid);
        out.put("x_new_dialogid", x.dialogid);
        out.put("x_new_last_response", "SIP/2.0 200 OK");
        out.put("y_ivrcallid", ivrCallId());
        out.put("y_new_acallid", y.acallid);
        out.put("y_new_dialogid", y.dialogid);
        out.put("y_new_last_response", "SIP/2.0 200 OK");
        return out;
    }

    private Object referConf(SimDialog d, Map<String, Object> body, Scope scope) {
        onlyKnown(body, prefixed("refer", "by", "response_mode", "binding"));
        SimDialog.Leg byLeg = by(d, body, "by", true);
        integer(body, "response_mode", 0);
        String binding = str(body, "binding", false);
        SimDialog confDialog = dialogByPrefixedKey(body, "refer", scope);
        if (!confDialog.hasConferenceParty()) {
            throw invalid("The dialog named by the refer parameters has no conference party");
        }
        requireActive(d);
        String confUser = confDialog.aUser.startsWith("conf-") ? confDialog.aUser : confDialog.bUser;
        String y = d.userOf(d.opposite(byLeg));
        SimDialog n = newDialog(y, confUser, null);
        n.confid = confDialog.confid;
        n.labels.addAll(d.labels);
        if (binding != null) {
            n.labels.add(binding);
        }
        terminate(d);
        scheduleAnswer(n, null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dialogid", d.dialogid);
        out.put("result", "ok");
        out.put("ivrcallid", ivrCallId());
        out.put("new_acallid", n.acallid);
        out.put("new_dialogid", n.dialogid);
        out.put("new_last_response", "SIP/2.0 180 Ringing");
        return out;
    }

    /** Resolves the leg addressed by {@code callid} / {@code side} (+ {@code opposite}); default side b. */
    private static SimDialog.Leg addressedLeg(SimDialog d, Map<String, Object> body, String dflt) {
        String callid = str(body, "callid", false);
        String side = oneOf(body, "side", null, "a", "b");
        Boolean opposite = bool(body, "opposite");
        SimDialog.Leg leg;
        if (callid != null) {
            leg = callid.equals(d.legA.callid) ? d.legA : callid.equals(d.legB.callid) ? d.legB : null;
            if (leg == null) {
                throw invalid("Parameter callid names no leg of dialog " + d.dialogid);
            }
        } else if (side != null) {
            leg = side.equals("a") ? d.legA : d.legB;
        } else if (dflt != null) {
            leg = dflt.equals("a") ? d.legA : d.legB;
        } else {
            throw invalid("Missing parameter: callid or side");
        }
        return Boolean.TRUE.equals(opposite) ? d.opposite(leg) : leg;
    }

    private static Map<String, Object> ack(SimDialog d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dialogid", d.dialogid);
        out.put("result", "ok");
        return out;
    }

    private Object notifyDevice(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("callid", "side", "event"));
        SimDialog.Leg leg = addressedLeg(d, body, null);
        String event = str(body, "event", true);
        if (!event.matches("[a-z_-]+")) {
            throw invalid("Parameter event must be an event name such as talk, hold, conference");
        }
        if (event.equals("talk") && d.status == SimDialog.Status.FORKING && leg == d.legB) {
            answer(d, null);
        } else if (d.status != SimDialog.Status.ACTIVE && !event.equals("talk")) {
            throw new Fail(409, 1409, "Event " + event + " needs an active dialog");
        }
        d.notifications.add(leg.side + ":" + event);
        return ack(d);
    }

    private Object sendDtmf(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("callid", "side", "opposite", "proto", "dtmf"));
        SimDialog.Leg leg = addressedLeg(d, body, null);
        String proto = oneOf(body, "proto", "rfc2833", "sipinfo", "rfc2833");
        String dtmf = str(body, "dtmf", true);
        if (!DTMF.matcher(dtmf).matches()) {
            throw invalid("Parameter dtmf may hold only 0-9, *, #, A-D and the pauses ' and ,");
        }
        requireActive(d);
        d.dtmfSent.add(leg.side + ":" + proto + ":" + dtmf);
        return ack(d);
    }

    private Object setupAsr(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("command", "layer", "side", "callid", "opposite", "wait"));
        String command = oneOf(body, "command", "start", "start", "stop");
        String layer = str(body, "layer", true);
        SimDialog.Leg leg = addressedLeg(d, body, "a");
        Boolean wait = bool(body, "wait");
        requireActive(d);
        String key = layer + "@" + leg.side;
        Map<String, Object> out = ack(d);
        if (command.equals("start")) {
            d.asrLayers.removeIf(k -> k.startsWith(layer + "@"));
            d.asrLayers.add(key);
        } else {
            if (!d.asrLayers.removeIf(k -> k.startsWith(layer + "@"))) {
                throw invalid("Parameter layer names no running stenography layer: " + layer);
            }
            if (wait == null || wait) {
                out.put("text", "");
            }
        }
        return out;
    }

    private Object setupRecord(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("command", "layer", "side", "callid"));
        String command = oneOf(body, "command", "start", "start", "stop");
        String layer = str(body, "layer", true);
        if (body.containsKey("side") || body.containsKey("callid")) {
            addressedLeg(d, body, null);
        }
        requireActive(d);
        if (command.equals("start")) {
            d.recordLayers.add(layer);
        } else if (!d.recordLayers.remove(layer)) {
            throw invalid("Parameter layer names no recording layer: " + layer);
        }
        return ack(d);
    }

    private Object setupBindings(SimDialog d, Map<String, Object> body) {
        onlyKnown(body, Set.of("command", "label"));
        String command = oneOf(body, "command", null, "add", "remove", "replace");
        if (command == null) {
            throw invalid("Missing parameter: command");
        }
        Object label = body.get("label");
        List<String> labels = new ArrayList<>();
        if (label instanceof String s && !s.isBlank()) {
            labels.add(s);
        } else if (label instanceof List<?> l && !l.isEmpty() && l.stream().allMatch(x -> x instanceof String)) {
            l.forEach(x -> labels.add((String) x));
        } else {
            throw invalid("Missing parameter: label (a label or a list of labels)");
        }
        switch (command) {
            case "add" -> d.labels.addAll(labels);
            case "remove" -> labels.forEach(d.labels::remove);
            default -> {
                d.labels.clear();
                d.labels.addAll(labels);
            }
        }
        Map<String, Object> out = ack(d);
        out.put("labels", List.copyOf(d.labels));
        return out;
    }

    private Object delete(SimDialog d) {
        terminate(d);
        return Map.of("dialogid", d.dialogid);
    }

    // ---- dialog life cycle --------------------------------------------------------------------------

    private SimDialog newDialog(String aUser, String bUser, Long expirets) {
        String id;
        do {
            id = "rDlg-002-" + randomId(6);
        } while (dialogs.containsKey(id));
        String acallid = (1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 3_000_000_000L) + "@192.168.0.149";
        SimDialog d = new SimDialog(id, acallid, UUID.randomUUID().toString(), aUser, bUser, DOMAIN, clock().now(),
                expirets);
        dialogs.put(id, d);
        emit("dlg_call", d);
        return d;
    }

    private void scheduleAnswer(SimDialog d, String predial) {
        clock().schedule(answerDelay, () -> {
            synchronized (this) {
                if (d.status == SimDialog.Status.FORKING) {
                    answer(d, predial);
                }
            }
        });
    }

    private void answer(SimDialog d, String predial) {
        d.status = SimDialog.Status.ACTIVE;
        if (predial != null) {
            d.dtmfSent.add("b:predial:" + predial.substring(1));
        }
        emit("dlg_start", d);
    }

    private void terminate(SimDialog d) {
        if (d.status != SimDialog.Status.TERMINATED) {
            d.status = SimDialog.Status.TERMINATED;
            emit("dlg_stop", d);
        }
    }

    private String ivrCallId() {
        return "rIV-006-" + randomId(27);
    }

    private String randomId(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return sb.toString();
    }

    private void emit(String type, SimDialog d) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", UUID.randomUUID().toString());
        e.put("class", "callevents");
        e.put("type", type);
        e.put("eventts", clock().now().toEpochMilli());
        e.put("acallid", d.acallid);
        e.put("inviteid", d.inviteid);
        e.put("invitets", d.startts.toEpochMilli());
        e.put("dialogid", d.dialogid);
        e.put("auri", d.legA.localuri);
        e.put("buri", d.legB.localuri);
        e.put("anumber", d.aUser);
        e.put("bnumber", d.bUser);
        e.put("status", d.status.wire());
        emittedEvents.add(e);
        deliver("callevents", e);
    }

    // ---- WebSocket Token-API ------------------------------------------------------------------------

    private static final class Subscription {
        final String id;
        final String eventClass;
        volatile Instant expiresAt;

        Subscription(String id, String eventClass, Instant expiresAt) {
            this.id = id;
            this.eventClass = eventClass;
            this.expiresAt = expiresAt;
        }
    }

    private static final class WsSession {
        final ServerWebSocket ws;
        final SimUser user;
        final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();

        WsSession(ServerWebSocket ws, SimUser user) {
            this.ws = ws;
            this.user = user;
        }
    }

    /** Event classes a Token-API subscription may name. */
    static final Set<String> EVENT_CLASSES = Set.of("callevents", "ccsevents", "ivrevents", "modelevents.data_changed");

    @Override
    protected boolean acceptsWebSocket(String path) {
        return path.equals(WS_PATH) || path.startsWith(WS_PATH + "/");
    }

    @Override
    protected void onWebSocket(ServerWebSocket ws) {
        String token = null;
        String auth = ws.headers().get("Authorization");
        if (ws.path().startsWith(WS_PATH + "/")) {
            token = ws.path().substring(WS_PATH.length() + 1);
        } else if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = auth.substring(7).trim();
        }
        String t = token;
        SimUser user = t == null ? null : users.values().stream().filter(u -> u.token().equals(t)).findFirst()
                .orElse(null);
        if (user == null) {
            ws.reject(401);
            return;
        }
        WsSession session = new WsSession(ws, user);
        sessions.add(session);
        ws.closeHandler(v -> sessions.remove(session));
        // replacing the kit's text handler: record each frame here so tests still see it in the wire log
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ws.headers().forEach(e -> headers.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(e.getValue()));
        ws.textMessageHandler(text -> {
            wireLog().record(new RecordedRequest("WS", ws.uri(), ws.path(), Map.of(), headers,
                    text.getBytes(StandardCharsets.UTF_8)));
            onFrame(session, text);
        });
    }

    private void onFrame(WsSession s, String text) {
        List<Object> frame;
        try {
            frame = JSON.readValue(text, new TypeReference<List<Object>>() { });
        } catch (Exception e) {
            send(s, List.of("error", Map.of("error_message", "frame must be a JSON array [command, object]")));
            return;
        }
        if (frame.size() != 2 || !(frame.get(0) instanceof String cmd) || !(frame.get(1) instanceof Map<?, ?> raw)) {
            send(s, List.of("error", Map.of("error_message", "frame must be a JSON array [command, object]")));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) raw;
        Object qid = p.get("qid");
        Map<String, Object> res = new LinkedHashMap<>();
        if (qid != null) {
            res.put("qid", qid);
        }
        switch (cmd) {
            case "connection_info" -> {
                res.put("user", s.user.name());
                res.put("domain", DOMAIN);
                send(s, List.of("connection_info_result", res));
            }
            case "subscr" -> {
                String id = p.get("id") instanceof String x && !x.isBlank() ? x : null;
                String cls = p.get("class") instanceof String x ? x : null;
                Object exp = p.get("expires");
                if (id == null || !(exp instanceof Integer expires) || expires < 0
                        || (expires > 0 && (cls == null || !EVENT_CLASSES.contains(cls)))) {
                    res.put("result", "error");
                    res.put("error_code", 1400);
                    res.put("error_message", "subscr needs id, class (one of " + EVENT_CLASSES
                            + ") and expires (seconds, 0 unsubscribes)");
                    send(s, List.of("subscr_result", res));
                    return;
                }
                res.put("id", id);
                if (expires == 0) {
                    boolean removed = s.subscriptions.remove(id) != null;
                    res.put("result", removed ? "ok" : "not_found");
                    res.put("expires", 0);
                } else {
                    Instant at = clock().now().plusSeconds(expires);
                    Subscription sub = s.subscriptions.compute(id, (k, old) -> {
                        if (old != null && old.eventClass.equals(cls)) {
                            old.expiresAt = at;
                            return old;
                        }
                        return new Subscription(id, cls, at);
                    });
                    clock().schedule(Duration.ofSeconds(expires), () -> {
                        if (!sub.expiresAt.isAfter(clock().now())) {
                            s.subscriptions.remove(id, sub);
                        }
                    });
                    res.put("result", "ok");
                    res.put("class", cls);
                    res.put("expires", expires);
                }
                send(s, List.of("subscr_result", res));
            }
            default -> {
                res.put("error_message", "unknown command " + cmd);
                send(s, List.of("error", res));
            }
        }
    }

    private void deliver(String eventClass, Map<String, Object> data) {
        Instant now = clock().now();
        for (WsSession s : sessions) {
            for (Subscription sub : s.subscriptions.values()) {
                if (sub.eventClass.equals(eventClass) && sub.expiresAt.isAfter(now)) {
                    Map<String, Object> payload = new LinkedHashMap<>();
                    payload.put("id", sub.id);
                    payload.put("class", eventClass);
                    payload.put("data", data);
                    send(s, List.of("event", payload));
                }
            }
        }
    }

    private void send(WsSession s, Object frame) {
        try {
            s.ws.writeTextMessage(JSON.writeValueAsString(frame));
        } catch (Exception e) {
            log.warn("Could not send a Token-API frame", e);
        }
    }
}
