package io.callcontrol.camel.broadworks.api;

import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.broadworks.BroadworksConstants;
import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.auth.TokenGrant;
import io.callcontrol.core.auth.TokenManager;
import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.http.HttpResult;
import io.callcontrol.core.json.Json;

/**
 * The call service of one APIO server, over the core's async HTTP client. Every method completes with the typed
 * answer or fails with a {@link io.callcontrol.camel.broadworks.BroadworksException}.
 * <p>
 * Authentication: a static machine token (sent as Bearer), or an APIO login ({@code POST <loginPath>} with
 * {@code username}/{@code password} -> {@code access_token}/{@code refresh_token}) kept by a {@link TokenManager}:
 * a token the server rejects (401) is dropped and the request is retried once after a new login; when the access
 * token is a JWT with an {@code exp} claim it is refreshed with {@code GET <refreshPath>} shortly before expiry.
 */
public final class BroadworksClient implements AutoCloseable {

    /** Which user's call service a request addresses. */
    public record UserPath(String tenantId, String groupId, String userId) {
    }

    private final String baseUrl;
    private final CallControlHttpClient http;
    private final AuthStrategy auth;
    private final TokenManager tokens;
    private final BroadworksErrors errors = new BroadworksErrors();

    /**
     * @param accessToken static machine token; when null, {@code username}/{@code password} log in
     */
    public BroadworksClient(String baseUrl, HttpClientSettings settings, String accessToken, String username,
                            String password, String loginPath, String refreshPath) {
        this.baseUrl = stripSlash(baseUrl);
        this.http = new CallControlHttpClient(BroadworksConstants.SCHEME, settings);
        if (accessToken != null && !accessToken.isBlank()) {
            this.tokens = null;
            this.auth = AuthStrategy.bearer(accessToken);
        } else if (username != null && !username.isBlank()) {
            this.tokens = new TokenManager(BroadworksConstants.SCHEME + " " + this.baseUrl,
                    new ApioLogin(username, password, loginPath, refreshPath));
            this.auth = AuthStrategy.bearer(tokens);
        } else {
            this.tokens = null;
            this.auth = AuthStrategy.none();
        }
    }

    /** The token manager when logging in with username/password, else null. */
    public TokenManager tokens() {
        return tokens;
    }

    // ---- operations ------------------------------------------------------------------------------------

    public CompletableFuture<CallCreated> call(UserPath user, String phoneNumber) {
        return send(calls(user, "POST").json(Map.of("phoneNumber", phoneNumber))).thenApply(r -> r.json(CallCreated.class));
    }

    /**
     * The document shows {@code includeDetails} in a JSON body of the GET; it is sent there and, for servers that
     * drop GET bodies, as a query parameter too.
     */
    public CompletableFuture<BroadworksCallList> listCalls(UserPath user, boolean includeDetails) {
        HttpCall.Builder b = calls(user, "GET");
        if (includeDetails) {
            b.query("includeDetails", "true").json(Map.of("includeDetails", true));
        }
        return send(b).thenApply(r -> r.hasBody() ? r.json(BroadworksCallList.class) : new BroadworksCallList(null));
    }

    public CompletableFuture<BroadworksCall> getCall(UserPath user, String callId) {
        return send(call(user, "GET", callId)).thenApply(r -> r.json(BroadworksCall.class));
    }

    /** PUT with the action ({@code hold}, {@code blindTransfer}, ...) and its extra fields. */
    public CompletableFuture<Void> modify(UserPath user, String callId, String action, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        fields.forEach((k, v) -> {
            if (v != null) {
                body.put(k, v);
            }
        });
        return send(call(user, "PUT", callId).json(body)).thenApply(r -> null);
    }

    public CompletableFuture<Void> release(UserPath user, String callId) {
        return send(call(user, "DELETE", callId)).thenApply(r -> null);
    }

    public CompletableFuture<CallCreated> retrieve(UserPath user) {
        return send(calls(user, "POST").rawPath("retrieve/").json(Map.of())).thenApply(r -> r.json(CallCreated.class));
    }

    public CompletableFuture<ImrnCreated> createImrn(UserPath user, String phoneNumber, String callingPhoneNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phoneNumber", phoneNumber);
        body.put("callingPhoneNumber", callingPhoneNumber);
        return send(calls(user, "POST").rawPath("imrn/").json(body)).thenApply(r -> r.json(ImrnCreated.class));
    }

    private HttpCall.Builder calls(UserPath u, String method) {
        return HttpCall.builder(method, baseUrl).rawPath("/api/v1").path("tenants", u.tenantId(), "groups", u.groupId(),
                "users", u.userId(), "services", "calls").rawPath("/");
    }

    private HttpCall.Builder call(UserPath u, String method, String callId) {
        return calls(u, method).path(callId).rawPath("/");
    }

    private CompletableFuture<HttpResult> send(HttpCall.Builder b) {
        return http.send(b.build(), auth, errors);
    }

    @Override
    public void close() {
        if (tokens != null) {
            tokens.logout();
        }
        http.close();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    // ---- APIO login ------------------------------------------------------------------------------------

    private final class ApioLogin implements TokenManager.TokenSource {
        private final String username;
        private final String password;
        private final String loginPath;
        private final String refreshPath;

        ApioLogin(String username, String password, String loginPath, String refreshPath) {
            this.username = username;
            this.password = password;
            this.loginPath = loginPath;
            this.refreshPath = refreshPath;
        }

        @Override
        public CompletableFuture<TokenGrant> login() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("username", username);
            body.put("password", password);
            HttpCall c = HttpCall.builder("POST", baseUrl).rawPath(loginPath).json(body).build();
            return http.execute(c).thenApply(r -> grant(c, r, null));
        }

        @Override
        public CompletableFuture<TokenGrant> refresh(TokenGrant current) {
            HttpCall c = HttpCall.builder("GET", baseUrl).rawPath(refreshPath)
                    .header("Authorization", "Bearer " + current.refreshToken()).build();
            return http.execute(c).thenApply(r -> grant(c, r, current.refreshToken()));
        }

        private TokenGrant grant(HttpCall c, HttpResult r, String previousRefresh) {
            if (!r.isSuccess()) {
                throw errors.toException(c, r);
            }
            JsonNode n = r.jsonTreeOrNull();
            String access = n == null ? null : text(n, "access_token");
            if (access == null) {
                throw new io.callcontrol.camel.broadworks.BroadworksException.Unauthorized(String.valueOf(r.status()),
                        "APIO login answered without access_token", r.status(), r.text());
            }
            String refresh = text(n, "refresh_token");
            Map<String, Object> extra = new LinkedHashMap<>();
            String machine = text(n, "token");
            if (machine != null) {
                extra.put("token", machine);
            }
            return new TokenGrant(access, refresh != null ? refresh : previousRefresh, jwtExpiry(access), extra);
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The {@code exp} claim of a JWT, or null when the token is not a JWT with one. */
    static Instant jwtExpiry(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = Json.tree(Base64.getUrlDecoder().decode(parts[1]));
            JsonNode exp = claims.get("exp");
            return exp != null && exp.isNumber() ? Instant.ofEpochSecond(exp.asLong()) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
