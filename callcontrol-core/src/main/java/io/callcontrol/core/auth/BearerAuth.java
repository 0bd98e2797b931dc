package io.callcontrol.core.auth;

import java.util.concurrent.CompletableFuture;

import io.callcontrol.core.http.HttpCall;

/** A static Bearer token (API token, machine token). A rejected static token is not retried. */
public final class BearerAuth implements AuthStrategy {

    private final String header;

    public BearerAuth(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Bearer authentication needs a token");
        }
        this.header = "Bearer " + token;
    }

    @Override
    public CompletableFuture<HttpCall> authorize(HttpCall call) {
        return CompletableFuture.completedFuture(call.withHeader("Authorization", header));
    }
}
