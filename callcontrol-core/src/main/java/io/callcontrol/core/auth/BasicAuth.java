package io.callcontrol.core.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

import io.callcontrol.core.http.HttpCall;

/** Preemptive HTTP Basic authentication (RFC 7617). */
public final class BasicAuth implements AuthStrategy {

    private final String header;

    public BasicAuth(String username, String password) {
        if (username == null) {
            throw new IllegalArgumentException("Basic authentication needs a username");
        }
        this.header = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<HttpCall> authorize(HttpCall call) {
        return CompletableFuture.completedFuture(call.withHeader("Authorization", header));
    }
}
