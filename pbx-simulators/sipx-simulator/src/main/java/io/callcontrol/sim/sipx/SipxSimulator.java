package io.callcontrol.sim.sipx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorMain;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Simulator of the sipX call controller REST interface ({@code sipx-callcontroller-rest.txt} plus the facts from
 * the sipXcallController sources summarized in VENDOR-NOTES.md).
 * <ul>
 * <li>Two base URL forms on one server: {@code /callcontroller/{callingUser}/{calledUser}} (the 6666/6667 port form;
 * Basic by default, Digest with {@link #directAuth(AuthMode)}), and the sipxconfig redirector
 * {@code /sipxconfig/rest/my/redirect/callcontroller/{callingUser}/{calledUser}} (always Digest; 401 unless the
 * authenticated user is the agent or the calling user).</li>
 * <li>Only POST and GET (others -> 405). Digest is RFC 7616/2617 with MD5 and {@code qop=auth}: the server issues
 * nonces and checks the response, the URI and the nonce count.</li>
 * <li>Call status is cached per {@code agent:calling:called} for {@code resultCacheTime} seconds (default 180) of
 * simulated time. REFER calls answer {@code <status-lines>}, INVITE calls {@code <dialogs>}.</li>
 * <li>Errors: XML {@code <processing-status>} with {@code error-flag}, {@code error-code}, {@code error-text}; missing
 * parties / bad parameters -> 400; credentials not matching the agent -> 403; "call in progress" and "call not
 * found" -> HTTP 406 with 403 in the body; internal failures ({@link #failNext(String)}) -> 500 with plain text.</li>
 * </ul>
 * Calls progress on the {@link SimClock}: the calling party answers after {@link #CALLER_ANSWER_TIME} (unless
 * {@link #noAnswer(String)}), the called party after a further {@link #CALLED_ANSWER_TIME}; an unanswered calling
 * party is abandoned after {@code timeout} seconds.
 */
public class SipxSimulator extends SimulatorServer {

    public static final String REALM = "sipxtest.net";
    public static final String DOMAIN = "sipxtest.net";
    public static final String DIRECT_PREFIX = "/callcontroller/";
    public static final String REDIRECT_PREFIX = "/sipxconfig/rest/my/redirect/callcontroller/";
    public static final String NS = "http://www.sipfoundry.org/sipX/schema/xml/call-status-00-00";
    public static final Duration CALLER_ANSWER_TIME = Duration.ofSeconds(1);
    public static final Duration CALLED_ANSWER_TIME = Duration.ofSeconds(2);
    public static final Duration NONCE_LIFETIME = Duration.ofMinutes(5);
    public static final int DEFAULT_TIMEOUT = 180;
    public static final int DEFAULT_CACHE_TIME = 180;

    /** Authentication of the port form ({@code /callcontroller/...}). */
    public enum AuthMode {
        /** HTTPS port 6666. */
        BASIC,
        /** HTTP port 6667. */
        DIGEST
    }

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+");
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");
    private final SecureRandom random = new SecureRandom();
    private final Map<String, String> pins = new HashMap<>();
    private final Map<String, Nonce> nonces = new HashMap<>();
    private final Map<String, CallRecord> records = new LinkedHashMap<>();
    private final Map<String, Boolean> noAnswer = new HashMap<>();
    private AuthMode directAuth = AuthMode.BASIC;
    private boolean trustedClients;
    private String failNext;
    private long generation;

    private static final class Nonce {
        final Instant issued;
        long lastNc;

        Nonce(Instant issued) {
            this.issued = issued;
        }
    }

    public SipxSimulator(SimClock clock, String host, int port) {
        super(clock, host, port);
        defaults();
    }

    public SipxSimulator() {
        super();
        defaults();
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorMain.run(args, SipxSimulator::new);
    }

    private synchronized void defaults() {
        generation++;
        pins.clear();
        nonces.clear();
        records.clear();
        noAnswer.clear();
        directAuth = AuthMode.BASIC;
        trustedClients = false;
        failNext = null;
        pins.put("user1", "123");
        pins.put("user2", "456");
        pins.put("user3", "789");
        pins.put("user4", "321");
    }

    @Override
    public void reset() {
        super.reset();
        defaults();
    }

    // ---- configuration and test hooks ---------------------------------------------------------------

    public synchronized SipxSimulator addUser(String user, String pin) {
        pins.put(user, pin);
        return this;
    }

    public synchronized SipxSimulator directAuth(AuthMode mode) {
        this.directAuth = mode;
        return this;
    }

    /** Requests without credentials come from the sipX trusted domain (no password required). */
    public synchronized SipxSimulator trustedClients(boolean trusted) {
        this.trustedClients = trusted;
        return this;
    }

    /** The next authenticated request fails inside the server: HTTP 500 with this plain text. */
    public synchronized SipxSimulator failNext(String text) {
        this.failNext = text;
        return this;
    }

    /** The user does not pick up when alerted. */
    public synchronized SipxSimulator noAnswer(String user) {
        noAnswer.put(user, true);
        return this;
    }

    /** Appends a NOTIFY status line to a REFER call (e.g. {@code SIP/2.0 486 Busy Here}). */
    public synchronized void notifyStatus(String agent, String calling, String called, String statusLine) {
        CallRecord r = records.get(agent + ":" + calling + ":" + called);
        r.status(clock().now(), "INVITE", statusLine);
    }

    /** The called party hangs up: every dialog of the call terminates. */
    public synchronized void hangup(String agent, String calling, String called) {
        CallRecord r = records.get(agent + ":" + calling + ":" + called);
        r.dialogs.values().forEach(d -> d.state = "Terminated Dialog");
    }

    /** Cache keys ({@code agent:calling:called}) currently held. */
    public synchronized Set<String> cachedCalls() {
        return Set.copyOf(records.keySet());
    }

    // ---- HTTP ------------------------------------------------------------------------------------------

    @Override
    protected void configure(Router router) {
        router.route().handler(this::dispatch);
    }

    private void dispatch(RoutingContext ctx) {
        String path = ctx.request().path();
        boolean redirect;
        String rest;
        if (path.startsWith(REDIRECT_PREFIX)) {
            redirect = true;
            rest = path.substring(REDIRECT_PREFIX.length());
        } else if (path.startsWith(DIRECT_PREFIX)) {
            redirect = false;
            rest = path.substring(DIRECT_PREFIX.length());
        } else if (path.equals(REDIRECT_PREFIX.substring(0, REDIRECT_PREFIX.length() - 1))
                || path.equals(DIRECT_PREFIX.substring(0, DIRECT_PREFIX.length() - 1))) {
            redirect = path.startsWith("/sipxconfig");
            rest = "";
        } else {
            ctx.response().setStatusCode(404).end();
            return;
        }
        String method = ctx.request().method().name();
        if (!method.equals("POST") && !method.equals("GET")) {
            ctx.response().setStatusCode(405).putHeader("Allow", "GET, POST").end();
            return;
        }
        synchronized (this) {
            String[] parts = rest.isEmpty() ? new String[0] : rest.split("/", -1);
            String calling = parts.length > 0 ? parts[0] : "";
            String called = parts.length > 1 ? parts[1] : "";
            String agentParam = ctx.request().getParam("agent");
            String agent = agentParam == null || agentParam.isBlank() ? calling : agentParam;

            String user = authenticate(ctx, redirect ? AuthMode.DIGEST : directAuth,
                    !redirect && method.equals("GET") && agentParam != null && trustedClients);
            if (user == null) {
                return; // challenge sent
            }
            if (parts.length != 2 || calling.isBlank() || called.isBlank()) {
                status(ctx, 400, 400, "Missing calling or called party");
                return;
            }
            if (!user.isEmpty() && !user.equals(agent) && !user.equals(calling)) {
                if (redirect) {
                    challenge(ctx, AuthMode.DIGEST, false);
                } else {
                    status(ctx, 403, 403, "Bad credentials for agent " + agent);
                }
                return;
            }
            if (failNext != null) {
                String text = failNext;
                failNext = null;
                ctx.response().setStatusCode(500).putHeader("Content-Type", "text/plain").end(text);
                return;
            }
            expire();
            String key = agent + ":" + calling + ":" + called;
            if (method.equals("GET")) {
                CallRecord r = records.get(key);
                if (r == null) {
                    status(ctx, 406, 403, "call not found");
                    return;
                }
                xml(ctx, 200, r.render());
                return;
            }
            post(ctx, key, agent, calling, called);
        }
    }

    private void post(RoutingContext ctx, String key, String agent, String calling, String called) {
        String sipMethod = param(ctx, "sipMethod", "REFER");
        String action = param(ctx, "action", "call");
        String target = ctx.request().getParam("target");
        String timeoutText = param(ctx, "timeout", String.valueOf(DEFAULT_TIMEOUT));
        String cacheText = param(ctx, "resultCacheTime", String.valueOf(DEFAULT_CACHE_TIME));
        String forwarding = param(ctx, "isForwardingAllowed", "false");
        if (!sipMethod.equals("REFER") && !sipMethod.equals("INVITE")) {
            status(ctx, 400, 400, "Invalid sipMethod " + sipMethod);
            return;
        }
        if (!action.equals("call") && !action.equals("transfer")) {
            status(ctx, 400, 400, "Invalid action " + action);
            return;
        }
        if (!NUMBER.matcher(timeoutText).matches() || Integer.parseInt(timeoutText) < 0) {
            status(ctx, 400, 400, "Invalid timeout " + timeoutText);
            return;
        }
        if (!NUMBER.matcher(cacheText).matches() || Integer.parseInt(cacheText) < 0) {
            status(ctx, 400, 400, "Invalid resultCacheTime " + cacheText);
            return;
        }
        if (!forwarding.equals("true") && !forwarding.equals("false")) {
            status(ctx, 400, 400, "Invalid isForwardingAllowed " + forwarding);
            return;
        }
        CallRecord existing = records.get(key);
        if (action.equals("transfer")) {
            if (target == null || target.isBlank()) {
                status(ctx, 400, 400, "Missing transfer target");
                return;
            }
            if (existing == null || !existing.method.equals("INVITE") || existing.active() == 0) {
                status(ctx, 406, 403, "call not found");
                return;
            }
            transfer(existing, target);
            ctx.response().setStatusCode(200).end();
            return;
        }
        if (existing != null && existing.active() > 0) {
            status(ctx, 406, 403, "call in progress");
            return;
        }
        CallRecord r = new CallRecord(key, sipMethod, calling, called, ctx.request().getParam("subject"),
                Boolean.parseBoolean(forwarding), Integer.parseInt(timeoutText), Integer.parseInt(cacheText),
                clock().now());
        records.put(key, r);
        start(r);
        ctx.response().setStatusCode(200).end();
    }

    private static String param(RoutingContext ctx, String name, String def) {
        String v = ctx.request().getParam(name);
        return v == null || v.isEmpty() ? def : v;
    }

    private void expire() {
        Instant now = clock().now();
        records.values().removeIf(r -> !now.isBefore(r.created.plusSeconds(r.cacheTime)));
    }

    // ---- call progress ---------------------------------------------------------------------------------

    private void start(CallRecord r) {
        long gen = generation;
        String callId = hex(16) + "@" + DOMAIN;
        boolean callerAnswers = !noAnswer.getOrDefault(r.calling, false);
        boolean calledAnswers = !noAnswer.getOrDefault(r.called, false);
        if (r.method.equals("REFER")) {
            r.status(clock().now(), "INVITE", "SIP/2.0 100 Trying", callId);
            if (callerAnswers) {
                later(gen, CALLER_ANSWER_TIME, () -> r.status(clock().now(), "INVITE", "SIP/2.0 180 Ringing", callId));
                later(gen, CALLER_ANSWER_TIME.plus(CALLED_ANSWER_TIME), () -> {
                    if (calledAnswers) {
                        r.status(clock().now(), "INVITE", "SIP/2.0 200 OK", callId);
                    }
                });
            } else {
                later(gen, Duration.ofSeconds(r.timeout), () -> r.status(clock().now(), "INVITE",
                        "SIP/2.0 487 Request Terminated", callId));
            }
            return;
        }
        Dialog first = r.dialog(r.calling);
        if (callerAnswers) {
            later(gen, CALLER_ANSWER_TIME, () -> {
                if (!first.state.equals("Early Dialog")) {
                    return;
                }
                first.state = "Confirmed Dialog";
                Dialog second = r.dialog(r.called);
                later(gen, CALLED_ANSWER_TIME, () -> {
                    if (calledAnswers && second.state.equals("Early Dialog")) {
                        second.state = "Confirmed Dialog";
                    }
                });
            });
        } else {
            later(gen, Duration.ofSeconds(r.timeout), () -> {
                if (first.state.equals("Early Dialog")) {
                    first.state = "Terminated Dialog";
                }
            });
        }
    }

    private void transfer(CallRecord r, String target) {
        long gen = generation;
        r.dialogs.values().stream().filter(d -> d.remote.startsWith("sip:" + r.called + "@"))
                .forEach(d -> d.state = "Terminated Dialog");
        Dialog t = r.dialog(target);
        later(gen, CALLED_ANSWER_TIME, () -> {
            if (t.state.equals("Early Dialog")) {
                t.state = "Confirmed Dialog";
            }
        });
    }

    private void later(long gen, Duration delay, Runnable r) {
        clock().schedule(delay, () -> {
            synchronized (SipxSimulator.this) {
                if (gen == generation) {
                    r.run();
                }
            }
        });
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private final class CallRecord {
        final String key;
        final String method;
        final String calling;
        final String called;
        final String subject;
        final boolean forwardingAllowed;
        final int timeout;
        final int cacheTime;
        final Instant created;
        final StringBuilder statusLines = new StringBuilder();
        final Map<String, Dialog> dialogs = new LinkedHashMap<>();
        String lastCallId;

        CallRecord(String key, String method, String calling, String called, String subject, boolean forwardingAllowed,
                   int timeout, int cacheTime, Instant created) {
            this.key = key;
            this.method = method;
            this.calling = calling;
            this.called = called;
            this.subject = subject;
            this.forwardingAllowed = forwardingAllowed;
            this.timeout = timeout;
            this.cacheTime = cacheTime;
            this.created = created;
        }

        void status(Instant at, String sipMethod, String line, String callId) {
            lastCallId = callId;
            statusLines.append("\n<status>")
                    .append("\n\t<timestamp>").append(at.toEpochMilli()).append("</timestamp>")
                    .append("\n\t<call-id>").append(callId).append("</call-id>")
                    .append("\n\t<method>").append(sipMethod).append("</method>")
                    .append("\n\t<status-line>").append(escape(line)).append("</status-line>")
                    .append("\n</status>");
        }

        void status(Instant at, String sipMethod, String line) {
            status(at, sipMethod, line, lastCallId == null ? hex(16) + "@" + DOMAIN : lastCallId);
        }

        Dialog dialog(String remoteUser) {
            Dialog d = new Dialog(hex(8) + "@" + DOMAIN + ":" + hex(4) + ":" + hex(4),
                    "sip:~~id~sipXrest@" + DOMAIN, "sip:" + remoteUser + "@" + DOMAIN);
            dialogs.put(d.id, d);
            return d;
        }

        /** REFER: calls still progressing (no final status yet); INVITE: dialogs not terminated. */
        int active() {
            if (method.equals("REFER")) {
                String s = statusLines.toString();
                int idx = s.lastIndexOf("<status-line>SIP/2.0 ");
                if (idx < 0) {
                    return 1;
                }
                char c = s.charAt(idx + "<status-line>SIP/2.0 ".length());
                return c == '1' ? 1 : 0;
            }
            return (int) dialogs.values().stream().filter(d -> !d.state.equals("Terminated Dialog")).count();
        }

        String render() {
            if (method.equals("REFER")) {
                return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<status-lines xmlns=\"" + NS + "\">"
                        + statusLines + "\n</status-lines>\n";
            }
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dialogs xmlns=\"")
                    .append(NS).append("\">\n");
            for (Dialog d : dialogs.values()) {
                sb.append("\t<dialog>\n")
                        .append("\t\t<dialog-id>").append(escape(d.id)).append("</dialog-id>\n")
                        .append("\t\t<local-party>").append(escape(d.local)).append("</local-party>\n")
                        .append("\t\t<remote-party>").append(escape(d.remote)).append("</remote-party>\n")
                        .append("\t\t<dialog-state>").append(d.state).append("</dialog-state>\n")
                        .append("\t</dialog>\n");
            }
            return sb.append("</dialogs>\n").toString();
        }
    }

    private static final class Dialog {
        final String id;
        final String local;
        final String remote;
        String state = "Early Dialog";

        Dialog(String id, String local, String remote) {
            this.id = id;
            this.local = local;
            this.remote = remote;
        }
    }

    // ---- responses -------------------------------------------------------------------------------------

    private static void xml(RoutingContext ctx, int status, String body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/xml;charset=UTF-8").end(body);
    }

    private static void status(RoutingContext ctx, int httpStatus, int code, String text) {
        xml(ctx, httpStatus, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<processing-status>\n"
                + "  <error-flag>true</error-flag>\n"
                + "  <error-code>" + code + "</error-code>\n"
                + "  <error-text>" + escape(text) + "</error-text>\n"
                + "</processing-status>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- authentication --------------------------------------------------------------------------------

    /**
     * @return the authenticated user, "" for a trusted request without credentials, or null when a challenge was
     *         sent
     */
    private String authenticate(RoutingContext ctx, AuthMode mode, boolean trustedAllowed) {
        String h = ctx.request().getHeader("Authorization");
        if (h == null) {
            if (trustedAllowed) {
                return "";
            }
            challenge(ctx, mode, false);
            return null;
        }
        if (mode == AuthMode.BASIC) {
            if (!h.regionMatches(true, 0, "Basic ", 0, 6)) {
                challenge(ctx, mode, false);
                return null;
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(h.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                challenge(ctx, mode, false);
                return null;
            }
            int colon = decoded.indexOf(':');
            String user = colon < 0 ? decoded : decoded.substring(0, colon);
            String pin = colon < 0 ? "" : decoded.substring(colon + 1);
            if (!pin.equals(pins.get(user))) {
                challenge(ctx, mode, false);
                return null;
            }
            return user;
        }
        if (!h.regionMatches(true, 0, "Digest ", 0, 7)) {
            challenge(ctx, mode, false);
            return null;
        }
        Map<String, String> p = new HashMap<>();
        Matcher m = PARAM.matcher(h.substring(7));
        while (m.find()) {
            p.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2) != null ? m.group(2) : m.group(3));
        }
        String user = p.get("username");
        String nonce = p.get("nonce");
        String uri = p.get("uri");
        String response = p.get("response");
        String pin = user == null ? null : pins.get(user);
        Nonce n = nonce == null ? null : nonces.get(nonce);
        if (pin == null || n == null || response == null || uri == null || !REALM.equals(p.get("realm"))
                || !uri.equals(ctx.request().uri())
                || (p.get("algorithm") != null && !p.get("algorithm").equalsIgnoreCase("MD5"))) {
            challenge(ctx, mode, false);
            return null;
        }
        String ha1 = md5(user + ":" + REALM + ":" + pin);
        String ha2 = md5(ctx.request().method().name() + ":" + uri);
        String expected;
        String qop = p.get("qop");
        if (qop == null) {
            expected = md5(ha1 + ":" + nonce + ":" + ha2);
        } else {
            String nc = p.get("nc");
            String cnonce = p.get("cnonce");
            if (!"auth".equals(qop) || nc == null || cnonce == null) {
                challenge(ctx, mode, false);
                return null;
            }
            long count;
            try {
                count = Long.parseLong(nc, 16);
            } catch (NumberFormatException e) {
                challenge(ctx, mode, false);
                return null;
            }
            if (count <= n.lastNc) { // replayed
                challenge(ctx, mode, false);
                return null;
            }
            expected = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
            if (expected.equals(response)) {
                n.lastNc = count;
            }
        }
        if (!expected.equals(response)) {
            challenge(ctx, mode, false);
            return null;
        }
        if (!clock().now().isBefore(n.issued.plus(NONCE_LIFETIME))) {
            challenge(ctx, mode, true);
            return null;
        }
        return user;
    }

    private void challenge(RoutingContext ctx, AuthMode mode, boolean stale) {
        String header;
        if (mode == AuthMode.BASIC) {
            header = "Basic realm=\"" + REALM + "\"";
        } else {
            String nonce = hex(16);
            nonces.put(nonce, new Nonce(clock().now()));
            header = "Digest realm=\"" + REALM + "\", qop=\"auth\", nonce=\"" + nonce + "\", opaque=\"" + hex(8)
                    + "\", algorithm=MD5" + (stale ? ", stale=true" : "");
        }
        ctx.response().setStatusCode(401).putHeader("WWW-Authenticate", header).end();
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests of the simulator itself: the Digest response a client must send (RFC 2617 qop=auth, MD5). */
    public static String digestResponse(String user, String pin, String method, String uri, String nonce, String nc,
                                        String cnonce) {
        String ha1 = md5(user + ":" + REALM + ":" + pin);
        String ha2 = md5(method + ":" + uri);
        return md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    }
}
