package io.callcontrol.camel.portasip.jsonapi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcontrol.camel.portasip.jsonapi.model.GenericResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SessionApi;
import io.callcontrol.camel.portasip.period.PortasipPeriod;
import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.auth.TokenGrant;
import io.callcontrol.core.auth.TokenManager;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.ErrorMapper;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.http.HttpResult;
import io.callcontrol.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the PortaSIP media-applications JSON API ({@code POST <baseUrl>/rest/<Service>/<method>/}) on the
 * suite's async HTTP client.
 * <ul>
 * <li><b>Sessions</b>: logs in once (login/password/domain, or login + API token) through the core
 * {@link TokenManager}, sends the {@code session_id} (or the access token) in every {@code auth_info} as the
 * document recommends, logs in again and retries once when the server answers an authentication fault
 * ({@code ...check_auth...}, e.g. an expired session), refreshes an expiring access token with
 * {@code refresh_access_token}, and calls {@code logout} on {@link #close()}. Alternatives: a static access token,
 * or credentials in every {@code auth_info} ({@code useSession=false}).</li>
 * <li><b>Transports</b>: form fields {@code auth_info}/{@code params} (url-encoded, or multipart with an attachment)
 * or Bearer + JSON body {@code {"params":..}}.</li>
 * <li><b>Dry run</b>: {@code aux_info: {"dry_run": 1}} next to auth_info and params.</li>
 * <li><b>Attachments</b>: prompts and greetings go as a multipart file part whose name and filename are the file
 * name the params refer to ({@code prompt}, {@code greeting_info.filename}); the document (written for SOAP MIME
 * attachments) names no form field for it. Answers with audio are read as multipart (JSON part + audio part) or
 * as bare audio with a {@code Content-Disposition} file name.</li>
 * <li><b>Faults</b>: {@code {faultcode, faultstring}} answers become {@link PortasipFaultException}; transport
 * failures the core's timeout/connection exceptions; invalid input a {@link CallControlValidationException}
 * before anything is sent.</li>
 * </ul>
 * Thread-safe; completes on the HTTP client's I/O thread.
 */
public final class PortasipJsonApiClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortasipJsonApiClient.class);
    private static final String VENDOR = PortasipFaultException.VENDOR;
    private static final Set<String> KNOWN_AUTH_FAULTS = Set.of("Server.Session.check_auth.auth_failed",
            "Client.Session.check_auth.failed_to_process_access_token");
    private static final String KIND_SESSION = "session_id";
    private static final String KIND_ACCESS_TOKEN = "access_token";
    private static final String EXTRA_KIND = "kind";
    private static final String EXTRA_LOGIN = "login_response";

    /** The strict reader of each request type (unknown properties fail), made once per type. */
    private static final ClassValue<ObjectReader> STRICT_READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return Json.MAPPER.readerFor(type).with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        }
    };

    private final PortasipJsonApiSettings settings;
    private final CallControlHttpClient http;
    private final boolean ownsHttp;
    private final TokenManager tokens;
    private final ErrorMapper errors = new FaultMapper();
    private volatile boolean closed;

    /** A client with its own HTTP client (closed with it). */
    public PortasipJsonApiClient(PortasipJsonApiSettings settings) {
        this(settings, new CallControlHttpClient(VENDOR, HttpClientSettings.defaults()
                .withTimeouts(settings.connectTimeout(), settings.responseTimeout()).withTls(settings.tls())), true);
    }

    /** A client on a shared HTTP client (not closed with it). */
    public PortasipJsonApiClient(PortasipJsonApiSettings settings, CallControlHttpClient http) {
        this(settings, http, false);
    }

    private PortasipJsonApiClient(PortasipJsonApiSettings settings, CallControlHttpClient http, boolean ownsHttp) {
        this.settings = settings;
        this.http = http;
        this.ownsHttp = ownsHttp;
        boolean managed = settings.useSession() && isBlank(settings.accessToken());
        this.tokens = managed ? new TokenManager(VENDOR + " " + settings.baseUrl(), new SessionSource()) : null;
    }

    public PortasipJsonApiSettings settings() {
        return settings;
    }

    /** The session manager (null with a static access token or credentials in every request). */
    public TokenManager sessions() {
        return tokens;
    }

    /** Whether a fault code says the session, token or credentials were not accepted. */
    public static boolean isAuthFaultCode(String faultCode) {
        return faultCode != null && (KNOWN_AUTH_FAULTS.contains(faultCode) || faultCode.contains(".check_auth."));
    }

    // ---- calls ----------------------------------------------------------------------------------

    /** Calls a method with the settings' dry-run flag. */
    public CompletableFuture<PortasipJsonApiResult> call(PortasipJsonApiMethod method, Object params,
                                                         PortasipAttachment attachment) {
        return call(method, params, attachment, settings.dryRun());
    }

    /**
     * Calls a listed method.
     *
     * @param params     the params structure: the method's request record, a Map, a JSON String or JsonNode, or
     *                   null for none
     * @param attachment the audio to upload (required by set_*_prompt and set_vm_greeting), else null
     */
    public CompletableFuture<PortasipJsonApiResult> call(PortasipJsonApiMethod method, Object params,
                                                         PortasipAttachment attachment, boolean dryRun) {
        try {
            if (method == PortasipJsonApiMethod.login && isEmpty(params) && !dryRun) {
                return login().thenApply(r -> new PortasipJsonApiResult(method.name(), method.service().name(), r,
                        Json.MAPPER.valueToTree(r), null, 200, false));
            }
            ObjectNode p = prepare(method, params, attachment);
            PortasipAttachment att = attachmentFor(method, p, attachment);
            Class<?> responseType = dryRun ? GenericResponse.class : method.responseType();
            CompletableFuture<PortasipJsonApiResult> f = send(method.service().name(), method.name(),
                    method.authenticated(), p, att, dryRun, responseType, method.responseAttachmentRef());
            if (method == PortasipJsonApiMethod.logout && tokens != null && !dryRun) {
                f = f.whenComplete((r, e) -> tokens.invalidate(null));
            }
            return f;
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Calls a method this client does not list (e.g. of a newer release): params go as given, the answer is a
     * {@link GenericResponse}, an attachment is uploaded when given and returned when the answer carries one.
     */
    public CompletableFuture<PortasipJsonApiResult> callUnlisted(String service, String method, Object params,
                                                                 PortasipAttachment attachment, boolean dryRun) {
        try {
            Validation.of(VENDOR, String.valueOf(method)).require("service", service).require("method", method).check();
            ObjectNode p = toObject(params, method);
            return send(service, method, true, p, attachment, dryRun, GenericResponse.class, null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Logs in now (replacing the current session) and returns the server's answer. */
    public CompletableFuture<SessionApi.LoginResponse> login() {
        if (tokens == null) {
            return CompletableFuture.failedFuture(new CallControlValidationException(VENDOR, "useSession",
                    "login needs session mode (useSession=true and no static accessToken)"));
        }
        tokens.invalidate(null);
        return tokens.token().thenApply(g -> (SessionApi.LoginResponse) g.extra().get(EXTRA_LOGIN));
    }

    /** Logs the current session out (if any) and forgets it. */
    public CompletableFuture<Void> logout() {
        return tokens == null ? CompletableFuture.completedFuture(null) : tokens.logout();
    }

    /** Logs out (when configured and a session is open, waiting at most the response timeout), then closes. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (settings.logoutOnClose() && tokens != null && tokens.peek() != null) {
            try {
                tokens.logout().get(settings.responseTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                LOG.warn("PortaSIP logout on close failed: {}", e.getMessage());
            }
        }
        if (ownsHttp) {
            http.close();
        }
    }

    // ---- request preparation -------------------------------------------------------------------

    private static boolean isEmpty(Object params) {
        return params == null || params instanceof Map<?, ?> m && m.isEmpty()
               || params instanceof JsonNode n && n.isEmpty() || params instanceof String s && s.isBlank();
    }

    private static ObjectNode toObject(Object params, String method) {
        if (params == null) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode n;
        try {
            if (params instanceof JsonNode j) {
                n = j.deepCopy();
            } else if (params instanceof String s) {
                n = s.isBlank() ? Json.MAPPER.createObjectNode() : Json.MAPPER.readTree(s);
            } else if (params instanceof byte[] b) {
                n = Json.MAPPER.readTree(b);
            } else {
                n = Json.MAPPER.valueToTree(params);
            }
        } catch (Exception e) {
            throw new CallControlValidationException(VENDOR, "params", "The params of " + method
                    + " are not valid JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw new CallControlValidationException(VENDOR, "params", "The params of " + method
                    + " must be a JSON object (structure), got " + (n == null ? "nothing" : n.getNodeType()));
        }
        return (ObjectNode) n;
    }

    /** Converts params to the method's structure (checking types, enums and property names) and validates them. */
    ObjectNode prepare(PortasipJsonApiMethod method, Object params, PortasipAttachment attachment) {
        ObjectNode raw = toObject(params, method.name());
        // the attachment's file name fills the params property that refers to it
        if (method.attachmentRef() != null && attachment != null && attachment.filename() != null
            && path(raw, method.attachmentRef()) == null) {
            setPath(raw, method.attachmentRef(), attachment.filename());
        }
        Object typed;
        try {
            typed = STRICT_READERS.get(method.requestType()).readValue(raw);
        } catch (UnrecognizedPropertyException e) {
            throw new CallControlValidationException(VENDOR, pathOf(e), "Invalid portasip " + method
                    + " request: unknown property " + pathOf(e) + " (known: " + e.getKnownPropertyIds() + ")");
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new CallControlValidationException(VENDOR, pathOf(e), "Invalid portasip " + method
                    + " request: " + pathOf(e) + ": " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new CallControlValidationException(VENDOR, "params", "Invalid portasip " + method + " request: "
                    + e.getMessage());
        }
        ObjectNode p = Json.MAPPER.valueToTree(typed);
        validate(method, p, attachment);
        return p;
    }

    private static String pathOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "params" : sb.toString();
    }

    private void validate(PortasipJsonApiMethod m, ObjectNode p, PortasipAttachment attachment) {
        Validation v = Validation.of(VENDOR, m.name());
        for (String required : m.requiredParams()) {
            v.require(required, path(p, required));
        }
        switch (m) {
            case login -> v.requireOneOf(mapOf("password", path(p, "password"), "token", path(p, "token")));
            case get_conf_info -> v.requireOneOf(mapOf("i_conf", path(p, "i_conf"), "name", path(p, "name")));
            case get_menu_transition_prompt -> {
                if (path(p, "i_menu_transition") == null) {
                    v.require("i_menu_transition (or i_menu", path(p, "i_menu"));
                    v.require("event)", path(p, "event"));
                }
            }
            case set_menu_transition -> v.requireOneOf(mapOf("i_menu", path(p, "i_menu"), "transition_info.i_menu",
                    path(p, "transition_info.i_menu")));
            case set_vm_greeting -> v.check("greeting_info.greeting_type",
                    !"standard".equals(text(p, "greeting_info.greeting_type")),
                    "cannot be standard (set_vm_greeting takes extended, personal or name)");
            case set_folder_preferences -> {
                JsonNode sm = p.path("folder_prefs").get("search_memory");
                v.check("folder_prefs.search_memory", sm == null || sm.asInt() >= 0 && sm.asInt() <= 9,
                        "must be 0 (disabled) to 9");
            }
            case create_menu, update_menu -> {
                String name = text(p, "menu_info.name");
                v.check("menu_info.name", name == null || name.length() <= 64, "is longer than 64 characters");
                if (m == PortasipJsonApiMethod.create_menu) {
                    v.check("menu_info.name", !"ROOT".equals(name), "ROOT is reserved for the root menu");
                }
                String period = text(p, "menu_info.period");
                if (period != null) {
                    v.check("menu_info.period", period.length() <= 2000, "is longer than 2000 characters");
                    PortasipPeriod.validate(period).ifPresent(e -> v.check("menu_info.period", false,
                            "is invalid at position " + e.getPosition() + ": " + e.getReason() + " (\"" + period + "\")"));
                }
            }
            case set_vm_settings -> {
                String email = text(p, "vm_settings.ext_email");
                v.check("vm_settings.ext_email", email == null || email.length() <= 128, "is longer than 128 characters");
            }
            default -> {
            }
        }
        String dest = text(p, "transition_info.destination");
        v.check("transition_info.destination", dest == null || dest.length() <= 32, "is longer than 32 characters");
        if (m.attachment() == PortasipJsonApiMethod.Attach.REQUIRED) {
            v.check("attachment", attachment != null && attachment.content() != null,
                    "is required: " + m + " uploads the audio as a MIME attachment (message body)");
        }
        if (attachment != null && m.attachment() == PortasipJsonApiMethod.Attach.NONE) {
            v.check("attachment", false, "is not taken by " + m);
        }
        v.check();
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private PortasipAttachment attachmentFor(PortasipJsonApiMethod m, ObjectNode p, PortasipAttachment a) {
        if (a == null) {
            return null;
        }
        String name = m.attachmentRef() == null ? a.filename() : text(p, m.attachmentRef());
        if (name == null) {
            throw new CallControlValidationException(VENDOR, m.attachmentRef(), "Invalid portasip " + m
                    + " request: missing the file name of the attachment (" + m.attachmentRef() + ")");
        }
        if (settings.validateAudio()) {
            PortasipAudio.check("attachment", name, a.content());
        }
        return new PortasipAttachment(name, name.equals(a.filename()) ? a.contentType() : null, a.content());
    }

    static JsonNode path(JsonNode root, String dotted) {
        JsonNode n = root;
        for (String part : dotted.split("\\.")) {
            n = n == null ? null : n.get(part);
        }
        return n == null || n.isNull() ? null : n;
    }

    private static String text(JsonNode root, String dotted) {
        JsonNode n = path(root, dotted);
        return n == null ? null : n.asText();
    }

    static void setPath(ObjectNode root, String dotted, Object value) {
        String[] parts = dotted.split("\\.");
        ObjectNode n = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = n.get(parts[i]);
            if (!(child instanceof ObjectNode)) {
                child = n.putObject(parts[i]);
            }
            n = (ObjectNode) child;
        }
        n.set(parts[parts.length - 1], Json.MAPPER.valueToTree(value));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    // ---- sending --------------------------------------------------------------------------------

    /** How auth_info (or the Bearer header) is filled for one request. */
    private record Cred(String kind, String value) {
        static final Cred NONE = new Cred("none", null);
        static final Cred CREDENTIALS = new Cred("credentials", null);
    }

    private CompletableFuture<PortasipJsonApiResult> send(String service, String method, boolean authenticated,
                                                          ObjectNode params, PortasipAttachment attachment, boolean dryRun,
                                                          Class<?> responseType, String responseAttachmentRef) {
        if (closed) {
            return CompletableFuture.failedFuture(new CallControlException(VENDOR, "The PortaSIP client is closed", null));
        }
        RequestAuth auth = new RequestAuth(service, method, authenticated, params, attachment, dryRun);
        return http.send(auth.template(), auth, errors).thenApply(result -> toResult(service, method, result, dryRun,
                responseType, responseAttachmentRef));
    }

    /**
     * Per-request auth: the request body carries auth_info, so the whole request is (re)built from the current
     * credentials on every attempt; on an authentication fault the session is dropped and the retry logs in.
     */
    private final class RequestAuth implements AuthStrategy {
        private final String service;
        private final String method;
        private final boolean authenticated;
        private final ObjectNode params;
        private final PortasipAttachment attachment;
        private final boolean dryRun;
        /** The session/token the last attempt used, so a rejection invalidates exactly that one. */
        private volatile String lastCredential;

        RequestAuth(String service, String method, boolean authenticated, ObjectNode params,
                    PortasipAttachment attachment, boolean dryRun) {
            this.service = service;
            this.method = method;
            this.authenticated = authenticated;
            this.params = params;
            this.attachment = attachment;
            this.dryRun = dryRun;
        }

        HttpCall template() {
            return build(Cred.NONE);
        }

        @Override
        public CompletableFuture<HttpCall> authorize(HttpCall ignored) {
            if (!authenticated) {
                return CompletableFuture.completedFuture(build(Cred.NONE));
            }
            if (!isBlank(settings.accessToken())) {
                return CompletableFuture.completedFuture(build(new Cred(KIND_ACCESS_TOKEN, settings.accessToken())));
            }
            if (tokens == null) {
                return CompletableFuture.completedFuture(build(Cred.CREDENTIALS));
            }
            return tokens.token().thenApply(g -> build(new Cred((String) g.extra().get(EXTRA_KIND), g.accessToken())));
        }

        @Override
        public boolean onAuthenticationFailure(HttpCall sent, HttpResult result) {
            if (!authenticated || tokens == null) {
                return false;
            }
            tokens.invalidate(lastCredential);
            return true;
        }

        private HttpCall build(Cred cred) {
            HttpCall.Builder b = HttpCall.builder("POST", settings.baseUrl()).path("rest", service, method).rawPath("/")
                    .header("Accept", "application/json, multipart/*, */*");
            ObjectNode authInfo = Json.MAPPER.createObjectNode();
            boolean bearer = false;
            switch (cred.kind()) {
                case KIND_SESSION -> authInfo.put("session_id", cred.value());
                case KIND_ACCESS_TOKEN -> {
                    if (settings.transport() == PortasipJsonApiTransport.json) {
                        bearer = true;
                    } else {
                        authInfo.put("access_token", cred.value());
                    }
                }
                case "credentials" -> {
                    authInfo.put("login", settings.login());
                    authInfo.put("domain", settings.domain());
                    authInfo.put("password", settings.password());
                }
                default -> {
                }
            }
            if (bearer) {
                b.header("Authorization", "Bearer " + cred.value());
            }
            ObjectNode aux = dryRun ? Json.MAPPER.createObjectNode().put("dry_run", 1) : null;
            boolean json = settings.transport() == PortasipJsonApiTransport.json;
            if (attachment == null) {
                if (json) {
                    ObjectNode body = Json.MAPPER.createObjectNode();
                    if (!bearer && !authInfo.isEmpty()) {
                        body.set("auth_info", authInfo);
                    }
                    body.set("params", params);
                    if (aux != null) {
                        body.set("aux_info", aux);
                    }
                    b.json(body);
                } else {
                    Map<String, Object> form = new LinkedHashMap<>();
                    form.put("auth_info", authInfo.toString());
                    form.put("params", params.toString());
                    if (aux != null) {
                        form.put("aux_info", aux.toString());
                    }
                    b.form(form);
                }
            } else {
                List<HttpCall.Part> parts = new ArrayList<>();
                if (!json || !bearer && !authInfo.isEmpty()) {
                    parts.add(jsonPart("auth_info", authInfo, json));
                }
                parts.add(jsonPart("params", params, json));
                if (aux != null) {
                    parts.add(jsonPart("aux_info", aux, json));
                }
                String partName = attachment.filename();
                parts.add(HttpCall.Part.file(partName, attachment.content(), attachment.contentType(),
                        attachment.filename()));
                b.multipart(parts);
            }
            lastCredential = cred.value();
            return b.build();
        }

        private HttpCall.Part jsonPart(String name, JsonNode value, boolean json) {
            return json ? new HttpCall.Part(name, value.toString().getBytes(StandardCharsets.UTF_8),
                    "application/json", null) : HttpCall.Part.text(name, value.toString());
        }
    }

    // ---- answers --------------------------------------------------------------------------------

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename\\*?=\"?(?:UTF-8'')?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private PortasipJsonApiResult toResult(String service, String method, HttpResult result, boolean dryRun,
                                           Class<?> responseType, String responseAttachmentRef) {
        String ct = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
        JsonNode json;
        PortasipAttachment attachment = null;
        if (ct.startsWith("multipart/")) {
            Matcher bm = BOUNDARY.matcher(result.contentType());
            if (!bm.find()) {
                throw new PortasipFaultException(null, "multipart answer without boundary", result.status(), null);
            }
            json = null;
            for (MimePart part : MimePart.parse(result.body(), bm.group(1))) {
                String pct = part.contentType() == null ? "" : part.contentType().toLowerCase(Locale.ROOT);
                if (json == null && part.filename() == null && (pct.isEmpty() || pct.contains("json"))) {
                    json = Json.tree(part.content());
                } else if (attachment == null) {
                    attachment = new PortasipAttachment(part.filename(), part.contentType(), part.content());
                }
            }
            if (json == null) {
                json = Json.MAPPER.createObjectNode();
            }
        } else if (ct.contains("json") || !result.hasBody() && ct.isEmpty()) {
            // the tree the fault mapper already parsed
            json = result.hasBody() ? result.jsonTree() : Json.MAPPER.createObjectNode();
        } else {
            // bare audio
            String cd = result.header("Content-Disposition");
            Matcher fm = FILENAME.matcher(cd == null ? "" : cd);
            String filename = fm.find() ? fm.group(1) : null;
            attachment = new PortasipAttachment(filename, result.contentType(), result.body());
            ObjectNode o = Json.MAPPER.createObjectNode();
            if (responseAttachmentRef != null && filename != null) {
                o.put(responseAttachmentRef, filename);
            }
            json = o;
        }
        if (attachment != null && attachment.filename() == null && responseAttachmentRef != null
            && json.hasNonNull(responseAttachmentRef)) {
            attachment = new PortasipAttachment(json.get(responseAttachmentRef).asText(), attachment.contentType(),
                    attachment.content());
        }
        Object response;
        try {
            response = Json.MAPPER.treeToValue(json, responseType); // convertValue without re-serializing the tree
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            throw new PortasipFaultException(null, "Unexpected answer of " + service + "/" + method + ": "
                    + e.getMessage(), result.status(), json.toString());
        }
        return new PortasipJsonApiResult(method, service, response, json, attachment, result.status(), dryRun);
    }

    /** Maps {@code {faultcode, faultstring}} answers; authentication faults trigger one re-login. */
    private static final class FaultMapper implements ErrorMapper {
        @Override
        public boolean isError(HttpResult result) {
            if (!result.isSuccess()) {
                return true;
            }
            if (result.isJson()) {
                JsonNode n = result.jsonTreeOrNull();
                return n != null && n.hasNonNull("faultcode");
            }
            return false;
        }

        @Override
        public boolean isAuthenticationFailure(HttpResult result) {
            if (result.status() == 401) {
                return true;
            }
            JsonNode n = result.jsonTreeOrNull();
            return n != null && isAuthFaultCode(n.path("faultcode").asText(null));
        }

        @Override
        public CallControlException toException(HttpCall call, HttpResult result) {
            JsonNode n = result.jsonTreeOrNull();
            if (n != null && n.hasNonNull("faultcode")) {
                return new PortasipFaultException(n.get("faultcode").asText(), n.path("faultstring").asText(null),
                        result.status(), result.text());
            }
            String text = result.text();
            return new PortasipFaultException(null, call.method() + " " + call.url() + " answered HTTP "
                    + result.status() + (text.isBlank() ? "" : ": " + (text.length() > 300 ? text.substring(0, 300) + "..." : text)),
                    result.status(), text);
        }
    }

    // ---- session source -----------------------------------------------------------------------

    private final class SessionSource implements TokenManager.TokenSource {
        @Override
        public CompletableFuture<TokenGrant> login() {
            Validation.of(VENDOR, "login").require("login", settings.login())
                    .requireOneOf(mapOf("password", settings.password(), "apiToken", settings.apiToken())).check();
            SessionApi.LoginRequest req = new SessionApi.LoginRequest(settings.login(), settings.domain(),
                    isBlank(settings.password()) ? null : settings.password(),
                    isBlank(settings.password()) ? settings.apiToken() : null);
            return send("Session", "login", false, Json.MAPPER.valueToTree(req), null, false,
                    SessionApi.LoginResponse.class, null)
                    .thenApply(r -> grant(r.response(SessionApi.LoginResponse.class)));
        }

        @Override
        public CompletableFuture<TokenGrant> refresh(TokenGrant current) {
            ObjectNode p = Json.MAPPER.createObjectNode().put("refresh_token", current.refreshToken());
            return send("Session", "refresh_access_token", false, p, null, false, SessionApi.LoginResponse.class, null)
                    .thenApply(r -> grant(r.response(SessionApi.LoginResponse.class)));
        }

        @Override
        public CompletableFuture<Void> logout(TokenGrant current) {
            String kind = (String) current.extra().get(EXTRA_KIND);
            RequestAuth auth = new RequestAuth("Session", "logout", true, Json.MAPPER.createObjectNode(), null, false);
            HttpCall call = auth.build(new Cred(kind, current.accessToken()));
            return http.send(call, AuthStrategy.none(), errors).thenApply(r -> (Void) null)
                    .exceptionally(e -> {
                        LOG.debug("PortaSIP logout failed: {}", e.getMessage());
                        return null;
                    });
        }

        private TokenGrant grant(SessionApi.LoginResponse r) {
            boolean useAccessToken = !isBlank(r.accessToken())
                                     && (settings.transport() == PortasipJsonApiTransport.json || isBlank(r.sessionId()));
            String value = useAccessToken ? r.accessToken() : r.sessionId();
            if (isBlank(value)) {
                throw new PortasipFaultException(null, "login answered neither session_id nor access_token", 200, null);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put(EXTRA_KIND, useAccessToken ? KIND_ACCESS_TOKEN : KIND_SESSION);
            extra.put(EXTRA_LOGIN, r);
            return new TokenGrant(value, useAccessToken ? r.refreshToken() : null,
                    useAccessToken ? parseInstant(r.expiresAt()) : null, extra);
        }
    }

    /** expires_at as ISO-8601 (with or without offset) or "yyyy-MM-dd HH:mm:ss" (UTC); null when unparseable. */
    static Instant parseInstant(String s) {
        if (isBlank(s)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T'), DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Unwraps CompletionException/ExecutionException. */
    public static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
