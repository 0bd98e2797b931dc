package io.callcontrol.sim.broadworks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorMain;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator of the Netaxis APIO "Call Service" in front of BroadWorks, built from
 * {@code broadworks-call-service-rest.txt} and the APIO authentication notes.
 * <p>
 * Strict and stateful:
 * <ul>
 * <li>APIO auth: {@code POST <loginPath>} ({@code /api/v01/auth/login} by default) with {@code username}/{@code password}
 * answers {@code access_token} + {@code refresh_token}; {@code GET /api/v01/auth/access_token} with the refresh token as
 * Bearer answers a new {@code access_token}. Access tokens expire after {@link #accessTokenTtl(Duration)} of simulated
 * time; static machine tokens never expire. Every call-service request without a valid Bearer gets 401.</li>
 * <li>Call service under {@code /api/v1/tenants/{t}/groups/{g}/users/{u}/services/calls/} (trailing slash required):
 * unknown user -> 403, unknown call -> 404, invalid phone number -> 400, state-machine violations -> 400 with the
 * documented {@code 59: INVALID_CALL_OPERATION} sub-error text.</li>
 * <li>Click-to-Dial calls move {@code Alerting/Ringing} -> {@code Answered} (user answered) -> {@code Active} (remote
 * answered) on the {@link SimClock}; hold/reconnect/transfers/recording follow the documented actions; a
 * consultative transfer completes after {@link #CONSULTATIVE_TRANSFER_TIME}.</li>
 * </ul>
 * Error bodies (the vendor document does not show them): {@code {"error": "<text>"}}; for sub-errors the text is the
 * documented line, e.g. {@code 59: INVALID_CALL_OPERATION, The state of the call is not valid.}, with HTTP 400. The
 * other shapes APIO uses (sub-error object, {@code errors} list, top-level code, OCI names, plain text) with
 * {@link #errorShape(ErrorShape)}.
 */
public class BroadworksSimulator extends SimulatorServer {

    public static final String DEFAULT_LOGIN_PATH = "/api/v01/auth/login";
    public static final String REFRESH_PATH = "/api/v01/auth/access_token";
    public static final String USERNAME = "apiuser";
    public static final String PASSWORD = "apipass";
    public static final String MACHINE_TOKEN = "machine-token-0001";
    public static final String TENANT = "foo";
    public static final String GROUP = "foogroup";
    public static final String USER = "foouser";
    /** A user of the default group without phone number or extension (no charge address). */
    public static final String USER_WITHOUT_NUMBER = "nonumber";
    public static final Duration USER_ANSWER_TIME = Duration.ofSeconds(2);
    public static final Duration REMOTE_ANSWER_TIME = Duration.ofSeconds(3);
    public static final Duration CONSULTATIVE_TRANSFER_TIME = Duration.ofSeconds(1);
    public static final Duration IMRN_HOLD_TIME = Duration.ofSeconds(30);

    static final String INVALID_OP = "59: INVALID_CALL_OPERATION, ";
    public static final String ERR_ENDPOINT_STATE = INVALID_OP + "The endpoint state of the call is not valid.";
    public static final String ERR_CALL_STATE = INVALID_OP + "The state of the call is not valid.";
    public static final String ERR_DETACHED = INVALID_OP + "The call is in the detached state.";
    public static final String ERR_TRANSFER_FAILED = INVALID_OP + "Transfer has failed.";
    public static final String ERR_CONSULT_IN_PROGRESS = INVALID_OP + "Consultative transfer already in progress,";
    public static final String ERR_NO_CHARGE_ADDRESS = INVALID_OP
            + "User has no charge address. The User must have at least the phone number or the extension.";
    public static final String ERR_RECORDING_DISABLED = INVALID_OP + "Recording is disabled for this call.";
    public static final String ERR_RECORDING_FAILED = INVALID_OP + "Recording has failed for this call.";
    public static final String ERR_STOP_NOT_SUPPORTED = INVALID_OP + "User recording mode does not support stop.";
    public static final String ERR_RECORDING_NOT_ACTIVE = INVALID_OP + "Recording is not active.";
    public static final String ERR_IMRN_FAILED = "59: IMRN allocation failed.";

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{2,15}");
    private static final Pattern BASE = Pattern.compile(
            "/api/v1/tenants/([^/]+)/groups/([^/]+)/users/([^/]+)/services/calls/(.*)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    /** User recording modes (BroadWorks Call Recording service). */
    public enum RecordingMode {
        NEVER, ALWAYS, ALWAYS_PAUSE_RESUME, ON_DEMAND
    }

    private final AtomicLong callSeq = new AtomicLong(1595867);
    private volatile String loginPath = DEFAULT_LOGIN_PATH;
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    private Duration refreshTokenTtl = Duration.ofHours(24);
    private final Map<String, String> credentials = new HashMap<>();
    private final Set<String> machineTokens = new HashSet<>();
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private final Map<String, Instant> refreshTokens = new HashMap<>();
    private final Map<String, Subscriber> subscribers = new LinkedHashMap<>();
    private final Set<String> failingTransferTargets = new HashSet<>();
    private final Deque<String> imrnPool = new ArrayDeque<>();
    private long generation;
    private int failNextList;
    private boolean jwtTokens;

    public BroadworksSimulator(SimClock clock, String host, int port) {
        super(clock, host, port);
        defaults();
    }

    public BroadworksSimulator() {
        super();
        defaults();
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args, BroadworksSimulator::new);
    }

    private synchronized void defaults() {
        generation++;
        credentials.clear();
        machineTokens.clear();
        accessTokens.clear();
        refreshTokens.clear();
        subscribers.clear();
        failingTransferTargets.clear();
        imrnPool.clear();
        failNextList = 0;
        errorShape = ErrorShape.FLAT;
        jwtTokens = false;
        accessTokenTtl = Duration.ofMinutes(15);
        refreshTokenTtl = Duration.ofHours(24);
        loginPath = DEFAULT_LOGIN_PATH;
        credentials.put(USERNAME, PASSWORD);
        machineTokens.add(MACHINE_TOKEN);
        addUser(TENANT, GROUP, USER, "+3225126780", "6780");
        addUser(TENANT, GROUP, "baruser", "+3225126781", "6781");
        addUser(TENANT, GROUP, USER_WITHOUT_NUMBER, null, null);
        for (int i = 0; i < 10; i++) {
            imrnPool.add("+32365482" + (90 + i));
        }
    }

    @Override
    public void reset() {
        super.reset();
        defaults();
    }

    // ---- configuration and test hooks ---------------------------------------------------------------

    /** Serves the login on another path (the APIO auth path of the v1 generation is not documented). */
    public BroadworksSimulator loginPath(String path) {
        this.loginPath = path;
        return this;
    }

    public synchronized BroadworksSimulator accessTokenTtl(Duration ttl) {
        this.accessTokenTtl = ttl;
        return this;
    }

    public synchronized BroadworksSimulator refreshTokenTtl(Duration ttl) {
        this.refreshTokenTtl = ttl;
        return this;
    }

    /**
     * Issues access and refresh tokens as (unsigned) JWTs with {@code sub} and an {@code exp} claim taken from the
     * simulated clock, as APIO does; by default tokens are opaque strings.
     */
    public synchronized BroadworksSimulator jwtTokens(boolean jwt) {
        this.jwtTokens = jwt;
        return this;
    }

    private String token(String kind, String user, Instant expiry) {
        if (!jwtTokens) {
            return kind + "-" + UUID.randomUUID();
        }
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"" + user + "\",\"type\":\"" + kind + "\",\"exp\":"
                + expiry.getEpochSecond() + ",\"jti\":\"" + UUID.randomUUID() + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(UUID.randomUUID().toString().getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    public synchronized BroadworksSimulator addCredentials(String username, String password) {
        credentials.put(username, password);
        return this;
    }

    public synchronized BroadworksSimulator addMachineToken(String token) {
        machineTokens.add(token);
        return this;
    }

    /** Invalidates every issued access token at once (as a server restart would). */
    public synchronized void revokeAccessTokens() {
        accessTokens.clear();
    }

    public synchronized BroadworksSimulator addUser(String tenant, String group, String user, String phoneNumber,
                                                    String extension) {
        subscribers.put(key(tenant, group, user), new Subscriber(tenant, group, user, phoneNumber, extension));
        return this;
    }

    public synchronized BroadworksSimulator recordingMode(String user, RecordingMode mode) {
        subscriber(user).recordingMode = mode;
        return this;
    }

    public synchronized BroadworksSimulator multipleAppearance(String user, boolean enabled) {
        subscriber(user).multipleAppearance = enabled;
        return this;
    }

    /** Blind/consultative transfers to this number fail with "Transfer has failed.". */
    public synchronized BroadworksSimulator failTransfersTo(String number) {
        failingTransferTargets.add(number);
        return this;
    }

    /** Replaces the IMRN pool. */
    public synchronized BroadworksSimulator imrnPool(List<String> imrns) {
        imrnPool.clear();
        imrnPool.addAll(imrns);
        return this;
    }

    /**
     * Puts a call on a user of the default group in the given state (e.g. an incoming call the user answered
     * elsewhere). {@code atOtherLocation} marks it as retrievable with Call Retrieve.
     */
    public synchronized String seedCall(String user, String personality, String state, String remoteAddress,
                                        boolean atOtherLocation) {
        Subscriber s = subscriber(user);
        Call c = s.newCall(personality, remoteAddress);
        c.state = state;
        if ("Active".equals(state) || "Held".equals(state) || "Remote Held".equals(state)) {
            c.answerTime = now();
        }
        c.atOtherLocation = atOtherLocation;
        return c.callId;
    }

    /** The remote party (or user) changes the call's state: "Remote Held", "Active", "Detached", ... */
    public synchronized void setState(String user, String callId, String state) {
        Call c = subscriber(user).calls.get(callId);
        if (c == null) {
            throw new IllegalArgumentException("no call " + callId);
        }
        c.state = state;
        if ("Active".equals(state) && c.answerTime == null) {
            c.answerTime = now();
        }
    }

    /** The remote party hangs up: the call leaves the user's list. */
    public synchronized void remoteRelease(String user, String callId) {
        subscriber(user).calls.remove(callId);
    }

    /** The recording server fails: recording state becomes "Failed". */
    public synchronized void failRecording(String user, String callId) {
        Call c = subscriber(user).calls.get(callId);
        c.recordingState = "Failed";
        c.recorded = false;
    }

    /** The next call-list request answers this HTTP status (e.g. 503) with an error body. */
    public synchronized void failNextList(int status) {
        failNextList = status;
    }

    /** Snapshot of a user's calls as the detailed JSON would show them. */
    public synchronized List<Map<String, Object>> calls(String user) {
        Subscriber s = subscriber(user);
        List<Map<String, Object>> out = new ArrayList<>();
        s.calls.values().forEach(c -> out.add(c.details(s)));
        return out;
    }

    /** IMRNs currently allocated. */
    public synchronized Set<String> allocatedImrns() {
        Set<String> out = new HashSet<>();
        subscribers.values().forEach(s -> out.addAll(s.imrns));
        return out;
    }

    private Subscriber subscriber(String user) {
        Subscriber s = subscribers.get(key(TENANT, GROUP, user));
        if (s == null) {
            throw new IllegalArgumentException("no user " + user);
        }
        return s;
    }

    private static String key(String tenant, String group, String user) {
        return tenant + "/" + group + "/" + user;
    }

    private String now() {
        return LocalDateTime.ofInstant(clock().now(), ZoneOffset.UTC).format(TIME);
    }

    // ---- HTTP ------------------------------------------------------------------------------------------

    @Override
    protected void configure(Router router) {
        router.route().handler(this::dispatch);
    }

    private void dispatch(RoutingContext ctx) {
        String path = ctx.request().path();
        String method = ctx.request().method().name();
        synchronized (this) {
            if (path.equals(loginPath)) {
                if (!method.equals("POST")) {
                    error(ctx, 405, "method not allowed");
                    return;
                }
                login(ctx);
                return;
            }
            if (path.equals(REFRESH_PATH)) {
                if (!method.equals("GET")) {
                    error(ctx, 405, "method not allowed");
                    return;
                }
                refresh(ctx);
                return;
            }
            var m = BASE.matcher(path);
            if (!m.matches()) {
                error(ctx, 404, "not found");
                return;
            }
            if (!authorized(ctx)) {
                error(ctx, 401, "invalid or expired token");
                return;
            }
            Subscriber s = subscribers.get(key(m.group(1), m.group(2), m.group(3)));
            String rest = m.group(4);
            JsonNode body = body(ctx);
            if (body == null) {
                error(ctx, 400, "invalid JSON body");
                return;
            }
            if (s == null) {
                error(ctx, 403, "invalid calling user");
                return;
            }
            if (rest.isEmpty()) {
                switch (method) {
                    case "POST" -> makeCall(ctx, s, body);
                    case "GET" -> {
                        if (failNextList != 0) {
                            int status = failNextList;
                            failNextList = 0;
                            error(ctx, status, "service unavailable");
                            return;
                        }
                        listCalls(ctx, s, body);
                    }
                    default -> error(ctx, 405, "method not allowed");
                }
                return;
            }
            if (!rest.endsWith("/") || rest.indexOf('/') != rest.length() - 1) {
                error(ctx, 404, "not found");
                return;
            }
            String name = rest.substring(0, rest.length() - 1);
            if (method.equals("POST") && name.equals("retrieve")) {
                retrieve(ctx, s);
                return;
            }
            if (method.equals("POST") && name.equals("imrn")) {
                imrn(ctx, s, body);
                return;
            }
            Call c = s.calls.get(name);
            switch (method) {
                case "GET", "PUT", "DELETE" -> {
                    if (c == null) {
                        error(ctx, 404, "call not found");
                        return;
                    }
                }
                default -> {
                    error(ctx, 405, "method not allowed");
                    return;
                }
            }
            switch (method) {
                case "GET" -> json(ctx, 200, c.details(s));
                case "DELETE" -> {
                    s.calls.remove(c.callId);
                    json(ctx, 200, Map.of());
                }
                default -> modify(ctx, s, c, body);
            }
        }
    }

    private static JsonNode body(RoutingContext ctx) {
        String text = ctx.body() == null ? null : ctx.body().asString();
        if (text == null || text.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode n = JSON.readTree(text);
            return n != null && n.isObject() ? n : null;
        } catch (Exception e) {
            return null;
        }
    }

    private void error(RoutingContext ctx, int status, String text) {
        ErrorShape shape = errorShape;
        java.util.regex.Matcher m = SUB_ERROR.matcher(text);
        boolean sub = m.matches();
        String code = sub ? m.group(1) : String.valueOf(status);
        String name = sub ? m.group(2) : null;
        String message = sub ? m.group(3).trim() : text;
        Map<String, Object> object = new java.util.LinkedHashMap<>();
        switch (shape) {
            case FLAT -> json(ctx, status, Map.of("error", text));
            case TEXT -> ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain").end(text);
            case OBJECT -> {
                object.put("code", Integer.parseInt(code));
                if (name != null) {
                    object.put("name", name);
                }
                object.put("message", message);
                json(ctx, status, Map.of("error", object));
            }
            case ERRORS_LIST -> {
                object.put("code", Integer.parseInt(code));
                if (name != null) {
                    object.put("error", name);
                }
                object.put("text", message);
                if (sub) {
                    object.put("reason", reasonOf(message));
                }
                json(ctx, status, Map.of("errors", List.of(object)));
            }
            case TOP_LEVEL -> {
                object.put("code", code);
                object.put("message", name == null ? message : name + ", \u201c" + message + "\u201d");
                json(ctx, status, object);
            }
            case OCI -> {
                object.put("errorCode", code);
                object.put("summary", sub ? (name == null ? message : name + ", " + message) : text);
                object.put("summaryEnglish", object.get("summary"));
                json(ctx, status, Map.of("error", object));
            }
            default -> throw new IllegalStateException(shape.name());
        }
    }

    private static final Pattern SUB_ERROR = Pattern.compile("^(\\d+): (?:([A-Z][A-Z0-9_]+), )?(.*)$", Pattern.DOTALL);

    /** The reason names the component classifies the documented sub-errors by (the ERRORS_LIST shape sends one). */
    private static String reasonOf(String text) {
        String[][] reasons = {
            { "The endpoint state", "ENDPOINT_STATE_INVALID" }, { "The state of the call", "CALL_STATE_INVALID" },
            { "The call is in the detached", "CALL_DETACHED" }, { "Transfer has failed", "TRANSFER_FAILED" },
            { "Consultative transfer already", "CONSULTATIVE_TRANSFER_IN_PROGRESS" },
            { "User has no charge address", "NO_CHARGE_ADDRESS" }, { "Recording is disabled", "RECORDING_DISABLED" },
            { "Recording has failed", "RECORDING_FAILED" }, { "User recording mode", "STOP_NOT_SUPPORTED" },
            { "Recording is not active", "RECORDING_NOT_ACTIVE" }, { "IMRN allocation failed", "IMRN_ALLOCATION_FAILED" } };
        for (String[] r : reasons) {
            if (text.startsWith(r[0])) {
                return r[1];
            }
        }
        return "OTHER";
    }

    /**
     * The shapes of error bodies APIO answers with (the vendor document shows none): every error of the simulator
     * is sent in the chosen one.
     */
    public enum ErrorShape {
        /** {@code {"error": "59: INVALID_CALL_OPERATION, The state of the call is not valid."}} (the default). */
        FLAT,
        /** The same text as a {@code text/plain} body. */
        TEXT,
        /** {@code {"error": {"code": 59, "name": "INVALID_CALL_OPERATION", "message": "The state ..."}}}. */
        OBJECT,
        /** {@code {"errors": [{"code": 59, "error": "INVALID_CALL_OPERATION", "text": "...", "reason": "CALL_STATE_INVALID"}]}}. */
        ERRORS_LIST,
        /** {@code {"code": "59", "message": "INVALID_CALL_OPERATION, \u201cThe state ...\u201d"}}. */
        TOP_LEVEL,
        /** OCI names: {@code {"error": {"errorCode": "59", "summary": "INVALID_CALL_OPERATION, The state ...", "summaryEnglish": ...}}}. */
        OCI
    }

    private volatile ErrorShape errorShape = ErrorShape.FLAT;

    /** Sends every error body in this shape (reset: FLAT). */
    public BroadworksSimulator errorShape(ErrorShape shape) {
        this.errorShape = shape;
        return this;
    }

    private static String text(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    // ---- auth ------------------------------------------------------------------------------------------

    private void login(RoutingContext ctx) {
        JsonNode body = body(ctx);
        String user = body == null ? null : text(body, "username");
        String pass = body == null ? null : text(body, "password");
        if (user == null || pass == null || !pass.equals(credentials.get(user))) {
            error(ctx, 401, "invalid credentials");
            return;
        }
        String access = token("at", user, clock().now().plus(accessTokenTtl));
        String refresh = token("rt", user, clock().now().plus(refreshTokenTtl));
        accessTokens.put(access, clock().now().plus(accessTokenTtl));
        refreshTokens.put(refresh, clock().now().plus(refreshTokenTtl));
        json(ctx, 200, Map.of("access_token", access, "refresh_token", refresh));
    }

    private void refresh(RoutingContext ctx) {
        String token = bearer(ctx);
        Instant exp = token == null ? null : refreshTokens.get(token);
        if (exp == null || !clock().now().isBefore(exp)) {
            error(ctx, 401, "invalid or expired refresh token");
            return;
        }
        String access = token("at", "refresh", clock().now().plus(accessTokenTtl));
        accessTokens.put(access, clock().now().plus(accessTokenTtl));
        json(ctx, 200, Map.of("access_token", access));
    }

    private boolean authorized(RoutingContext ctx) {
        String token = bearer(ctx);
        if (token == null) {
            return false;
        }
        if (machineTokens.contains(token)) {
            return true;
        }
        Instant exp = accessTokens.get(token);
        return exp != null && clock().now().isBefore(exp);
    }

    private static String bearer(RoutingContext ctx) {
        String h = ctx.request().getHeader("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).trim();
    }

    // ---- call service ----------------------------------------------------------------------------------

    private void makeCall(RoutingContext ctx, Subscriber s, JsonNode body) {
        String number = text(body, "phoneNumber");
        if (number == null || !PHONE.matcher(number).matches()) {
            error(ctx, 400, "invalid phone number");
            return;
        }
        if (!s.hasChargeAddress()) {
            error(ctx, 403, "invalid calling user");
            return;
        }
        Call c = s.newCall("Click-to-Dial", number);
        long gen = generation;
        clock().schedule(USER_ANSWER_TIME, () -> advance(gen, s, c, "Alerting/Ringing", "Answered"));
        clock().schedule(USER_ANSWER_TIME.plus(REMOTE_ANSWER_TIME), () -> advance(gen, s, c, "Answered", "Active"));
        json(ctx, 201, Map.of("callId", c.callId, "externalTrackingId", c.trackingId));
    }

    private synchronized void advance(long gen, Subscriber s, Call c, String from, String to) {
        if (gen != generation || s.calls.get(c.callId) != c || !from.equals(c.state)) {
            return;
        }
        c.state = to;
        if ("Active".equals(to)) {
            c.answerTime = now();
            if (s.recordingMode == RecordingMode.ALWAYS || s.recordingMode == RecordingMode.ALWAYS_PAUSE_RESUME) {
                c.recorded = true;
                c.recordingState = "Started";
            }
        }
    }

    private void listCalls(RoutingContext ctx, Subscriber s, JsonNode body) {
        boolean details = body.path("includeDetails").asBoolean(false)
                || "true".equalsIgnoreCase(ctx.request().getParam("includeDetails"));
        List<Map<String, Object>> calls = new ArrayList<>();
        for (Call c : s.calls.values()) {
            if (details) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("callId", c.callId);
                m.put("inConference", c.inConference);
                m.putAll(c.details(s));
                m.remove("recorded");
                m.remove("recordingState");
                m.remove("allowedRecordingControls");
                calls.add(m);
            } else {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("callId", c.callId);
                m.put("inConference", c.inConference);
                m.put("uri", s.base() + c.callId + "/");
                calls.add(m);
            }
        }
        json(ctx, 200, Map.of("calls", calls));
    }

    private void modify(RoutingContext ctx, Subscriber s, Call c, JsonNode body) {
        String action = text(body, "action");
        if (action == null) {
            error(ctx, 400, "missing action");
            return;
        }
        if (!Set.of("hold", "reconnect", "blindTransfer", "consultativeTransfer", "startRecording", "pauseRecording",
                "resumeRecording", "stopRecording").contains(action)) {
            error(ctx, 400, "invalid action " + action);
            return;
        }
        if ("Detached".equals(c.state)) {
            error(ctx, 400, ERR_DETACHED);
            return;
        }
        String err = switch (action) {
            case "hold" -> hold(c);
            case "reconnect" -> reconnect(s, c);
            case "blindTransfer" -> blindTransfer(ctx, s, c, text(body, "phoneNumber"));
            case "consultativeTransfer" -> consultativeTransfer(ctx, s, c, text(body, "transferCallId"));
            default -> recording(s, c, action);
        };
        if (ctx.response().ended()) {
            return;
        }
        if (err != null) {
            error(ctx, 400, err);
        } else {
            json(ctx, 200, Map.of());
        }
    }

    private static String hold(Call c) {
        if (!"Active".equals(c.state) && !"Remote Held".equals(c.state)) {
            return ERR_CALL_STATE;
        }
        c.state = "Held";
        return null;
    }

    private static String reconnect(Subscriber s, Call c) {
        if (!"Held".equals(c.state)) {
            return ERR_CALL_STATE;
        }
        c.state = "Active";
        if ("Pending".equals(c.recordingState)) {
            c.recordingState = "Started";
            c.recorded = true;
        }
        s.calls.values().removeIf(o -> o != c);
        return null;
    }

    private String blindTransfer(RoutingContext ctx, Subscriber s, Call c, String number) {
        if (number == null || !PHONE.matcher(number).matches()) {
            error(ctx, 400, "invalid phone number");
            return null;
        }
        if (!s.hasChargeAddress()) {
            return ERR_NO_CHARGE_ADDRESS;
        }
        if (!answered(c)) {
            return ERR_ENDPOINT_STATE;
        }
        if (c.transferring) {
            return ERR_CONSULT_IN_PROGRESS;
        }
        if (failingTransferTargets.contains(number)) {
            return ERR_TRANSFER_FAILED;
        }
        s.calls.remove(c.callId);
        return null;
    }

    private String consultativeTransfer(RoutingContext ctx, Subscriber s, Call c, String otherId) {
        if (otherId == null || otherId.isBlank()) {
            error(ctx, 400, "missing transferCallId");
            return null;
        }
        Call other = s.calls.get(otherId);
        if (other == null) {
            error(ctx, 404, "call not found");
            return null;
        }
        if (other == c) {
            return ERR_CALL_STATE;
        }
        if (!s.hasChargeAddress()) {
            return ERR_NO_CHARGE_ADDRESS;
        }
        if (c.transferring || other.transferring) {
            return ERR_CONSULT_IN_PROGRESS;
        }
        if ("Detached".equals(other.state)) {
            return ERR_DETACHED;
        }
        if (!answered(c) || !answered(other)) {
            return ERR_ENDPOINT_STATE;
        }
        if (failingTransferTargets.contains(other.remoteAddress)) {
            return ERR_TRANSFER_FAILED;
        }
        c.transferring = true;
        other.transferring = true;
        long gen = generation;
        clock().schedule(CONSULTATIVE_TRANSFER_TIME, () -> {
            synchronized (BroadworksSimulator.this) {
                if (gen == generation) {
                    s.calls.remove(c.callId, c);
                    s.calls.remove(other.callId, other);
                }
            }
        });
        return null;
    }

    private static boolean answered(Call c) {
        return "Active".equals(c.state) || "Held".equals(c.state) || "Remote Held".equals(c.state);
    }

    private static String recording(Subscriber s, Call c, String action) {
        RecordingMode mode = s.recordingMode;
        if (mode == RecordingMode.NEVER) {
            return ERR_RECORDING_DISABLED;
        }
        if ("Failed".equals(c.recordingState)) {
            return ERR_RECORDING_FAILED;
        }
        switch (action) {
            case "startRecording" -> {
                if (mode != RecordingMode.ON_DEMAND) {
                    return ERR_CALL_STATE;
                }
                if (!answered(c)) {
                    return ERR_ENDPOINT_STATE;
                }
                if (c.recordingState != null) {
                    return ERR_CALL_STATE;
                }
                if ("Held".equals(c.state)) {
                    c.recordingState = "Pending";
                } else {
                    c.recordingState = "Started";
                    c.recorded = true;
                }
            }
            case "pauseRecording" -> {
                if (mode == RecordingMode.ALWAYS) {
                    return ERR_CALL_STATE;
                }
                if (!"Started".equals(c.recordingState)) {
                    return ERR_RECORDING_NOT_ACTIVE;
                }
                c.recordingState = "Paused";
            }
            case "resumeRecording" -> {
                if (mode == RecordingMode.ALWAYS) {
                    return ERR_CALL_STATE;
                }
                if (!"Paused".equals(c.recordingState)) {
                    return ERR_RECORDING_NOT_ACTIVE;
                }
                c.recordingState = "Started";
            }
            default -> {
                if (mode != RecordingMode.ON_DEMAND) {
                    return ERR_STOP_NOT_SUPPORTED;
                }
                if (c.recordingState == null) {
                    return ERR_RECORDING_NOT_ACTIVE;
                }
                c.recordingState = null;
                c.recorded = false;
            }
        }
        return null;
    }

    private void retrieve(RoutingContext ctx, Subscriber s) {
        Call elsewhere = s.calls.values().stream().filter(c -> c.atOtherLocation).findFirst().orElse(null);
        if (elsewhere == null || !s.multipleAppearance) {
            error(ctx, 404, "no call to retrieve");
            return;
        }
        if (!"Active".equals(elsewhere.state) && !"Held".equals(elsewhere.state)) {
            error(ctx, 400, "invalid call state");
            return;
        }
        s.calls.remove(elsewhere.callId);
        Call c = s.newCall("Originator", elsewhere.remoteAddress);
        c.state = "Active";
        c.answerTime = now();
        json(ctx, 201, Map.of("callId", c.callId, "externalTrackingId", c.trackingId));
    }

    private void imrn(RoutingContext ctx, Subscriber s, JsonNode body) {
        String called = text(body, "phoneNumber");
        String calling = text(body, "callingPhoneNumber");
        if (called == null || !PHONE.matcher(called).matches() || calling == null
                || !PHONE.matcher(calling).matches()) {
            error(ctx, 400, "invalid phone number");
            return;
        }
        boolean known = subscribers.values().stream()
                .anyMatch(o -> calling.equals(o.phoneNumber) || calling.equals(o.extension));
        if (!known) {
            error(ctx, 404, "callingPhoneNumber not found");
            return;
        }
        String imrn = imrnPool.poll();
        if (imrn == null) {
            error(ctx, 400, ERR_IMRN_FAILED);
            return;
        }
        s.imrns.add(imrn);
        long gen = generation;
        clock().schedule(IMRN_HOLD_TIME, () -> {
            synchronized (BroadworksSimulator.this) {
                if (gen == generation && s.imrns.remove(imrn)) {
                    imrnPool.add(imrn);
                }
            }
        });
        json(ctx, 201, Map.of("imrn", imrn));
    }

    // ---- model -----------------------------------------------------------------------------------------

    private final class Subscriber {
        final String tenant;
        final String group;
        final String user;
        final String phoneNumber;
        final String extension;
        RecordingMode recordingMode = RecordingMode.ON_DEMAND;
        boolean multipleAppearance = true;
        final Map<String, Call> calls = new LinkedHashMap<>();
        final Set<String> imrns = new HashSet<>();

        Subscriber(String tenant, String group, String user, String phoneNumber, String extension) {
            this.tenant = tenant;
            this.group = group;
            this.user = user;
            this.phoneNumber = phoneNumber;
            this.extension = extension;
        }

        boolean hasChargeAddress() {
            return phoneNumber != null || extension != null;
        }

        String base() {
            return "/api/v1/tenants/" + tenant + "/groups/" + group + "/users/" + user + "/services/calls/";
        }

        Call newCall(String personality, String remote) {
            Call c = new Call();
            c.callId = "callhalf-" + callSeq.incrementAndGet() + ":0";
            c.trackingId = UUID.randomUUID().toString();
            c.personality = personality;
            c.state = "Alerting/Ringing";
            c.remoteAddress = remote;
            c.aor = "LP_" + user + "@sip.example.com";
            int appearance = 1;
            while (true) {
                int a = appearance;
                if (calls.values().stream().noneMatch(o -> o.appearance == a)) {
                    break;
                }
                appearance++;
            }
            c.appearance = appearance;
            c.startTime = now();
            calls.put(c.callId, c);
            return c;
        }
    }

    private final class Call {
        String callId;
        String trackingId;
        String personality;
        String state;
        String remoteAddress;
        String aor;
        int appearance;
        String startTime;
        String answerTime;
        boolean inConference;
        boolean recorded;
        String recordingState;
        boolean atOtherLocation;
        boolean transferring;

        Map<String, Object> details(Subscriber s) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("callId", callId);
            m.put("externalTrackingId", trackingId);
            m.put("personality", personality);
            m.put("state", state);
            m.put("remoteParty", Map.of("address", remoteAddress,
                    "callType", subscribers.values().stream().anyMatch(o -> remoteAddress.equals(o.phoneNumber)
                            || remoteAddress.equals(o.extension)) ? "Group" : "Unknown"));
            m.put("endpoint", Map.of("addressOfRecord", aor));
            m.put("appearance", appearance);
            m.put("startTime", startTime);
            if (answerTime != null) {
                m.put("answerTime", answerTime);
            }
            m.put("recorded", recorded);
            if (recordingState != null) {
                m.put("recordingState", recordingState);
            }
            m.put("allowedRecordingControls", controls(s.recordingMode));
            return m;
        }

        String controls(RecordingMode mode) {
            if (mode == RecordingMode.NEVER || "Failed".equals(recordingState) || !answered(this)) {
                return "none";
            }
            if (recordingState == null) {
                return mode == RecordingMode.ON_DEMAND ? "record" : "none";
            }
            boolean stop = mode == RecordingMode.ON_DEMAND;
            return switch (recordingState) {
                case "Started" -> mode == RecordingMode.ALWAYS ? "none" : stop ? "pause-stop" : "pause";
                case "Paused" -> stop ? "resume-stop" : "resume";
                case "Pending" -> stop ? "stop" : "none";
                default -> "none";
            };
        }
    }
}
