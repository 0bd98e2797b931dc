package io.callcontrol.sim.portasip.jsonapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcontrol.sim.kit.MultipartBody;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorServer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The PortaSIP JSON API logic of the simulator: request decoding (form fields {@code auth_info}/{@code params},
 * multipart with attachments, or Bearer + JSON body), sessions, validation, state and faults.
 * <p>
 * Fault codes: the authentication faults are the ones PortaSIP is known to send
 * ({@value #FAULT_AUTH_FAILED}, {@value #FAULT_ACCESS_TOKEN}); the document lists no other codes, so the
 * validation and not-found codes here ({@code Client.Validation.*}, {@code Server.<Service>.<method>.not_found})
 * are the simulator's own.
 */
public class PortasipJsonApiBackend {

    public static final String DEFAULT_LOGIN = "88881";
    public static final String DEFAULT_PASSWORD = "test123";
    public static final String DEFAULT_DOMAIN = "pum.somedomain.com";
    public static final String DEFAULT_API_TOKEN = "api-token-88881";

    public static final String FAULT_AUTH_FAILED = "Server.Session.check_auth.auth_failed";
    public static final String FAULT_ACCESS_TOKEN = "Client.Session.check_auth.failed_to_process_access_token";
    public static final String FAULT_LOGIN_FAILED = "Server.Session.login.auth_failed";
    public static final String FAULT_MISSING = "Client.Validation.missing_param";
    public static final String FAULT_INVALID = "Client.Validation.invalid_value";
    public static final String FAULT_ATTACHMENT = "Client.Validation.attachment_missing";
    public static final String FAULT_UNKNOWN_METHOD = "Client.Request.unknown_method";
    public static final String FAULT_BAD_REQUEST = "Client.Request.malformed";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TRANSITION_EVENTS = Set.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "*",
            "#", "Timeout", "Not Active", "f");
    private static final Set<String> TRANSITION_ACTIONS = Set.of("Disabled", "Directory", "Queue", "Transfer",
            "TransferE164", "Voicemail", "Menu", "Extension", "DISA", "DirectDial", "DisconnectCall");
    private static final Pattern PERIOD = Pattern.compile(
            "\\s*(?:(?:year|yr|month|mo|week|wk|yday|yd|mday|md|wday|wd|hour|hr|minute|min|second|sec)\\s*\\{[\\sa-z0-9-]+\\}\\s*)+"
            + "(?:,\\s*(?:(?:year|yr|month|mo|week|wk|yday|yd|mday|md|wday|wd|hour|hr|minute|min|second|sec)\\s*\\{[\\sa-z0-9-]+\\}\\s*)+)*",
            Pattern.CASE_INSENSITIVE);

    /** A fault answer: HTTP 500 with {@code {faultcode, faultstring}}. */
    public static final class Fault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;

        Fault(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }

    /** A stored audio attachment. */
    public record Audio(String filename, String contentType, byte[] content) {
    }

    private record Reply(ObjectNode json, Audio attachment) {
    }

    private record Request(String service, String method, ObjectNode authInfo, ObjectNode params, ObjectNode auxInfo,
                           String bearer, List<MultipartBody.Part> files) {
        Audio file(String filename) {
            for (MultipartBody.Part p : files) {
                if (filename.equals(p.filename())) {
                    return new Audio(filename, p.contentType(), p.content());
                }
            }
            return null;
        }
    }

    private record Call(Request req, Account account, boolean dry) {
        ObjectNode params() {
            return req.params;
        }

        String where() {
            return req.service + "." + req.method;
        }
    }

    @FunctionalInterface
    private interface Handler {
        Reply handle(Call call);
    }

    private record Op(boolean authenticated, Handler handler) {
    }

    /** One account (mailbox owner) with all its PBX objects. */
    public static final class Account {
        final String login;
        final String password;
        final String domain;
        final String apiToken;
        ObjectNode vmSettings;
        ObjectNode folderPrefs;
        ObjectNode displayPrefs;
        final Map<String, Audio> greetings = new HashMap<>();
        final Map<Integer, ObjectNode> menus = new TreeMap<>();
        final Map<String, Audio> menuPrompts = new HashMap<>();
        final Map<Integer, ObjectNode> transitions = new TreeMap<>();
        final Map<Integer, Audio> transitionPrompts = new HashMap<>();
        final Map<Integer, ObjectNode> confs = new TreeMap<>();
        final Map<String, Audio> confPrompts = new HashMap<>();
        final Map<Integer, ObjectNode> dirEntries = new TreeMap<>();
        final Map<Integer, Audio> dirPrompts = new HashMap<>();

        Account(String login, String password, String domain, String apiToken) {
            this.login = login;
            this.password = password;
            this.domain = domain;
            this.apiToken = apiToken;
        }

        /** Number of auto attendant menus (ROOT included). */
        public int menuCount() {
            return menus.size();
        }

        /** The stored menu prompt, or null. */
        public Audio menuPrompt(int iMenu, String promptType) {
            return menuPrompts.get(iMenu + "/" + promptType);
        }

        /** The stored greeting, or null. */
        public Audio greeting(String type) {
            return greetings.get(type);
        }
    }

    private static final class Session {
        final String id;
        final Account account;
        Instant lastUsed;
        String accessToken;
        Instant accessExpires;
        String refreshToken;

        Session(String id, Account account, Instant now) {
            this.id = id;
            this.account = account;
            this.lastUsed = now;
        }
    }

    private final SimClock clock;
    private final Map<String, Op> ops = new HashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    private Duration accessTokenTtl = Duration.ofHours(1);
    private int seq;
    private int logins;

    public PortasipJsonApiBackend(SimClock clock) {
        this.clock = clock;
        registerOps();
        reset();
    }

    // ---- test controls ---------------------------------------------------------------------------

    /** Forgets every session and object, recreates the default account (with its ROOT menu). */
    public synchronized void reset() {
        accounts.clear();
        sessions.clear();
        seq = 0;
        logins = 0;
        sessionIdleTimeout = Duration.ofMinutes(30);
        accessTokenTtl = Duration.ofHours(1);
        addAccount(DEFAULT_LOGIN, DEFAULT_PASSWORD, DEFAULT_DOMAIN, DEFAULT_API_TOKEN);
    }

    /** Adds an account (with its ROOT menu and default settings). */
    public synchronized Account addAccount(String login, String password, String domain, String apiToken) {
        Account a = new Account(login, password, domain, apiToken);
        a.vmSettings = obj("password", "1234", "password_ask", "yes", "prompt_levels", "standard", "announce_dt",
                "yes", "auto_play", "no", "greetings", "standard", "fax_file", "pdf", "ext_email_action", "none",
                "ext_email_vm_fmt", "mp3", "enable_disa", "No");
        a.folderPrefs = obj("trash_folder", "Trash", "draft_folder", "Drafts", "unseen_type", 1, "unseen_notify", 2,
                "sent_folder", "Sent", "unseen_cumulative", 0, "search_memory", 0);
        a.displayPrefs = obj("wrap_at", 86, "truncate_sender", 0, "show_xmailer_default", 0, "editor_height", 20,
                "mdn_user_support", 1, "truncate_subject", 0, "body_quote", ">", "include_self_reply_all", 0,
                "sig_first", 0, "pf_cleandisplay", 0, "editor_size", 76, "show_html_default", 0,
                "page_selector_max", 10, "internal_date_sort", 1, "page_selector", 1, "addrsrch_fullname",
                "Noprefix", "show_num", 15, "show_images", 0);
        ObjectNode root = defaultMenu(++seq, "ROOT");
        a.menus.put(root.get("i_menu").asInt(), root);
        accounts.put(login, a);
        return a;
    }

    /** The account with this login, or null. */
    public synchronized Account account(String login) {
        return accounts.get(login);
    }

    /** Sessions expire after this long without use (default 30 minutes of simulated time). */
    public synchronized void setSessionIdleTimeout(Duration timeout) {
        this.sessionIdleTimeout = timeout;
    }

    /** Lifetime of access tokens issued by login (default 1 hour). */
    public synchronized void setAccessTokenTtl(Duration ttl) {
        this.accessTokenTtl = ttl;
    }

    /** Ends every session as the server would on restart (next use answers the auth fault). */
    public synchronized void dropAllSessions() {
        sessions.clear();
    }

    /** Number of open sessions. */
    public synchronized int sessionCount() {
        return sessions.size();
    }

    /** Number of successful logins so far. */
    public synchronized int loginCount() {
        return logins;
    }

    // ---- HTTP ------------------------------------------------------------------------------------

    private static final Pattern REST_PATH = Pattern.compile("/rest/([^/]+)/([^/]+)/");

    /**
     * Adds the {@code /rest/<Service>/<method>/} route. It runs before the generic body handler and reads the raw
     * body itself (Vert.x's body handler keeps no bytes of multipart requests, which carry the attachments), so
     * it records each request with {@code recorder} before answering.
     */
    public void mount(Router router, Consumer<RecordedRequest> recorder) {
        router.route("/rest/*").order(-1).handler(ctx -> {
            HttpServerRequest r = ctx.request();
            r.body().onSuccess(buf -> {
                byte[] body = buf == null ? new byte[0] : buf.getBytes();
                Map<String, List<String>> query = new LinkedHashMap<>();
                r.params().forEach(e -> query.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                Map<String, List<String>> headers = new LinkedHashMap<>();
                r.headers().forEach(e -> headers.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(e.getValue()));
                recorder.accept(new RecordedRequest(r.method().name(), r.uri(), r.path(), query, headers, body));
                handle(ctx, body);
            }).onFailure(ctx::fail);
            r.resume();
        });
    }

    private void handle(RoutingContext ctx, byte[] body) {
        Matcher path = REST_PATH.matcher(ctx.request().path());
        if (!path.matches()) {
            ctx.response().setStatusCode(404).end("Not found: use /rest/<Service>/<method>/");
            return;
        }
        if (ctx.request().method() != HttpMethod.POST) {
            ctx.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        try {
            Request req = decode(ctx, path.group(1), path.group(2), body);
            Reply reply;
            synchronized (this) {
                Op op = ops.get(req.service + "/" + req.method);
                if (op == null) {
                    throw new Fault(FAULT_UNKNOWN_METHOD, "Unknown method " + req.method + " of service " + req.service);
                }
                Account account = op.authenticated ? authenticate(req) : null;
                JsonNode dry = req.auxInfo == null ? null : req.auxInfo.get("dry_run");
                boolean dryRun = dry != null && (dry.asBoolean() || "1".equals(dry.asText()) || dry.asInt() == 1);
                reply = op.handler.handle(new Call(req, account, dryRun));
            }
            send(ctx, reply);
        } catch (Fault f) {
            ObjectNode fault = obj("faultcode", f.code, "faultstring", f.getMessage());
            ctx.response().setStatusCode(500).putHeader("Content-Type", "application/json").end(fault.toString());
        }
    }

    private static void send(RoutingContext ctx, Reply reply) {
        if (reply.attachment == null) {
            ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json").end(reply.json.toString());
            return;
        }
        String boundary = "psim" + Long.toHexString(System.nanoTime());
        byte[] body = MultipartBody.write(boundary, List.of(
                new MultipartBody.Part(null, null, "application/json", reply.json.toString().getBytes(StandardCharsets.UTF_8)),
                new MultipartBody.Part(null, reply.attachment.filename(), reply.attachment.contentType(),
                        reply.attachment.content())));
        ctx.response().setStatusCode(200).putHeader("Content-Type", "multipart/mixed; boundary=" + boundary)
                .end(Buffer.buffer(body));
    }

    private Request decode(RoutingContext ctx, String service, String method, byte[] body) {
        String ct = ctx.request().getHeader("Content-Type");
        String ctl = ct == null ? "" : ct.toLowerCase(Locale.ROOT);
        String auth = ctx.request().getHeader("Authorization");
        String bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).trim() : null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<MultipartBody.Part> files = new ArrayList<>();
        if (ctl.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.put(k, v);
            }
        } else if (ctl.startsWith("multipart/form-data")) {
            List<MultipartBody.Part> parts;
            try {
                parts = MultipartBody.parse(ct, body).parts();
            } catch (IllegalArgumentException e) {
                throw new Fault(FAULT_BAD_REQUEST, "Malformed multipart body: " + e.getMessage());
            }
            for (MultipartBody.Part p : parts) {
                if (p.filename() != null) {
                    files.add(p);
                } else if (p.name() != null) {
                    fields.put(p.name(), p.text());
                }
            }
        } else if (ctl.startsWith("application/json")) {
            JsonNode root = parse(new String(body, StandardCharsets.UTF_8), "body");
            if (!root.isObject()) {
                throw new Fault(FAULT_BAD_REQUEST, "The JSON body must be an object with params");
            }
            root.fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().toString()));
        } else {
            throw new Fault(FAULT_BAD_REQUEST, "Unsupported Content-Type " + ct
                                               + " (use application/x-www-form-urlencoded or multipart/form-data)");
        }
        ObjectNode authInfo = object(fields.get("auth_info"), "auth_info");
        ObjectNode params = object(fields.get("params"), "params");
        ObjectNode aux = object(fields.get("aux_info"), "aux_info");
        return new Request(service, method, authInfo, params == null ? NODES.objectNode() : params, aux, bearer, files);
    }

    private static ObjectNode object(String text, String what) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        JsonNode n = parse(text, what);
        if (n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            throw new Fault(FAULT_BAD_REQUEST, what + " must be a JSON object");
        }
        return (ObjectNode) n;
    }

    private static JsonNode parse(String text, String what) {
        try {
            return SimulatorServer.JSON.readTree(text);
        } catch (Exception e) {
            throw new Fault(FAULT_BAD_REQUEST, "Malformed JSON in " + what + ": " + e.getMessage());
        }
    }

    private Account authenticate(Request req) {
        Instant now = clock.now();
        if (req.bearer != null) {
            return byAccessToken(req.bearer, now);
        }
        ObjectNode ai = req.authInfo;
        if (ai == null || ai.isEmpty()) {
            throw new Fault(FAULT_AUTH_FAILED, "auth_info is required");
        }
        if (ai.hasNonNull("session_id")) {
            Session s = sessions.get(ai.get("session_id").asText());
            if (s == null) {
                throw new Fault(FAULT_AUTH_FAILED, "Invalid session");
            }
            if (s.lastUsed.plus(sessionIdleTimeout).isBefore(now)) {
                sessions.remove(s.id);
                throw new Fault(FAULT_AUTH_FAILED, "Session expired");
            }
            s.lastUsed = now;
            return s.account;
        }
        if (ai.hasNonNull("access_token")) {
            return byAccessToken(ai.get("access_token").asText(), now);
        }
        Account a = accounts.get(ai.path("login").asText(null));
        if (a == null || !a.password.equals(ai.path("password").asText(null))
            || !a.domain.equals(ai.path("domain").asText(null))) {
            throw new Fault(FAULT_AUTH_FAILED, "Authentication failed");
        }
        return a;
    }

    private Account byAccessToken(String token, Instant now) {
        for (Session s : sessions.values()) {
            if (token.equals(s.accessToken)) {
                if (s.accessExpires.isBefore(now)) {
                    throw new Fault(FAULT_ACCESS_TOKEN, "Access token expired");
                }
                s.lastUsed = now;
                return s.account;
            }
        }
        throw new Fault(FAULT_ACCESS_TOKEN, "Failed to process access token");
    }

    private Session sessionOf(Request req) {
        if (req.bearer != null) {
            return sessions.values().stream().filter(s -> req.bearer.equals(s.accessToken)).findFirst().orElse(null);
        }
        if (req.authInfo != null && req.authInfo.hasNonNull("session_id")) {
            return sessions.get(req.authInfo.get("session_id").asText());
        }
        if (req.authInfo != null && req.authInfo.hasNonNull("access_token")) {
            String t = req.authInfo.get("access_token").asText();
            return sessions.values().stream().filter(s -> t.equals(s.accessToken)).findFirst().orElse(null);
        }
        return null;
    }

    // ---- operations ---------------------------------------------------------------------------

    private void op(String service, String method, boolean authenticated, Handler h) {
        ops.put(service + "/" + method, new Op(authenticated, h));
    }

    private void registerOps() {
        op("Session", "login", false, this::login);
        op("Session", "logout", true, this::logout);
        op("Session", "ping", true, c -> reply(obj("success", 1)));
        op("Session", "refresh_access_token", false, this::refresh);

        op("Voicemail", "get_vm_settings", true, c -> reply(obj("vm_settings", c.account.vmSettings.deepCopy())));
        op("Voicemail", "set_vm_settings", true, this::setVmSettings);
        op("Voicemail", "get_vm_greeting", true, this::getVmGreeting);
        op("Voicemail", "set_vm_greeting", true, this::setVmGreeting);

        op("SMPreferences", "get_folder_preferences", true,
                c -> reply(obj("folder_prefs", c.account.folderPrefs.deepCopy())));
        op("SMPreferences", "set_folder_preferences", true, this::setFolderPrefs);
        op("SMPreferences", "get_display_preferences", true,
                c -> reply(obj("display_prefs", c.account.displayPrefs.deepCopy())));
        op("SMPreferences", "set_display_preferences", true, this::setDisplayPrefs);

        op("AutoAttendant", "get_menu_list", true, c -> {
            ArrayNode list = NODES.arrayNode();
            c.account.menus.values().forEach(m -> list.add(m.deepCopy()));
            return reply(obj("menu_list", list));
        });
        op("AutoAttendant", "create_menu", true, this::createMenu);
        op("AutoAttendant", "update_menu", true, this::updateMenu);
        op("AutoAttendant", "del_menu", true, this::delMenu);
        op("AutoAttendant", "set_menu_prompt", true, this::setMenuPrompt);
        op("AutoAttendant", "get_menu_prompt", true, this::getMenuPrompt);
        op("AutoAttendant", "get_menu_transition_list", true, this::getTransitionList);
        op("AutoAttendant", "set_menu_transition", true, this::setTransition);
        op("AutoAttendant", "del_menu_transition", true, this::delTransition);
        op("AutoAttendant", "get_menu_transition_prompt", true, this::getTransitionPrompt);
        op("AutoAttendant", "set_menu_transition_prompt", true, this::setTransitionPrompt);

        op("Conference", "get_conf_info", true, this::getConfInfo);
        op("Conference", "get_conf_list", true, c -> {
            ArrayNode list = NODES.arrayNode();
            c.account.confs.values().forEach(m -> list.add(m.deepCopy()));
            return reply(obj("conf_list", list));
        });
        op("Conference", "create_conf", true, this::createConf);
        op("Conference", "update_conf", true, this::updateConf);
        op("Conference", "del_conf", true, this::delConf);
        op("Conference", "set_conf_prompt", true, this::setConfPrompt);
        op("Conference", "get_conf_prompt", true, this::getConfPrompt);

        op("DialDirectory", "get_dir_info", true, c -> {
            ArrayNode list = NODES.arrayNode();
            c.account.dirEntries.values().forEach(m -> list.add(m.deepCopy()));
            return reply(obj("dir_entry_list", list));
        });
        op("DialDirectory", "create_dir_entry", true, this::createDirEntry);
        op("DialDirectory", "update_dir_entry", true, this::updateDirEntry);
        op("DialDirectory", "get_dir_entry", true, c -> {
            int id = reqInt(c.params(), "i_entry");
            return reply(obj("dir_entry_info", dirEntry(c, id).deepCopy()));
        });
        op("DialDirectory", "del_dir_entry", true, c -> {
            int id = reqInt(c.params(), "i_entry");
            dirEntry(c, id);
            if (c.dry) {
                return dryOk();
            }
            c.account.dirEntries.remove(id);
            c.account.dirPrompts.remove(id);
            return reply(obj("i_entry", id));
        });
    }

    // Session

    private Reply login(Call c) {
        ObjectNode p = c.params();
        String login = reqStr(p, "login");
        Account a = accounts.get(login);
        String password = p.path("password").asText(null);
        String token = p.path("token").asText(null);
        if (password == null && token == null) {
            throw new Fault(FAULT_MISSING, "password (or token) is required");
        }
        boolean ok = a != null && (password != null ? a.password.equals(password)
                && a.domain.equals(p.path("domain").asText(null)) : token.equals(a.apiToken));
        if (!ok) {
            throw new Fault(FAULT_LOGIN_FAILED, "Login failed: wrong login, password/token or domain");
        }
        if (c.dry) {
            return dryOk();
        }
        Instant now = clock.now();
        Session s = new Session(hex32(++seq), a, now);
        issueTokens(s, now);
        sessions.put(s.id, s);
        logins++;
        return reply(tokens(s));
    }

    private void issueTokens(Session s, Instant now) {
        s.accessToken = "eyJhbGciOiJIUzI1NiJ9." + hex32(++seq) + ".sig";
        s.refreshToken = "rt-" + hex32(++seq);
        s.accessExpires = now.plus(accessTokenTtl);
    }

    private static ObjectNode tokens(Session s) {
        return obj("session_id", s.id, "access_token", s.accessToken, "expires_at", s.accessExpires.toString(),
                "refresh_token", s.refreshToken);
    }

    private Reply logout(Call c) {
        if (c.dry) {
            return dryOk();
        }
        Session s = sessionOf(c.req);
        if (s != null) {
            sessions.remove(s.id);
        }
        return reply(obj("success", 1));
    }

    private Reply refresh(Call c) {
        String rt = reqStr(c.params(), "refresh_token");
        Session s = sessions.values().stream().filter(x -> rt.equals(x.refreshToken)).findFirst()
                .orElseThrow(() -> new Fault(FAULT_ACCESS_TOKEN, "Invalid refresh token"));
        if (c.dry) {
            return dryOk();
        }
        Instant now = clock.now();
        issueTokens(s, now);
        s.lastUsed = now;
        return reply(tokens(s));
    }

    // Voicemail

    private Reply setVmSettings(Call c) {
        ObjectNode vm = reqObj(c.params(), "vm_settings");
        checkAllowed(vm, "vm_settings", Set.of("password", "password_ask", "prompt_levels", "announce_dt", "auto_play",
                "greetings", "fax_file", "ext_email", "ext_email_action", "ext_email_vm_fmt", "enable_disa",
                "disa_password"));
        optOneOf(vm, "password_ask", Set.of("yes", "no"));
        optOneOf(vm, "prompt_levels", Set.of("standard", "extended", "rapid"));
        optOneOf(vm, "announce_dt", Set.of("yes", "no"));
        optOneOf(vm, "auto_play", Set.of("yes", "no"));
        optOneOf(vm, "greetings", Set.of("standard", "extended", "personal", "name"));
        optOneOf(vm, "fax_file", Set.of("multi_png", "multi_tiff", "pdf", "tiff"));
        optOneOf(vm, "ext_email_action", Set.of("none", "forward", "notify", "copy", "fwd_as_attachment"));
        optOneOf(vm, "ext_email_vm_fmt", Set.of("au", "mp3", "wav"));
        optOneOf(vm, "enable_disa", Set.of("Yes", "No"));
        if (vm.hasNonNull("ext_email") && vm.get("ext_email").asText().length() > 128) {
            throw new Fault(FAULT_INVALID, "vm_settings.ext_email is longer than 128 characters");
        }
        if (c.dry) {
            return dryOk();
        }
        c.account.vmSettings.setAll(vm);
        return reply(obj("vm_settings_saved", 1));
    }

    private Reply getVmGreeting(Call c) {
        String type = reqOneOf(c.params(), "greeting_type", Set.of("standard", "extended", "personal", "name"));
        Audio a = c.account.greetings.get(type);
        if (a == null) {
            throw notFound(c, "No " + type + " greeting recorded");
        }
        return new Reply(obj("filename", a.filename()), a);
    }

    private Reply setVmGreeting(Call c) {
        ObjectNode gi = reqObj(c.params(), "greeting_info");
        String type = reqOneOf(gi, "greeting_type", Set.of("extended", "personal", "name"));
        Audio audio = attachment(c, reqStr(gi, "filename"));
        if (c.dry) {
            return dryOk();
        }
        c.account.greetings.put(type, audio);
        return reply(obj("success", 1, "i_audio_file", ++seq));
    }

    // SMPreferences

    private Reply setFolderPrefs(Call c) {
        ObjectNode fp = reqObj(c.params(), "folder_prefs");
        checkAllowed(fp, "folder_prefs", Set.of("trash_folder", "draft_folder", "unseen_type", "unseen_notify",
                "sent_folder", "unseen_cumulative", "search_memory"));
        optIntIn(fp, "unseen_type", 1, 2);
        optIntIn(fp, "unseen_notify", 1, 3);
        optIntIn(fp, "search_memory", 0, 9);
        optIntIn(fp, "unseen_cumulative", 0, 1);
        if (c.dry) {
            return dryOk();
        }
        c.account.folderPrefs.setAll(fp);
        return reply(obj("success", 1));
    }

    private Reply setDisplayPrefs(Call c) {
        ObjectNode dp = reqObj(c.params(), "display_prefs");
        Set<String> ints = Set.of("wrap_at", "truncate_sender", "show_xmailer_default", "editor_height",
                "mdn_user_support", "truncate_subject", "include_self_reply_all", "sig_first", "pf_cleandisplay",
                "editor_size", "show_html_default", "page_selector_max", "internal_date_sort", "page_selector",
                "show_num", "show_images");
        java.util.Set<String> allowed = new java.util.HashSet<>(ints);
        allowed.add("body_quote");
        allowed.add("addrsrch_fullname");
        checkAllowed(dp, "display_prefs", allowed);
        for (String f : ints) {
            optIntIn(dp, f, 0, Integer.MAX_VALUE);
        }
        optIntIn(dp, "show_html_default", 0, 1);
        optOneOf(dp, "addrsrch_fullname", Set.of("Noprefix", "Nickname", "Fullaname"));
        if (c.dry) {
            return dryOk();
        }
        c.account.displayPrefs.setAll(dp);
        return reply(obj("success", 1));
    }

    // AutoAttendant

    private ObjectNode defaultMenu(int id, String name) {
        return obj("i_menu", id, "name", name, "msg_intro_type", "standard", "msg_menu_type", "standard",
                "msg_disabled_type", "standard", "msg_timeout_type", "standard", "msg_intro_set", 0, "msg_menu_set", 0,
                "msg_disabled_set", 0, "msg_timeout_set", 0, "replay_menu_times", 3, "first_digit_timeout", 5,
                "next_digit_timeout", 5, "direct_dial_enabled", "N");
    }

    private static void checkMenuInfo(ObjectNode mi) {
        checkAllowed(mi, "menu_info", Set.of("i_menu", "name", "period", "period_desc", "msg_disabled_type",
                "msg_timeout_type", "msg_intro_set", "msg_menu_set", "msg_disabled_set", "msg_timeout_set",
                "msg_intro_type", "msg_menu_type", "replay_menu_times", "first_digit_timeout", "next_digit_timeout",
                "direct_dial_enabled"));
        if (mi.hasNonNull("name") && (mi.get("name").asText().isBlank() || mi.get("name").asText().length() > 64)) {
            throw new Fault(FAULT_INVALID, "menu_info.name must be 1-64 characters");
        }
        if (mi.hasNonNull("period")) {
            String period = mi.get("period").asText();
            if (period.length() > 2000 || !PERIOD.matcher(period).matches()) {
                throw new Fault(FAULT_INVALID, "menu_info.period is not a valid period: " + period);
            }
        }
        for (String f : List.of("msg_disabled_type", "msg_timeout_type", "msg_intro_type", "msg_menu_type")) {
            optOneOf(mi, f, Set.of("standard", "custom"));
        }
        for (String f : List.of("msg_intro_set", "msg_menu_set", "msg_disabled_set", "msg_timeout_set")) {
            optIntIn(mi, f, 0, 1);
        }
        for (String f : List.of("replay_menu_times", "first_digit_timeout", "next_digit_timeout")) {
            optIntIn(mi, f, 0, Integer.MAX_VALUE);
        }
        optOneOf(mi, "direct_dial_enabled", Set.of("Y", "N"));
    }

    private void uniqueMenuName(Account a, String name, int self) {
        for (ObjectNode m : a.menus.values()) {
            if (m.get("name").asText().equals(name) && m.get("i_menu").asInt() != self) {
                throw new Fault(FAULT_INVALID, "A menu named " + name + " already exists");
            }
        }
    }

    private Reply createMenu(Call c) {
        ObjectNode mi = reqObj(c.params(), "menu_info");
        checkMenuInfo(mi);
        String name = reqStr(mi, "name");
        if ("ROOT".equals(name)) {
            throw new Fault(FAULT_INVALID, "The name ROOT is reserved for the root menu");
        }
        uniqueMenuName(c.account, name, -1);
        if (c.dry) {
            return dryOk();
        }
        int id = ++seq;
        ObjectNode m = defaultMenu(id, name);
        m.setAll(mi);
        m.put("i_menu", id);
        c.account.menus.put(id, m);
        return reply(obj("i_menu", id));
    }

    private ObjectNode menu(Call c, int id) {
        ObjectNode m = c.account.menus.get(id);
        if (m == null) {
            throw notFound(c, "Menu " + id + " not found");
        }
        return m;
    }

    private Reply updateMenu(Call c) {
        ObjectNode mi = reqObj(c.params(), "menu_info");
        checkMenuInfo(mi);
        int id = reqInt(mi, "i_menu");
        ObjectNode m = menu(c, id);
        if (mi.hasNonNull("name")) {
            String name = mi.get("name").asText();
            boolean isRoot = "ROOT".equals(m.get("name").asText());
            if (isRoot != "ROOT".equals(name)) {
                throw new Fault(FAULT_INVALID, "The name ROOT is reserved for the root menu");
            }
            uniqueMenuName(c.account, name, id);
        }
        if (c.dry) {
            return dryOk();
        }
        m.setAll(mi);
        return reply(obj("i_menu", id));
    }

    private Reply delMenu(Call c) {
        int id = reqInt(c.params(), "i_menu");
        ObjectNode m = menu(c, id);
        if ("ROOT".equals(m.get("name").asText())) {
            throw new Fault(FAULT_INVALID, "The ROOT menu cannot be deleted");
        }
        if (c.dry) {
            return dryOk();
        }
        c.account.menus.remove(id);
        c.account.menuPrompts.keySet().removeIf(k -> k.startsWith(id + "/"));
        Iterator<Map.Entry<Integer, ObjectNode>> it = c.account.transitions.entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<Integer, ObjectNode> e = it.next();
            if (e.getValue().get("i_menu").asInt() == id) {
                c.account.transitionPrompts.remove(e.getKey());
                it.remove();
            }
        }
        return reply(obj("i_menu", id));
    }

    private static final Set<String> MENU_PROMPTS = Set.of("intro", "menu", "disabled", "timeout");

    private Reply setMenuPrompt(Call c) {
        int id = reqInt(c.params(), "i_menu");
        String type = reqOneOf(c.params(), "prompt_type", MENU_PROMPTS);
        ObjectNode m = menu(c, id);
        Audio audio = attachment(c, reqStr(c.params(), "prompt"));
        if (c.dry) {
            return dryOk();
        }
        c.account.menuPrompts.put(id + "/" + type, audio);
        m.put("msg_" + type + "_set", 1);
        m.put("msg_" + type + "_type", "custom");
        return reply(obj("i_menu", id, "i_audio_file", ++seq));
    }

    private Reply getMenuPrompt(Call c) {
        int id = reqInt(c.params(), "i_menu");
        String type = reqOneOf(c.params(), "prompt_type", MENU_PROMPTS);
        menu(c, id);
        Audio a = c.account.menuPrompts.get(id + "/" + type);
        if (a == null) {
            throw notFound(c, "No " + type + " prompt recorded for menu " + id);
        }
        return new Reply(obj("prompt", a.filename()), a);
    }

    private Reply getTransitionList(Call c) {
        int id = reqInt(c.params(), "i_menu");
        menu(c, id);
        ArrayNode list = NODES.arrayNode();
        c.account.transitions.values().stream().filter(t -> t.get("i_menu").asInt() == id)
                .forEach(t -> list.add(t.deepCopy()));
        return reply(obj("transition_list", list));
    }

    private Reply setTransition(Call c) {
        ObjectNode ti = reqObj(c.params(), "transition_info");
        checkAllowed(ti, "transition_info", Set.of("action", "announce_ext_numbers", "destination", "event",
                "i_menu_transition", "i_menu", "max_size", "play_prompt", "prompt", "prompt_set", "target_i_menu",
                "target_i_queue"));
        Integer iMenu = c.params().hasNonNull("i_menu") ? Integer.valueOf(reqInt(c.params(), "i_menu"))
                : ti.hasNonNull("i_menu") ? Integer.valueOf(reqInt(ti, "i_menu")) : null;
        if (iMenu == null) {
            throw new Fault(FAULT_MISSING, "i_menu is required");
        }
        ObjectNode m = menu(c, iMenu);
        String event = reqOneOf(ti, "event", TRANSITION_EVENTS);
        ObjectNode existing = null;
        for (ObjectNode t : c.account.transitions.values()) {
            if (t.get("i_menu").asInt() == iMenu && t.get("event").asText().equals(event)) {
                existing = t;
            }
        }
        String action = existing == null ? reqOneOf(ti, "action", TRANSITION_ACTIONS)
                : ti.hasNonNull("action") ? reqOneOf(ti, "action", TRANSITION_ACTIONS) : existing.get("action").asText();
        optOneOf(ti, "announce_ext_numbers", Set.of("Y", "N"));
        optOneOf(ti, "play_prompt", Set.of("Y", "N"));
        optIntIn(ti, "max_size", 1, Integer.MAX_VALUE);
        if ("DirectDial".equals(action) && "Y".equals(m.path("direct_dial_enabled").asText())) {
            throw new Fault(FAULT_INVALID, "The DirectDial action is forbidden when direct_dial_enabled is Y");
        }
        if ((action.equals("Transfer") || action.equals("TransferE164")) && !ti.hasNonNull("destination")
            && (existing == null || !existing.hasNonNull("destination"))) {
            throw new Fault(FAULT_MISSING, "transition_info.destination is required for the " + action + " action");
        }
        if (ti.hasNonNull("destination") && ti.get("destination").asText().length() > 32) {
            throw new Fault(FAULT_INVALID, "transition_info.destination is longer than 32 characters");
        }
        if (action.equals("Menu")) {
            int target = ti.hasNonNull("target_i_menu") ? reqInt(ti, "target_i_menu")
                    : existing != null && existing.hasNonNull("target_i_menu") ? existing.get("target_i_menu").asInt() : -1;
            if (target < 0) {
                throw new Fault(FAULT_MISSING, "transition_info.target_i_menu is required for the Menu action");
            }
            menu(c, target);
        }
        Audio audio = ti.hasNonNull("prompt") ? attachment(c, ti.get("prompt").asText()) : null;
        if (c.dry) {
            return dryOk();
        }
        int id = existing != null ? existing.get("i_menu_transition").asInt() : ++seq;
        ObjectNode t = existing != null ? existing : obj("i_menu_transition", id, "i_menu", iMenu, "prompt_set", 0,
                "play_prompt", "N", "announce_ext_numbers", "N");
        t.setAll(ti);
        t.put("i_menu_transition", id);
        t.put("i_menu", iMenu);
        t.put("action", action);
        t.remove("prompt");
        c.account.transitions.put(id, t);
        ObjectNode out = obj("i_menu_transition", id);
        if (audio != null) {
            c.account.transitionPrompts.put(id, audio);
            t.put("prompt_set", 1);
            out.put("i_audio_file", ++seq);
        }
        return reply(out);
    }

    private ObjectNode transition(Call c, int id) {
        ObjectNode t = c.account.transitions.get(id);
        if (t == null) {
            throw notFound(c, "Menu transition " + id + " not found");
        }
        return t;
    }

    private Reply delTransition(Call c) {
        int id = reqInt(c.params(), "i_menu_transition");
        transition(c, id);
        if (c.dry) {
            return dryOk();
        }
        c.account.transitions.remove(id);
        c.account.transitionPrompts.remove(id);
        return reply(obj("i_menu_transition", id));
    }

    private Reply getTransitionPrompt(Call c) {
        ObjectNode p = c.params();
        ObjectNode t;
        if (p.hasNonNull("i_menu_transition")) {
            t = transition(c, reqInt(p, "i_menu_transition"));
        } else {
            int iMenu = reqInt(p, "i_menu");
            String event = reqOneOf(p, "event", TRANSITION_EVENTS);
            menu(c, iMenu);
            t = c.account.transitions.values().stream()
                    .filter(x -> x.get("i_menu").asInt() == iMenu && x.get("event").asText().equals(event)).findFirst()
                    .orElseThrow(() -> notFound(c, "No transition for event " + event + " in menu " + iMenu));
        }
        Audio a = c.account.transitionPrompts.get(t.get("i_menu_transition").asInt());
        if (a == null) {
            throw notFound(c, "No prompt recorded for transition " + t.get("i_menu_transition").asInt());
        }
        return new Reply(obj("prompt", a.filename()), a);
    }

    private Reply setTransitionPrompt(Call c) {
        int id = reqInt(c.params(), "i_menu_transition");
        ObjectNode t = transition(c, id);
        Audio audio = attachment(c, reqStr(c.params(), "prompt"));
        if (c.dry) {
            return dryOk();
        }
        c.account.transitionPrompts.put(id, audio);
        t.put("prompt_set", 1);
        return reply(obj("i_menu_transition", id, "i_audio_file", ++seq));
    }

    // Conference

    private static void checkConfInfo(ObjectNode ci) {
        checkAllowed(ci, "conf_info", Set.of("i_conf", "name", "pin_host", "pin_user", "max_call_duration",
                "max_session_time", "max_participants", "wait_host", "play_announce", "play_moh", "start_time",
                "msg_intro_set", "moh_set"));
        for (String f : List.of("wait_host", "play_announce", "play_moh")) {
            optOneOf(ci, f, Set.of("Y", "N"));
        }
        for (String f : List.of("max_call_duration", "max_session_time", "max_participants")) {
            optIntIn(ci, f, 0, Integer.MAX_VALUE);
        }
        if (ci.hasNonNull("max_session_time") && ci.hasNonNull("start_time")) {
            throw new Fault(FAULT_INVALID, "conf_info.max_session_time is exclusive with start_time");
        }
        if (ci.hasNonNull("name") && ci.get("name").asText().isBlank()) {
            throw new Fault(FAULT_INVALID, "conf_info.name must not be empty");
        }
    }

    private void uniqueConfName(Account a, String name, int self) {
        for (ObjectNode m : a.confs.values()) {
            if (m.get("name").asText().equals(name) && m.get("i_conf").asInt() != self) {
                throw new Fault(FAULT_INVALID, "A conference named " + name + " already exists");
            }
        }
    }

    private ObjectNode conf(Call c, int id) {
        ObjectNode m = c.account.confs.get(id);
        if (m == null) {
            throw notFound(c, "Conference " + id + " not found");
        }
        return m;
    }

    private Reply getConfInfo(Call c) {
        ObjectNode p = c.params();
        if (p.hasNonNull("i_conf")) {
            return reply(obj("conf_info", conf(c, reqInt(p, "i_conf")).deepCopy()));
        }
        String name = p.path("name").asText(null);
        if (name == null) {
            throw new Fault(FAULT_MISSING, "i_conf or name is required");
        }
        return c.account.confs.values().stream().filter(x -> x.get("name").asText().equals(name)).findFirst()
                .map(x -> reply(obj("conf_info", x.deepCopy())))
                .orElseThrow(() -> notFound(c, "Conference " + name + " not found"));
    }

    private Reply createConf(Call c) {
        ObjectNode ci = reqObj(c.params(), "conf_info");
        checkConfInfo(ci);
        String name = reqStr(ci, "name");
        uniqueConfName(c.account, name, -1);
        if (c.dry) {
            return dryOk();
        }
        int id = ++seq;
        ObjectNode m = obj("i_conf", id, "wait_host", "N", "play_announce", "Y", "play_moh", "N", "msg_intro_set", "0",
                "moh_set", "0");
        m.setAll(ci);
        m.put("i_conf", id);
        c.account.confs.put(id, m);
        return reply(obj("i_conf", id));
    }

    private Reply updateConf(Call c) {
        ObjectNode ci = reqObj(c.params(), "conf_info");
        checkConfInfo(ci);
        int id = reqInt(ci, "i_conf");
        ObjectNode m = conf(c, id);
        if (ci.hasNonNull("name")) {
            uniqueConfName(c.account, ci.get("name").asText(), id);
        }
        if (c.dry) {
            return dryOk();
        }
        m.setAll(ci);
        if (ci.hasNonNull("start_time")) {
            m.remove("max_session_time");
        } else if (ci.hasNonNull("max_session_time")) {
            m.remove("start_time");
        }
        return reply(obj("i_conf", id));
    }

    private Reply delConf(Call c) {
        int id = reqInt(c.params(), "i_conf");
        conf(c, id);
        if (c.dry) {
            return dryOk();
        }
        c.account.confs.remove(id);
        c.account.confPrompts.keySet().removeIf(k -> k.startsWith(id + "/"));
        return reply(obj("i_conf", id));
    }

    private Reply setConfPrompt(Call c) {
        int id = reqInt(c.params(), "i_conf");
        String type = reqOneOf(c.params(), "prompt_type", Set.of("intro", "moh"));
        ObjectNode m = conf(c, id);
        Audio audio = attachment(c, reqStr(c.params(), "prompt"));
        if (c.dry) {
            return dryOk();
        }
        c.account.confPrompts.put(id + "/" + type, audio);
        m.put("intro".equals(type) ? "msg_intro_set" : "moh_set", "1");
        return reply(obj("i_conf", id, "i_audio_file", ++seq));
    }

    private Reply getConfPrompt(Call c) {
        int id = reqInt(c.params(), "i_conf");
        String type = reqOneOf(c.params(), "prompt_type", Set.of("intro", "moh"));
        conf(c, id);
        Audio a = c.account.confPrompts.get(id + "/" + type);
        if (a == null) {
            throw notFound(c, "No " + type + " prompt recorded for conference " + id);
        }
        return new Reply(obj("prompt", a.filename()), a);
    }

    // DialDirectory

    private static void checkDirEntry(ObjectNode e) {
        checkAllowed(e, "dir_entry_info", Set.of("i_entry", "active", "abbreviated_number", "number_to_dial",
                "lastname", "description", "prompt"));
        optOneOf(e, "active", Set.of("Y", "N"));
    }

    private ObjectNode dirEntry(Call c, int id) {
        ObjectNode e = c.account.dirEntries.get(id);
        if (e == null) {
            throw notFound(c, "Directory entry " + id + " not found");
        }
        return e;
    }

    private Reply createDirEntry(Call c) {
        ObjectNode e = reqObj(c.params(), "dir_entry_info");
        checkDirEntry(e);
        reqStr(e, "number_to_dial");
        reqStr(e, "lastname");
        Audio audio = e.hasNonNull("prompt") ? attachment(c, e.get("prompt").asText()) : null;
        if (c.dry) {
            return dryOk();
        }
        int id = ++seq;
        ObjectNode stored = obj("i_entry", id, "active", "Y");
        stored.setAll(e);
        stored.put("i_entry", id);
        c.account.dirEntries.put(id, stored);
        if (audio != null) {
            c.account.dirPrompts.put(id, audio);
        }
        return reply(obj("i_entry", id));
    }

    private Reply updateDirEntry(Call c) {
        ObjectNode e = reqObj(c.params(), "dir_entry_info");
        checkDirEntry(e);
        int id = reqInt(e, "i_entry");
        ObjectNode stored = dirEntry(c, id);
        Audio audio = e.hasNonNull("prompt") ? attachment(c, e.get("prompt").asText()) : null;
        if (c.dry) {
            return dryOk();
        }
        stored.setAll(e);
        if (audio != null) {
            c.account.dirPrompts.put(id, audio);
        }
        return reply(obj("i_entry", id));
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static Reply reply(ObjectNode json) {
        return new Reply(json, null);
    }

    private static Reply dryOk() {
        return reply(obj("dry_run", 1, "success", 1));
    }

    private static Fault notFound(Call c, String message) {
        return new Fault("Server." + c.where() + ".not_found", message);
    }

    private static Audio attachment(Call c, String filename) {
        Audio a = c.req.file(filename);
        if (a == null) {
            throw new Fault(FAULT_ATTACHMENT, "No MIME attachment named " + filename + " in the request");
        }
        if (a.content().length == 0) {
            throw new Fault(FAULT_INVALID, "The attachment " + filename + " is empty");
        }
        String ct = a.contentType() == null || a.contentType().equals("application/octet-stream")
                ? contentTypeOf(filename) : a.contentType();
        return new Audio(filename, ct, a.content());
    }

    private static String contentTypeOf(String filename) {
        String f = filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".au")) {
            return "audio/basic";
        }
        if (f.endsWith(".g729")) {
            return "audio/G729";
        }
        if (f.endsWith(".wav")) {
            return "audio/wav";
        }
        if (f.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        return "application/octet-stream";
    }

    static ObjectNode obj(Object... kv) {
        ObjectNode n = NODES.objectNode();
        for (int i = 0; i < kv.length; i += 2) {
            String k = (String) kv[i];
            Object v = kv[i + 1];
            if (v instanceof Integer x) {
                n.put(k, x);
            } else if (v instanceof JsonNode j) {
                n.set(k, j);
            } else if (v != null) {
                n.put(k, v.toString());
            }
        }
        return n;
    }

    private static String hex32(int n) {
        String h = Integer.toHexString(n) + "f1ab18fe5a3decf0ba828e56a3d9e982";
        return h.substring(0, 32);
    }

    private static void checkAllowed(ObjectNode o, String where, Set<String> allowed) {
        o.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f)) {
                throw new Fault(FAULT_INVALID, "Unknown property " + where + "." + f);
            }
        });
    }

    private static String reqStr(ObjectNode o, String f) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull() || n.asText().isEmpty()) {
            throw new Fault(FAULT_MISSING, f + " is required");
        }
        if (!n.isValueNode()) {
            throw new Fault(FAULT_INVALID, f + " must be a string");
        }
        return n.asText();
    }

    private static ObjectNode reqObj(ObjectNode o, String f) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) {
            throw new Fault(FAULT_MISSING, f + " is required");
        }
        if (!n.isObject()) {
            throw new Fault(FAULT_INVALID, f + " must be a structure");
        }
        return (ObjectNode) n;
    }

    private static int reqInt(ObjectNode o, String f) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) {
            throw new Fault(FAULT_MISSING, f + " is required");
        }
        return toInt(n, f);
    }

    private static int toInt(JsonNode n, String f) {
        if (n.isInt()) {
            return n.asInt();
        }
        if (n.isTextual() && n.asText().matches("-?\\d{1,9}")) {
            return Integer.parseInt(n.asText());
        }
        throw new Fault(FAULT_INVALID, f + " must be an integer, got " + n);
    }

    private static void optIntIn(ObjectNode o, String f, int min, int max) {
        JsonNode n = o.get(f);
        if (n == null || n.isNull()) {
            return;
        }
        int v = toInt(n, f);
        if (v < min || v > max) {
            throw new Fault(FAULT_INVALID, f + " must be between " + min + " and " + max + ", got " + v);
        }
    }

    private static String reqOneOf(ObjectNode o, String f, Set<String> allowed) {
        String v = reqStr(o, f);
        if (!allowed.contains(v)) {
            throw new Fault(FAULT_INVALID, f + " must be one of " + new java.util.TreeSet<>(allowed) + ", got " + v);
        }
        return v;
    }

    private static void optOneOf(ObjectNode o, String f, Set<String> allowed) {
        if (o.hasNonNull(f)) {
            reqOneOf(o, f, allowed);
        }
    }
}
