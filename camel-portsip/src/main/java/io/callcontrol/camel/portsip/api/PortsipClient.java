package io.callcontrol.camel.portsip.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.portsip.PortsipException;
import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.auth.TokenGrant;
import io.callcontrol.core.auth.TokenManager;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.http.HttpResult;
import io.callcontrol.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PortSIP call control REST API as asynchronous calls, over the suite's HTTP client: one method per vendor
 * operation, plus the OAuth login/refresh/revoke the {@link TokenManager} drives (log in lazily, reuse the token,
 * refresh before expiry, log in again and retry once when the PBX rejects it, revoke on close).
 * <p>
 * Thread-safe; one instance per PBX account, shared by every endpoint that uses the same account.
 */
public final class PortsipClient implements TokenManager.TokenSource, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortsipClient.class);

    /** The OAuth client id of PortSIP's own web portal (VENDOR-NOTES). */
    public static final String DEFAULT_CLIENT_ID = "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a";

    /**
     * Who logs in.
     *
     * @param username    PBX user (system administrator, tenant administrator or extension)
     * @param password    its password
     * @param loginDomain tenant SIP domain, for tenant and extension users (null for a system administrator)
     * @param clientId    OAuth client id
     * @param scope       OAuth scope
     */
    public record Account(String username, String password, String loginDomain, String clientId, String scope) {
        @Override
        public String toString() {
            return "Account[username=" + username + ", loginDomain=" + loginDomain + "]";
        }
    }

    private final String baseUrl;
    private final Account account;
    private final CallControlHttpClient http;
    private final TokenManager tokens;
    private final AuthStrategy bearer;
    private final Clock clock;
    private volatile Throwable lastLoginError;

    /**
     * @param baseUrl       the PBX API root, e.g. {@code https://pbx.example.com:8887/api}
     * @param refreshMargin refresh the token this long before it expires
     */
    public PortsipClient(String baseUrl, Account account, HttpClientSettings settings, Duration refreshMargin) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.account = account;
        this.clock = Clock.systemUTC();
        this.http = new CallControlHttpClient(PortsipException.VENDOR, settings);
        this.tokens = new TokenManager("portsip " + account.username() + "@" + this.baseUrl, this, refreshMargin,
                clock);
        this.bearer = AuthStrategy.bearer(tokens);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The token manager (login/refresh counters for tests and metrics). */
    public TokenManager tokens() {
        return tokens;
    }

    // ---- operations ----

    /** {@code GET /sessions/directly}: authenticated by the extension password in the query, no token. */
    public CompletableFuture<SessionCreated> initiateDirectly(DirectInitiateRequest request) {
        HttpCall.Builder b = HttpCall.builder("GET", baseUrl).rawPath("sessions/directly");
        Json.MAPPER.convertValue(request, Map.class).forEach((k, v) -> b.query(String.valueOf(k), v));
        // the password travels in the query: the core keeps query strings out of error messages
        return http.send(b.build(), AuthStrategy.none(), PortsipErrorMapper.API)
                .thenApply(r -> r.json(SessionCreated.class));
    }

    /** {@code POST /sessions}. */
    public CompletableFuture<SessionCreated> initiate(InitiateRequest request) {
        return api(HttpCall.builder("POST", baseUrl).rawPath("sessions").json(request).build())
                .thenApply(r -> r.json(SessionCreated.class));
    }

    /** {@code POST /sessions/{id}/destroy} (documented with a JSON content type and no body). */
    public CompletableFuture<Void> destroy(String sessionId) {
        return api(HttpCall.builder("POST", baseUrl).path("sessions", sessionId, "destroy")
                .header("Content-Type", "application/json").build()).thenApply(r -> null);
    }

    /** {@code POST /sessions/{id}/hold}; session id {@code 1} = the extension's last call. */
    public CompletableFuture<Void> hold(String sessionId, ExtensionRequest request) {
        return post(sessionId, "hold", request);
    }

    /** {@code POST /sessions/{id}/unhold}; session id {@code 1} = the extension's last call. */
    public CompletableFuture<Void> unhold(String sessionId, ExtensionRequest request) {
        return post(sessionId, "unhold", request);
    }

    /** {@code POST /sessions/{id}/refer} (blind transfer); session id {@code 1} = the extension's last call. */
    public CompletableFuture<Void> refer(String sessionId, ReferRequest request) {
        return post(sessionId, "refer", request);
    }

    /** {@code POST /sessions/{id}/attended_refer}. */
    public CompletableFuture<Void> attendedRefer(String sessionId, AttendedReferRequest request) {
        return post(sessionId, "attended_refer", request);
    }

    /** {@code GET /sessions}: the active call sessions. */
    public CompletableFuture<SessionList> listSessions() {
        return api(HttpCall.builder("GET", baseUrl).rawPath("sessions").build())
                .thenApply(r -> r.hasBody() ? r.json(SessionList.class) : new SessionList(0, null));
    }

    private CompletableFuture<Void> post(String sessionId, String action, Object body) {
        return api(HttpCall.builder("POST", baseUrl).path("sessions", sessionId, action).json(body).build())
                .thenApply(r -> null);
    }

    private CompletableFuture<HttpResult> api(HttpCall call) {
        return http.send(call, bearer, PortsipErrorMapper.API);
    }

    // ---- OAuth (TokenManager.TokenSource) ----

    @Override
    public CompletableFuture<TokenGrant> login() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", account.username());
        form.put("password", account.password());
        form.put("scope", account.scope());
        form.put("client_id", account.clientId());
        if (account.loginDomain() != null && !account.loginDomain().isBlank()) {
            form.put("domain", account.loginDomain());
        }
        return tokenRequest(form);
    }

    @Override
    public CompletableFuture<TokenGrant> refresh(TokenGrant current) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", current.refreshToken());
        form.put("client_id", account.clientId());
        return tokenRequest(form);
    }

    private CompletableFuture<TokenGrant> tokenRequest(Map<String, Object> form) {
        HttpCall call = HttpCall.builder("POST", baseUrl).rawPath("login/oauth/token").form(form).build();
        return http.send(call, AuthStrategy.none(), PortsipErrorMapper.LOGIN).<TokenGrant>thenApply(r -> {
            TokenResponse t = r.json(TokenResponse.class);
            if (t.accessToken() == null || t.accessToken().isBlank()) {
                throw new PortsipException(null, "The login answer carries no access_token", r.status(), null, null);
            }
            Instant expires = t.expiresIn() == null ? null : clock.instant().plusSeconds(t.expiresIn());
            return TokenGrant.of(t.accessToken(), t.refreshToken(), expires);
        }).whenComplete((grant, error) -> lastLoginError = error == null ? null : unwrap(error));
    }

    /** Why the last login or refresh failed, or null when it succeeded (or none was tried yet). */
    public Throwable lastLoginError() {
        return lastLoginError;
    }

    @Override
    public CompletableFuture<Void> logout(TokenGrant current) {
        HttpCall call = HttpCall.builder("POST", baseUrl).rawPath("login/oauth/revoke")
                .header("Authorization", "Bearer " + current.accessToken()).build();
        return http.send(call, AuthStrategy.none(), PortsipErrorMapper.LOGIN).thenApply(r -> null);
    }

    /** Revokes the current token (if any, waiting briefly) and closes the connection pool. */
    @Override
    public void close() {
        try {
            tokens.logout().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            LOG.debug("Revoking the PortSIP token failed: {}", cause.getMessage());
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        } finally {
            http.close();
        }
    }

    /** The exception of a failed future without its {@link CompletionException} wrapper. */
    public static Throwable unwrap(Throwable t) {
        return CallControlProducer.unwrap(t);
    }
}
