package io.callcontrol.core.auth;

import java.util.concurrent.CompletableFuture;

import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;

/** Bearer token from a {@link TokenManager}; a rejected token is dropped so the retry logs in again. */
public final class TokenBearerAuth implements AuthStrategy {

    private static final String PREFIX = "Bearer ";
    private final TokenManager tokens;

    public TokenBearerAuth(TokenManager tokens) {
        this.tokens = tokens;
    }

    @Override
    public CompletableFuture<HttpCall> authorize(HttpCall call) {
        return tokens.token().thenApply(t -> call.withHeader("Authorization", PREFIX + t.accessToken()));
    }

    @Override
    public boolean onAuthenticationFailure(HttpCall sent, HttpResult result) {
        String h = sent.header("Authorization");
        tokens.invalidate(h != null && h.startsWith(PREFIX) ? h.substring(PREFIX.length()) : null);
        return true;
    }
}
