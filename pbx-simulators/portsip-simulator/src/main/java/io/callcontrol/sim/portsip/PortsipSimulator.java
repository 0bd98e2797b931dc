package io.callcontrol.sim.portsip;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorMain;
import io.callcontrol.sim.kit.SimulatorServer;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.vertx.core.MultiMap;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A stateful PortSIP PBX, built from {@code portsip-call-control-rest.txt} and the PortSIP facts of
 * {@code VENDOR-NOTES.md}, independently of the camel-portsip component.
 * <ul>
 * <li>OAuth login on {@code POST /api/login/oauth/token} (form-encoded; {@code password} and {@code refresh_token}
 * grants; fixed {@code client_id}); access tokens expire on the simulator's {@link SimClock} after
 * {@link #tokenLifetime(Duration)}; {@code POST /api/login/oauth/revoke}.</li>
 * <li>Call control under {@code /api/sessions}: {@code GET /directly} (extension password, no token),
 * {@code POST /} (Bearer), {@code POST /{id}/destroy|hold|unhold|refer|attended_refer}, {@code GET /} (list).
 * Session id {@code 1} in hold/unhold/refer (and attended_refer) means "the extension's last call".</li>
 * <li>Sessions move {@code trying -> ringing -> connected} on the clock (or fail, see
 * {@link #calleeBehaviour(String, CalleeBehaviour)}), and each step is POSTed as the documented webhook event
 * ({@code call_start}, {@code call_update_info}, {@code cdr_target_*}, {@code call_cdr}, each with a {@code uuid})
 * to the configured {@link #eventUrl(String) Event URL}, with the PBX's retry schedule (a 404 stops retries).</li>
 * <li>The WSI pub/sub WebSocket on {@code /wsi}: an {@code auth} frame ({@code username}, {@code password}[,
 * {@code domain}] or {@code extension_number} and {@code password}) answered {@code {"command":"auth","id":"1",
 * "status":0}} (failure: {@code status -1} and {@code error}), then {@code subscribe} to {@code topics}
 * ({@code extension_events}, {@code cdr_events}, {@code queue_events}, {@code global_*}) for {@code extensions};
 * every event is then also pushed, as the same JSON object the webhook carries, to the subscribers of its topic
 * ({@code call_start}/{@code call_update_info}: extension_events; {@code cdr_*}/{@code call_cdr}: cdr_events)
 * whose extensions take part in the call. An extension sees its own calls only.</li>
 * <li>Errors are {@code {"errors":[{"code","message","detail"}]}} with upper-snake codes.</li>
 * </ul>
 * Defaults: tenant domain {@value #DOMAIN}; extensions 1001/1002/1003 (passwords {@code A1s2d3f4},
 * {@code B1s2d3f4}, {@code C1s2d3f4}); system administrator {@value #ADMIN_USER}; trunk {@value #TRUNK}.
 * <p>
 * Run by hand: {@code java io.callcontrol.sim.portsip.PortsipSimulator --port 8899}; the Event URL may be given
 * with {@code -Dportsip.sim.eventUrl=http://...} (or the environment variable {@code PORTSIP_SIM_EVENT_URL}).
 */
public class PortsipSimulator extends SimulatorServer {

    /** The OAuth client id PortSIP's web portal uses (VENDOR-NOTES). */
    public static final String CLIENT_ID = "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a";
    public static final String DOMAIN = "test.io";
    public static final String TENANT_ID = "883611252155219968";
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "Adm1n-Pass";
    public static final String TRUNK = "trunk1";
    /** PortSIP's documented retry schedule of a webhook delivery after a failed try. */
    public static final List<Duration> DEFAULT_RETRY_DELAYS = List.of(Duration.ofSeconds(15), Duration.ofMinutes(1),
            Duration.ofMinutes(3), Duration.ofMinutes(8), Duration.ofMinutes(15));

    static final Set<String> ADDITIONAL_HEADERS = Set.of("ANSWER_MODE", "CALL_INFO", "ALERT_INFO_AUTO_ANSWER_DELAY0",
            "ALERT_INFO_AUTO_ANSWER", "ALERT_INFO_INTERCOM");
    static final Set<String> HEADER_DIRECTIONS = Set.of("CALLER", "CALLEE", "ALL");
    private static final List<String> OPTIONAL_STRINGS = List.of("caller_display_name", "trunk", "rewrite_from",
            "rewrite_pai", "rewrite_rpi", "user_data", "additional_header", "header_direction");

    /** What a called party does when the PBX invites it. */
    public enum CalleeBehaviour {
        /** Rings, then answers after the answer delay (default). */
        ANSWER,
        /** Rings until the no-answer timeout: {@code cdr_target_noanswer}, then the call ends. */
        NO_ANSWER,
        /** Rejects with 486 Busy Here: {@code cdr_target_fail}, then the call ends. */
        BUSY,
        /** Cannot be reached (408): {@code cdr_target_fail}, then the call ends. */
        UNREACHABLE
    }

    /** One try of delivering a webhook event: the receiver's HTTP status, or 0 with the error. */
    public record EventDelivery(String uuid, String eventType, int attempt, int status, String error) {
    }

    private record Account(String password, String domain) {
    }

    private record Token(String access, String refresh, String username, String domain, Instant accessExpires,
                         Instant refreshExpires) {
    }

    private record Fault(String method, String path, int status, String body) {
    }

    // ---- configuration (back to defaults on reset) ----
    private final Map<String, Account> admins = new LinkedHashMap<>();
    private final Map<String, Account> extensions = new LinkedHashMap<>();
    private final Set<String> trunks = new java.util.LinkedHashSet<>();
    private final Map<String, CalleeBehaviour> behaviours = new LinkedHashMap<>();
    private Duration tokenLifetime;
    private Duration refreshTokenLifetime;
    private Duration ringDelay;
    private Duration answerDelay;
    private Duration noAnswerTimeout;
    private List<Duration> retryDelays;
    private String eventUrl;
    private final String configuredEventUrl;
    private String eventAuthorization;

    // ---- state ----
    private final Map<String, Token> accessTokens = new LinkedHashMap<>();
    private final Map<String, Token> refreshTokens = new LinkedHashMap<>();
    private final Map<String, SimCall> calls = new LinkedHashMap<>();
    private final Map<String, String> lastCallOfExtension = new LinkedHashMap<>();
    private final List<Map<String, Object>> events = new ArrayList<>();
    private final List<EventDelivery> deliveries = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicLong nextId = new AtomicLong(884757570370146304L);
    private int epoch;
    /** WSI pub/sub connections: who authenticated, which topics and extensions they subscribed to. */
    private final Map<ServerWebSocket, WsiClient> wsiClients = new ConcurrentHashMap<>();

    /** The WSI topics; {@code global_*} topics are accepted too (and carry nothing here). */
    public static final Set<String> WSI_TOPICS = Set.of("extension_events", "cdr_events", "queue_events");

    private static final class WsiClient {
        volatile String user;
        volatile String ownExtension; // set when an extension (not an administrator) authenticated
        final Set<String> topics = ConcurrentHashMap.newKeySet();
        final Set<String> extensions = ConcurrentHashMap.newKeySet();
    }

    public PortsipSimulator(SimClock clock, String host, int port) {
        super(clock, host, port);
        String url = System.getProperty("portsip.sim.eventUrl", System.getenv("PORTSIP_SIM_EVENT_URL"));
        configuredEventUrl = url == null || url.isBlank() ? null : url;
        defaults();
    }

    /** Loopback, free port, manual clock. */
    public PortsipSimulator() {
        this(SimClock.manual(), "127.0.0.1", 0);
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args, PortsipSimulator::new);
    }

    private void defaults() {
        admins.clear();
        extensions.clear();
        trunks.clear();
        behaviours.clear();
        admins.put(ADMIN_USER, new Account(ADMIN_PASSWORD, null));
        extensions.put("1001", new Account("A1s2d3f4", DOMAIN));
        extensions.put("1002", new Account("B1s2d3f4", DOMAIN));
        extensions.put("1003", new Account("C1s2d3f4", DOMAIN));
        trunks.add(TRUNK);
        tokenLifetime = Duration.ofSeconds(1800);
        refreshTokenLifetime = Duration.ofDays(7);
        ringDelay = Duration.ofSeconds(1);
        answerDelay = Duration.ofSeconds(3);
        noAnswerTimeout = Duration.ofSeconds(30);
        retryDelays = DEFAULT_RETRY_DELAYS;
        eventUrl = configuredEventUrl;
        eventAuthorization = null;
    }

    @Override
    public synchronized void reset() {
        dropWsiConnections();
        super.reset();
        defaults();
        accessTokens.clear();
        refreshTokens.clear();
        calls.clear();
        lastCallOfExtension.clear();
        events.clear();
        deliveries.clear();
        faults.clear();
        epoch++;
        notifyAll();
    }

    // ---- configuration API for tests and the examples application ----

    /** Adds (or replaces) an extension of a tenant domain. */
    public synchronized PortsipSimulator extension(String number, String password, String domain) {
        extensions.put(number, new Account(password, domain));
        return this;
    }

    /** Adds (or replaces) a system administrator (logs in without a domain). */
    public synchronized PortsipSimulator admin(String username, String password) {
        admins.put(username, new Account(password, null));
        return this;
    }

    public synchronized PortsipSimulator trunk(String name) {
        trunks.add(name);
        return this;
    }

    public synchronized PortsipSimulator tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    public synchronized PortsipSimulator refreshTokenLifetime(Duration lifetime) {
        this.refreshTokenLifetime = lifetime;
        return this;
    }

    public synchronized PortsipSimulator ringDelay(Duration d) {
        this.ringDelay = d;
        return this;
    }

    public synchronized PortsipSimulator answerDelay(Duration d) {
        this.answerDelay = d;
        return this;
    }

    public synchronized PortsipSimulator noAnswerTimeout(Duration d) {
        this.noAnswerTimeout = d;
        return this;
    }

    public synchronized PortsipSimulator calleeBehaviour(String number, CalleeBehaviour behaviour) {
        behaviours.put(number, behaviour);
        return this;
    }

    /** The PBX's "Event URL": where webhook events are POSTed (null: events are only kept in {@link #events()}). */
    public synchronized PortsipSimulator eventUrl(String url) {
        this.eventUrl = url;
        return this;
    }

    /** Authenticates webhook deliveries with HTTP Basic. */
    public synchronized PortsipSimulator eventBasicAuth(String username, String password) {
        this.eventAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Authenticates webhook deliveries with a Bearer token. */
    public synchronized PortsipSimulator eventBearerToken(String token) {
        this.eventAuthorization = "Bearer " + token;
        return this;
    }

    public synchronized PortsipSimulator eventRetryDelays(List<Duration> delays) {
        this.retryDelays = List.copyOf(delays);
        return this;
    }

    /** The next API request (login included) is answered with this status and raw body instead. */
    public synchronized PortsipSimulator failNextRequest(int status, String rawBody) {
        faults.add(new Fault(null, null, status, rawBody));
        return this;
    }

    /**
     * The next request with this method and path is answered with this status and raw body instead (faults queue
     * up: call it twice to fail two such requests).
     */
    public synchronized PortsipSimulator failNextRequest(String method, String path, int status, String rawBody) {
        faults.add(new Fault(method, path, status, rawBody));
        return this;
    }

    // ---- inspection API ----

    /** Active sessions as {@code GET /api/sessions} reports them. */
    public synchronized List<Map<String, Object>> sessions() {
        return calls.values().stream().map(SimCall::toListItem).toList();
    }

    /** One active session as {@code GET /api/sessions} reports it, or null. */
    public synchronized Map<String, Object> session(String id) {
        SimCall c = calls.get(id);
        return c == null ? null : c.toListItem();
    }

    /** Every webhook event emitted since the last reset, in order (delivered or not). */
    public synchronized List<Map<String, Object>> events() {
        return List.copyOf(events);
    }

    public synchronized List<EventDelivery> deliveries() {
        return List.copyOf(deliveries);
    }

    /** Waits (briefly, in real time) until a delivery matching the predicate was recorded. */
    public synchronized EventDelivery awaitDelivery(Predicate<EventDelivery> p, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (EventDelivery d : deliveries) {
                if (p.test(d)) {
                    return d;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching delivery within " + timeout + "; seen: " + deliveries);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Whether the access token is currently accepted. */
    public synchronized boolean isTokenValid(String accessToken) {
        Token t = accessTokens.get(accessToken);
        return t != null && clock().now().isBefore(t.accessExpires());
    }

    // ---- HTTP ----

    @Override
    protected void configure(Router router) {
        router.route("/api/*").handler(this::injectFault);
        router.post("/api/login/oauth/token").handler(this::token);
        router.post("/api/login/oauth/revoke").handler(this::revoke);
        router.get("/api/sessions/directly").handler(this::initiateDirectly);
        router.get("/api/sessions").handler(this::listSessions);
        router.post("/api/sessions").handler(this::initiate);
        router.post("/api/sessions/:id/destroy").handler(this::destroy);
        router.post("/api/sessions/:id/hold").handler(ctx -> hold(ctx, true));
        router.post("/api/sessions/:id/unhold").handler(ctx -> hold(ctx, false));
        router.post("/api/sessions/:id/refer").handler(this::refer);
        router.post("/api/sessions/:id/attended_refer").handler(this::attendedRefer);
        router.route("/api/*").handler(ctx -> error(ctx, 404, "NOT_FOUND", "Not found",
                ctx.request().method() + " " + ctx.request().path() + " is not an API of this PBX"));
    }

    private void injectFault(RoutingContext ctx) {
        Fault f = null;
        synchronized (this) {
            for (java.util.Iterator<Fault> it = faults.iterator(); it.hasNext();) {
                Fault candidate = it.next();
                if (candidate.method() == null || candidate.method().equalsIgnoreCase(ctx.request().method().name())
                        && candidate.path().equals(ctx.request().path())) {
                    f = candidate;
                    it.remove();
                    break;
                }
            }
        }
        if (f == null) {
            ctx.next();
        } else {
            ctx.response().setStatusCode(f.status()).putHeader("Content-Type", "application/json").end(f.body());
        }
    }

    static void error(RoutingContext ctx, int status, String code, String message, String detail) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", code);
        e.put("message", message);
        if (detail != null) {
            e.put("detail", detail);
        }
        json(ctx, status, Map.of("errors", List.of(e)));
    }

    private static void validationFailed(RoutingContext ctx, String detail) {
        error(ctx, 400, "VALIDATE_FAILED", "Validation failed", detail);
    }

    private static boolean blank(Object v) {
        return v == null || v.toString().isBlank();
    }

    private static String str(Map<String, Object> m, String k) {
        Object v = m.get(k);
        return v == null ? null : v.toString();
    }

    /** The token behind {@code Authorization: Bearer ...}, or null after answering 401. */
    private Token bearer(RoutingContext ctx) {
        String h = ctx.request().getHeader("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            error(ctx, 401, "UNAUTHORIZED", "Unauthorized", "missing access token");
            return null;
        }
        String value = h.substring(7).trim();
        synchronized (this) {
            Token t = accessTokens.get(value);
            if (t == null) {
                error(ctx, 401, "UNAUTHORIZED", "Unauthorized", "invalid access token");
                return null;
            }
            if (!clock().now().isBefore(t.accessExpires())) {
                error(ctx, 401, "UNAUTHORIZED", "Unauthorized", "access token expired");
                return null;
            }
            return t;
        }
    }

    /** The JSON object body of a POST, or null after answering 400. */
    private Map<String, Object> jsonBody(RoutingContext ctx, boolean required) {
        String ct = ctx.request().getHeader("Content-Type");
        String raw = ctx.body() == null ? "" : ctx.body().asString();
        if (raw == null || raw.isBlank()) {
            if (required) {
                validationFailed(ctx, "a JSON body is required");
                return null;
            }
            return new LinkedHashMap<>();
        }
        if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            validationFailed(ctx, "Content-Type must be application/json");
            return null;
        }
        try {
            Object parsed = JSON.readValue(raw, Object.class);
            if (parsed instanceof Map<?, ?>) {
                return JSON.convertValue(parsed, new TypeReference<Map<String, Object>>() {
                });
            }
            validationFailed(ctx, "the body must be a JSON object");
        } catch (Exception e) {
            validationFailed(ctx, "the body is not valid JSON");
        }
        return null;
    }

    private void token(RoutingContext ctx) {
        String ct = ctx.request().getHeader("Content-Type");
        if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            validationFailed(ctx, "Content-Type must be application/x-www-form-urlencoded");
            return;
        }
        Map<String, List<String>> decoded = new QueryStringDecoder(ctx.body().asString(), StandardCharsets.UTF_8, false)
                .parameters();
        Map<String, String> form = new LinkedHashMap<>();
        decoded.forEach((k, v) -> form.put(k, v.isEmpty() ? "" : v.get(0)));
        String grant = form.get("grant_type");
        if (blank(grant) || blank(form.get("client_id"))) {
            validationFailed(ctx, "grant_type and client_id are required");
            return;
        }
        if (!CLIENT_ID.equals(form.get("client_id"))) {
            loginFailed(ctx);
            return;
        }
        synchronized (this) {
            switch (grant) {
                case "password" -> {
                    String user = form.get("username");
                    String password = form.get("password");
                    if (blank(user) || blank(password)) {
                        validationFailed(ctx, "username and password are required");
                        return;
                    }
                    String domain = form.get("domain");
                    Account a = admins.get(user);
                    if (a == null || domain != null && !domain.isBlank()) {
                        a = extensions.get(user);
                    }
                    boolean ok = a != null && a.password().equals(password)
                            && (a.domain() == null ? blank(domain) : a.domain().equals(domain));
                    if (!ok) {
                        loginFailed(ctx);
                        return;
                    }
                    issue(ctx, user, a.domain());
                }
                case "refresh_token" -> {
                    String rt = form.get("refresh_token");
                    if (blank(rt)) {
                        validationFailed(ctx, "refresh_token is required");
                        return;
                    }
                    Token old = refreshTokens.remove(rt);
                    if (old == null || !clock().now().isBefore(old.refreshExpires())) {
                        loginFailed(ctx);
                        return;
                    }
                    accessTokens.remove(old.access());
                    issue(ctx, old.username(), old.domain());
                }
                default -> validationFailed(ctx, "unsupported grant_type " + grant);
            }
        }
    }

    private static void loginFailed(RoutingContext ctx) {
        error(ctx, 400, "UNAUTHORIZED", "Login failed, authentication error", null);
    }

    private void issue(RoutingContext ctx, String username, String domain) {
        Instant now = clock().now();
        Token t = new Token("at-" + UUID.randomUUID(), "rt-" + UUID.randomUUID(), username, domain,
                now.plus(tokenLifetime), now.plus(refreshTokenLifetime));
        accessTokens.put(t.access(), t);
        refreshTokens.put(t.refresh(), t);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", t.access());
        body.put("expires_in", tokenLifetime.toSeconds());
        body.put("refresh_token", t.refresh());
        body.put("token_type", "Bearer");
        json(ctx, 200, body);
    }

    private void revoke(RoutingContext ctx) {
        Token t = bearer(ctx);
        if (t == null) {
            return;
        }
        synchronized (this) {
            accessTokens.remove(t.access());
            refreshTokens.remove(t.refresh());
        }
        json(ctx, 200, Map.of());
    }

    private void initiateDirectly(RoutingContext ctx) {
        MultiMap q = ctx.queryParams();
        List<String> missing = new ArrayList<>();
        for (String name : List.of("extension_number", "password", "caller", "callee", "domain", "send_sdp")) {
            if (blank(q.get(name))) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            validationFailed(ctx, "missing required parameter(s): " + String.join(", ", missing));
            return;
        }
        String sdp = q.get("send_sdp");
        if (!"true".equals(sdp) && !"false".equals(sdp)) {
            validationFailed(ctx, "send_sdp must be true or false");
            return;
        }
        Map<String, Object> request = new LinkedHashMap<>();
        q.forEach(e -> request.putIfAbsent(e.getKey(), e.getValue()));
        request.remove("password");
        request.put("send_sdp", Boolean.parseBoolean(sdp));
        if (!checkEnums(ctx, request)) {
            return;
        }
        synchronized (this) {
            Account ext = extensions.get(q.get("extension_number"));
            if (ext == null || !ext.password().equals(q.get("password")) || !ext.domain().equals(q.get("domain"))) {
                error(ctx, 401, "UNAUTHORIZED", "Unauthorized", "extension authentication failed");
                return;
            }
            json(ctx, 200, Map.of("id", originate(q.get("domain"), request).id));
        }
    }

    private boolean checkEnums(RoutingContext ctx, Map<String, Object> req) {
        Object ah = req.get("additional_header");
        if (!blank(ah) && !ADDITIONAL_HEADERS.contains(ah.toString())) {
            validationFailed(ctx, "additional_header must be one of " + String.join(", ", ADDITIONAL_HEADERS));
            return false;
        }
        Object hd = req.get("header_direction");
        if (!blank(hd) && !HEADER_DIRECTIONS.contains(hd.toString())) {
            validationFailed(ctx, "header_direction must be one of CALLER, CALLEE, ALL");
            return false;
        }
        return true;
    }

    private void initiate(RoutingContext ctx) {
        Token t = bearer(ctx);
        if (t == null) {
            return;
        }
        Map<String, Object> body = jsonBody(ctx, true);
        if (body == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String name : List.of("caller", "callee")) {
            Object v = body.get(name);
            if (v == null) {
                problems.add(name + " is required");
            } else if (!(v instanceof String s) || s.isBlank()) {
                problems.add(name + " must be a non-empty string");
            }
        }
        Object sdp = body.get("send_sdp");
        if (sdp == null) {
            problems.add("send_sdp is required");
        } else if (!(sdp instanceof Boolean)) {
            problems.add("send_sdp must be a boolean");
        }
        for (String name : OPTIONAL_STRINGS) {
            Object v = body.get(name);
            if (v != null && !(v instanceof String)) {
                problems.add(name + " must be a string");
            }
        }
        if (!problems.isEmpty()) {
            validationFailed(ctx, String.join("; ", problems));
            return;
        }
        if (!checkEnums(ctx, body)) {
            return;
        }
        synchronized (this) {
            String domain = t.domain() != null ? t.domain() : DOMAIN;
            json(ctx, 200, Map.of("id", originate(domain, body).id));
        }
    }

    private void listSessions(RoutingContext ctx) {
        if (bearer(ctx) == null) {
            return;
        }
        synchronized (this) {
            List<Map<String, Object>> items = sessions();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("count", items.size());
            body.put("items", items);
            json(ctx, 200, body);
        }
    }

    private void destroy(RoutingContext ctx) {
        if (bearer(ctx) == null) {
            return;
        }
        synchronized (this) {
            SimCall c = calls.get(ctx.pathParam("id"));
            if (c == null) {
                error(ctx, 404, "NOT_FOUND", "Session not found", "no session " + ctx.pathParam("id"));
                return;
            }
            if (c.state == SimCall.State.connected) {
                targetEvent(c, "cdr_target_end", "answered", 200, "caller_disconnected");
                end(c, "answered", "caller_disconnected", 200);
            } else {
                targetEvent(c, "cdr_target_noanswer", "noanswer", 487, "cancelled");
                end(c, "noanswer", "cancelled", 487);
            }
            json(ctx, 200, null);
        }
    }

    /**
     * Finds the call leg named by the URL id and the extension: id {@code 1} is the extension's last call; any
     * other id must be a session the extension takes part in. Answers 404 and returns null otherwise.
     */
    private SimCall leg(RoutingContext ctx, String id, String extension) {
        SimCall c;
        if ("1".equals(id)) {
            String last = lastCallOfExtension.get(extension);
            c = last == null ? null : calls.get(last);
        } else {
            c = calls.get(id);
        }
        if (c == null || !c.involves(extension)) {
            error(ctx, 404, "NOT_FOUND", "Session not found",
                    "no session " + id + " with a call leg of extension " + extension);
            return null;
        }
        return c;
    }

    private boolean connected(RoutingContext ctx, SimCall c) {
        if (c.state != SimCall.State.connected) {
            validationFailed(ctx, "session " + c.id + " is not connected (" + c.state + ")");
            return false;
        }
        return true;
    }

    private void hold(RoutingContext ctx, boolean hold) {
        if (bearer(ctx) == null) {
            return;
        }
        Map<String, Object> body = jsonBody(ctx, true);
        if (body == null || !requireStrings(ctx, body, "extension_number")) {
            return;
        }
        synchronized (this) {
            String ext = str(body, "extension_number");
            SimCall c = leg(ctx, ctx.pathParam("id"), ext);
            if (c == null || !connected(ctx, c)) {
                return;
            }
            if (hold) {
                c.heldBy.add(ext);
            } else {
                c.heldBy.remove(ext);
            }
            emit(callEvent(c, "call_update_info"));
            json(ctx, 200, null);
        }
    }

    private boolean requireStrings(RoutingContext ctx, Map<String, Object> body, String... names) {
        List<String> problems = new ArrayList<>();
        for (String n : names) {
            Object v = body.get(n);
            if (v == null) {
                problems.add(n + " is required");
            } else if (!(v instanceof String s) || s.isBlank()) {
                problems.add(n + " must be a non-empty string");
            }
        }
        if (problems.isEmpty()) {
            return true;
        }
        validationFailed(ctx, String.join("; ", problems));
        return false;
    }

    private void refer(RoutingContext ctx) {
        if (bearer(ctx) == null) {
            return;
        }
        Map<String, Object> body = jsonBody(ctx, true);
        if (body == null || !requireStrings(ctx, body, "extension_number", "refer_to")) {
            return;
        }
        synchronized (this) {
            String ext = str(body, "extension_number");
            SimCall c = leg(ctx, ctx.pathParam("id"), ext);
            if (c == null || !connected(ctx, c)) {
                return;
            }
            String remaining = c.otherParty(ext);
            String target = str(body, "refer_to");
            targetEvent(c, "cdr_target_end", "answered", 200, "referred");
            lastCallOfExtension.remove(ext, c.id);
            c.caller = remaining;
            c.callee = target;
            c.heldBy.clear();
            c.direction = direction(c.domain, remaining, target);
            emit(callEvent(c, "call_update_info"));
            invite(c);
            json(ctx, 200, null);
        }
    }

    private void attendedRefer(RoutingContext ctx) {
        if (bearer(ctx) == null) {
            return;
        }
        Map<String, Object> body = jsonBody(ctx, true);
        if (body == null || !requireStrings(ctx, body, "extension_number")) {
            return;
        }
        for (String n : List.of("session_1", "refer_to_1", "session_2", "refer_to_2")) {
            if (body.get(n) != null && !(body.get(n) instanceof String)) {
                validationFailed(ctx, n + " must be a string");
                return;
            }
        }
        synchronized (this) {
            String ext = str(body, "extension_number");
            String pathId = ctx.pathParam("id");
            if (!"1".equals(pathId) && !calls.containsKey(pathId)) {
                error(ctx, 404, "NOT_FOUND", "Session not found", "no session " + pathId);
                return;
            }
            SimCall first = transferLeg(ctx, ext, str(body, "session_1"), str(body, "refer_to_1"), 1);
            if (first == null) {
                return;
            }
            SimCall second = transferLeg(ctx, ext, str(body, "session_2"), str(body, "refer_to_2"), 2);
            if (second == null) {
                return;
            }
            if (first == second) {
                validationFailed(ctx, "the two call legs must be different sessions");
                return;
            }
            if (!connected(ctx, first) || !connected(ctx, second)) {
                return;
            }
            String a = first.otherParty(ext);
            String b = second.otherParty(ext);
            targetEvent(first, "cdr_target_end", "answered", 200, "replaced");
            end(first, "answered", "attended_transfer_complete", 200);
            targetEvent(second, "cdr_target_end", "answered", 200, "replaced");
            lastCallOfExtension.remove(ext, second.id);
            second.caller = a;
            second.callee = b;
            second.heldBy.clear();
            second.direction = direction(second.domain, a, b);
            remember(second);
            emit(callEvent(second, "call_update_info"));
            json(ctx, 200, null);
        }
    }

    private SimCall transferLeg(RoutingContext ctx, String ext, String session, String referTo, int n) {
        if (!blank(session) && !"0".equals(session)) {
            SimCall c = calls.get(session);
            if (c == null || !c.involves(ext)) {
                error(ctx, 404, "NOT_FOUND", "Session not found",
                        "no session " + session + " with a call leg of extension " + ext);
                return null;
            }
            return c;
        }
        if (blank(referTo)) {
            validationFailed(ctx, "session_" + n + " is 0 and refer_to_" + n + " is empty");
            return null;
        }
        SimCall found = null;
        for (SimCall c : calls.values()) {
            if (c.involves(ext) && referTo.equals(c.otherParty(ext))) {
                found = c;
            }
        }
        if (found == null) {
            error(ctx, 404, "NOT_FOUND", "Session not found",
                    "no call between extension " + ext + " and " + referTo);
        }
        return found;
    }

    // ---- call state machine ----

    private String direction(String domain, String caller, String callee) {
        boolean callerExt = isExtension(domain, caller);
        boolean calleeExt = isExtension(domain, callee);
        if (callerExt && calleeExt) {
            return "ext";
        }
        if (callerExt) {
            return "out";
        }
        return calleeExt ? "in" : "in2out";
    }

    private boolean isExtension(String domain, String number) {
        Account a = extensions.get(number);
        return a != null && a.domain().equals(domain);
    }

    private SimCall originate(String domain, Map<String, Object> request) {
        String id = String.valueOf(nextId.getAndIncrement());
        String cdrId = String.valueOf(nextId.getAndIncrement());
        SimCall c = new SimCall(id, cdrId, UUID.randomUUID().toString().replace("-", "") + "..", domain, request,
                clock().now());
        c.caller = str(request, "caller");
        c.callee = str(request, "callee");
        c.callerDisplayName = str(request, "caller_display_name");
        c.trunk = str(request, "trunk");
        c.userData = str(request, "user_data");
        c.direction = direction(domain, c.caller, c.callee);
        calls.put(id, c);
        remember(c);
        emit(callEvent(c, "call_start"));
        invite(c);
        return c;
    }

    private void remember(SimCall c) {
        for (String party : List.of(c.caller, c.callee)) {
            if (isExtension(c.domain, party)) {
                lastCallOfExtension.put(party, c.id);
            }
        }
    }

    /** Invites the callee: cdr_target_add now, then ringing/answer/failure on the clock. */
    private void invite(SimCall c) {
        int gen = ++c.generation;
        c.state = SimCall.State.trying;
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("call_type", "normal_call");
        target.put("caller", c.caller);
        target.put("callee", c.callee);
        target.put("destination", "sip:" + c.callee + "@" + c.domain);
        target.put("did", "");
        target.put("outbound_caller_id", "");
        target.put("id", c.cdrId);
        target.put("start_time", SimCall.unix(clock().now()));
        target.put("ring_time", "0");
        target.put("answered_time", "0");
        target.put("ended_time", "0");
        target.put("status", "noanswer");
        target.put("status_code", 0);
        target.put("end_reason", "None");
        target.put("ring_duration", "0");
        target.put("talk_duration", "0");
        target.put("trunk_name", c.trunk == null ? "" : c.trunk);
        c.targets.add(target);
        remember(c);
        emit(targetPayload(c, "cdr_target_add"));
        int epochNow = epoch;
        if (c.trunk != null && !c.trunk.isBlank() && !trunks.contains(c.trunk)) {
            step(c, gen, epochNow, Duration.ZERO, () -> fail(c, 503));
            return;
        }
        CalleeBehaviour b = behaviours.getOrDefault(c.callee, CalleeBehaviour.ANSWER);
        switch (b) {
            case BUSY -> step(c, gen, epochNow, ringDelay, () -> fail(c, 486));
            case UNREACHABLE -> step(c, gen, epochNow, ringDelay, () -> fail(c, 408));
            default -> step(c, gen, epochNow, ringDelay, () -> {
                c.state = SimCall.State.ringing;
                Instant now = clock().now();
                if (c.ringTime == null) {
                    c.ringTime = now;
                }
                c.currentTarget().put("ring_time", SimCall.unix(now));
                emit(targetPayload(c, "cdr_target_ringing"));
                if (b == CalleeBehaviour.ANSWER) {
                    step(c, gen, epochNow, answerDelay, () -> {
                        c.state = SimCall.State.connected;
                        Instant t = clock().now();
                        if (c.answeredTime == null) {
                            c.answeredTime = t;
                        }
                        Map<String, Object> tg = c.currentTarget();
                        tg.put("answered_time", SimCall.unix(t));
                        tg.put("status", "answered");
                        tg.put("status_code", 200);
                        tg.put("ring_duration", String.valueOf(
                                Duration.between(Instant.ofEpochSecond(Long.parseLong((String) tg.get("ring_time"))), t)
                                        .toSeconds()));
                        emit(targetPayload(c, "cdr_target_answer"));
                    });
                } else {
                    step(c, gen, epochNow, noAnswerTimeout, () -> {
                        targetEvent(c, "cdr_target_noanswer", "noanswer", 480, "None");
                        end(c, "noanswer", "None", 480);
                    });
                }
            });
        }
    }

    /** Schedules a transition that only happens if the call is still in the same generation and not reset. */
    private void step(SimCall c, int gen, int epochAt, Duration delay, Runnable action) {
        clock().schedule(delay, () -> {
            synchronized (PortsipSimulator.this) {
                if (epoch == epochAt && calls.get(c.id) == c && c.generation == gen) {
                    action.run();
                }
            }
        });
    }

    private void fail(SimCall c, int sipStatus) {
        targetEvent(c, "cdr_target_fail", "fail", sipStatus, "None");
        end(c, "fail", "None", sipStatus);
    }

    /** Closes the current target and emits its event. */
    private void targetEvent(SimCall c, String type, String status, int sipStatus, String reason) {
        Map<String, Object> tg = c.currentTarget();
        Instant now = clock().now();
        if (tg != null) {
            if (!"answered".equals(tg.get("status"))) {
                tg.put("status", status);
            }
            tg.put("status_code", sipStatus);
            tg.put("end_reason", reason);
            tg.put("ended_time", SimCall.unix(now));
            long answered = Long.parseLong((String) tg.get("answered_time"));
            tg.put("talk_duration", String.valueOf(answered == 0 ? 0 : now.getEpochSecond() - answered));
        }
        Map<String, Object> p = targetPayload(c, type);
        p.put("status_code", sipStatus);
        emit(p);
    }

    private void end(SimCall c, String callStatus, String reason, int sipStatus) {
        c.state = SimCall.State.ended;
        c.generation++;
        c.endedTime = clock().now();
        calls.remove(c.id);
        lastCallOfExtension.values().removeIf(c.id::equals);
        Map<String, Object> cdr = common(c, "call_cdr");
        cdr.put("call_id", c.callId);
        cdr.put("caller_display_name", c.callerDisplayName == null ? "" : c.callerDisplayName);
        cdr.put("caller_domain", c.domain);
        cdr.put("callee", c.callee);
        cdr.put("callee_domain", c.domain);
        cdr.put("call_status", callStatus);
        cdr.put("ended_reason", reason);
        cdr.put("start_time", SimCall.unix(c.startTime));
        cdr.put("ring_time", SimCall.unix(c.ringTime));
        cdr.put("answered_time", SimCall.unix(c.answeredTime));
        cdr.put("ended_time", SimCall.unix(c.endedTime));
        cdr.put("ring_duration", String.valueOf(c.ringTime == null ? 0
                : Duration.between(c.ringTime, c.answeredTime != null ? c.answeredTime : c.endedTime).toSeconds()));
        cdr.put("talk_duration", c.answeredTime == null ? 0 : Duration.between(c.answeredTime, c.endedTime).toSeconds());
        cdr.put("status_code", String.valueOf(sipStatus));
        cdr.put("trunk_name", c.trunk == null ? "" : c.trunk);
        cdr.put("tenant_name", "test");
        cdr.put("user_data", c.userData == null ? "" : c.userData);
        cdr.put("call_targets", c.targets.stream().map(LinkedHashMap::new).toList());
        emit(cdr);
    }

    // ---- events ----

    private Map<String, Object> common(SimCall c, String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_type", type);
        m.put("uuid", UUID.randomUUID().toString());
        m.put("time", SimCall.unix(clock().now()));
        m.put("session_id", c.id);
        m.put("cdr_id", c.cdrId);
        m.put("tenant_id", TENANT_ID);
        m.put("direction", c.direction);
        m.put("caller", c.caller);
        m.put("did", "");
        m.put("outbound_caller_id", "");
        return m;
    }

    private Map<String, Object> callEvent(SimCall c, String type) {
        Map<String, Object> m = common(c, type);
        m.put("user_data", c.userData == null ? "" : c.userData);
        m.put("call_id", c.callId);
        m.put("caller_display_name", c.callerDisplayName == null ? "" : c.callerDisplayName);
        m.put("callee_display_name", "");
        m.put("callee", c.callee);
        return m;
    }

    private Map<String, Object> targetPayload(SimCall c, String type) {
        Map<String, Object> m = common(c, type);
        Map<String, Object> tg = c.currentTarget();
        // the vendor's reference spells this key "destiantion"; we send the spelling its CDR example uses
        m.put("destination", tg == null ? "sip:" + c.callee + "@" + c.domain : tg.get("destination"));
        return m;
    }

    private void emit(Map<String, Object> event) {
        events.add(event);
        notifyAll();
        if (eventUrl != null) {
            deliver(event, 1, epoch);
        }
        publishWsi(event);
    }

    // ---- WSI pub/sub WebSocket (VENDOR-NOTES): auth frame, subscribe frame, then the events as they happen ----

    @Override
    protected boolean acceptsWebSocket(String path) {
        return "/wsi".equals(path);
    }

    @Override
    protected void onWebSocket(ServerWebSocket ws) {
        wsiClients.put(ws, new WsiClient());
        ws.closeHandler(v -> wsiClients.remove(ws));
    }

    @Override
    protected void onWebSocketText(ServerWebSocket ws, String text) {
        WsiClient client = wsiClients.get(ws);
        if (client == null) {
            return;
        }
        JsonNode frame;
        try {
            frame = JSON.readTree(text);
        } catch (Exception e) {
            wsiReply(ws, "", null, "Malformed JSON frame");
            return;
        }
        String command = frame.path("command").asText("");
        String id = frame.hasNonNull("id") ? frame.get("id").asText() : "1";
        switch (command) {
            case "auth" -> wsiAuth(ws, client, frame, id);
            case "subscribe" -> {
                if (client.user == null) {
                    wsiReply(ws, command, id, "Not authenticated: send the auth command first");
                    return;
                }
                JsonNode topics = frame.path("topics");
                if (!topics.isArray() || topics.isEmpty()) {
                    wsiReply(ws, command, id, "topics is required: a non-empty array");
                    return;
                }
                Set<String> wanted = new java.util.LinkedHashSet<>();
                for (JsonNode t : topics) {
                    String topic = t.asText();
                    if (!WSI_TOPICS.contains(topic) && !topic.startsWith("global_")) {
                        wsiReply(ws, command, id, "Unknown topic " + topic);
                        return;
                    }
                    wanted.add(topic);
                }
                Set<String> exts = new java.util.LinkedHashSet<>();
                for (JsonNode e : frame.path("extensions")) {
                    exts.add(e.asText());
                }
                if (client.ownExtension != null && !exts.isEmpty() && !Set.of(client.ownExtension).containsAll(exts)) {
                    wsiReply(ws, command, id, "An extension may subscribe to its own events only");
                    return;
                }
                client.topics.addAll(wanted);
                client.extensions.addAll(exts);
                wsiReply(ws, command, id, null);
            }
            default -> wsiReply(ws, command, id, "Unknown command " + command);
        }
    }

    private synchronized void wsiAuth(ServerWebSocket ws, WsiClient client, JsonNode frame, String id) {
        String password = frame.path("password").asText("");
        String username = frame.path("username").asText("");
        String extension = frame.path("extension_number").asText("");
        String domain = frame.path("domain").asText("");
        boolean ok;
        String user;
        if (!extension.isEmpty()) {
            Account a = extensions.get(extension);
            ok = a != null && a.password().equals(password);
            user = extension;
        } else {
            Account a = admins.get(username);
            if (a == null || !domain.isEmpty()) {
                a = extensions.get(username);
            }
            ok = !username.isEmpty() && a != null && a.password().equals(password)
                 && (a.domain() == null ? domain.isEmpty() : a.domain().equals(domain));
            user = username;
            if (ok && a.domain() != null) {
                extension = username;
            }
        }
        if (!ok) {
            wsiReply(ws, "auth", id, "Login failed, authentication error");
            return;
        }
        client.user = user;
        client.ownExtension = extension.isEmpty() ? null : extension;
        wsiReply(ws, "auth", id, null);
    }

    private static void wsiReply(ServerWebSocket ws, String command, String id, String error) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("command", command);
        reply.put("id", id == null ? "1" : id);
        reply.put("status", error == null ? 0 : -1);
        if (error != null) {
            reply.put("error", error);
        }
        try {
            ws.writeTextMessage(JSON.writeValueAsString(reply));
        } catch (Exception e) {
            ws.close();
        }
    }

    private void publishWsi(Map<String, Object> event) {
        if (wsiClients.isEmpty()) {
            return;
        }
        String type = String.valueOf(event.get("event_type"));
        String topic = type.startsWith("cdr_") || "call_cdr".equals(type) ? "cdr_events" : "extension_events";
        String text;
        try {
            text = JSON.writeValueAsString(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        // the parties: caller, callee, and the user of a target event's destination (sip:1002@domain)
        Set<String> parties = new java.util.HashSet<>();
        parties.add(String.valueOf(event.get("caller")));
        parties.add(String.valueOf(event.get("callee")));
        Object destination = event.get("destination");
        if (destination instanceof String d && d.startsWith("sip:") && d.indexOf('@') > 4) {
            parties.add(d.substring(4, d.indexOf('@')));
        }
        wsiClients.forEach((ws, client) -> {
            if (client.user == null || !client.topics.contains(topic)) {
                return;
            }
            Set<String> filter = client.ownExtension != null && client.extensions.isEmpty()
                    ? Set.of(client.ownExtension) : client.extensions;
            if (!filter.isEmpty() && filter.stream().noneMatch(parties::contains)) {
                return;
            }
            ws.writeTextMessage(text);
        });
    }

    /** Open WSI connections that authenticated and subscribed to something. */
    public int wsiSubscribers() {
        return (int) wsiClients.values().stream().filter(c -> c.user != null && !c.topics.isEmpty()).count();
    }

    /** Closes every WSI connection (as a PBX restart would). */
    public void dropWsiConnections() {
        wsiClients.keySet().forEach(ws -> ws.close((short) 1001, "going away"));
    }

    private void deliver(Map<String, Object> event, int attempt, int epochAt) {
        String url;
        Map<String, String> headers = new LinkedHashMap<>();
        synchronized (this) {
            if (epoch != epochAt || eventUrl == null) {
                return;
            }
            url = eventUrl;
            if (eventAuthorization != null) {
                headers.put("Authorization", eventAuthorization);
            }
        }
        postCallback(url, event, headers).onComplete(ar -> {
            int status = ar.succeeded() ? ar.result() : 0;
            String err = ar.succeeded() ? null : String.valueOf(ar.cause());
            synchronized (PortsipSimulator.this) {
                if (epoch != epochAt) {
                    return;
                }
                boolean ok = status >= 200 && status < 300;
                if (!ok && status != 404 && attempt <= retryDelays.size()) {
                    // scheduled before the delivery is visible, so a test that saw it can advance to the retry
                    clock().schedule(retryDelays.get(attempt - 1), () -> deliver(event, attempt + 1, epochAt));
                }
                deliveries.add(new EventDelivery((String) event.get("uuid"), (String) event.get("event_type"),
                        attempt, status, err));
                notifyAll();
            }
        });
    }
}
