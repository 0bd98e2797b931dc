package io.callcontrol.core.auth;

import java.util.concurrent.CompletableFuture;

import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * How a component authenticates to its vendor: none, Basic, Digest, a static Bearer token, or a token from a
 * login/refresh {@link TokenManager}. Picked from configuration with the factories of this interface.
 */
public interface AuthStrategy {

    /** Returns the request with credentials applied (may first log in, asynchronously). */
    CompletableFuture<HttpCall> authorize(HttpCall call);

    /**
     * Called once when the vendor rejected the credentials of {@code sent}. Returns true when the strategy renewed
     * them (e.g. dropped a stale token so the next {@link #authorize} logs in again) and a retry makes sense.
     */
    default boolean onAuthenticationFailure(HttpCall sent, HttpResult result) {
        return false;
    }

    /** Hook to set up the HttpClient context (Digest credentials) for a request. */
    default void configure(HttpClientContext context, HttpCall call) {
    }

    static AuthStrategy none() {
        return NoAuth.INSTANCE;
    }

    static AuthStrategy basic(String username, String password) {
        return new BasicAuth(username, password);
    }

    static AuthStrategy digest(String username, String password) {
        return new DigestAuth(username, password);
    }

    static AuthStrategy bearer(String token) {
        return new BearerAuth(token);
    }

    /** Bearer token from a login/refresh manager: re-login once when the vendor rejects it. */
    static AuthStrategy bearer(TokenManager tokens) {
        return new TokenBearerAuth(tokens);
    }

    /** No credentials. */
    final class NoAuth implements AuthStrategy {
        static final NoAuth INSTANCE = new NoAuth();

        @Override
        public CompletableFuture<HttpCall> authorize(HttpCall call) {
            return CompletableFuture.completedFuture(call);
        }
    }
}
