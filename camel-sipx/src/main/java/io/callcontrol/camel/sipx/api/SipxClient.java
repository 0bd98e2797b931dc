package io.callcontrol.camel.sipx.api;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.callcontrol.camel.sipx.SipxConstants;
import io.callcontrol.camel.sipx.SipxException;
import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.http.HttpResult;

/**
 * The sipX call controller over the core's async HTTP client. The base URL is either the call controller port
 * ({@code https://host:6666} Basic, {@code http://host:6667} Digest) or the sipxconfig redirector
 * ({@code https://host/sipxconfig/rest/my/redirect}, Digest); the client appends
 * {@code /callcontroller/{callingUser}/{calledUser}}.
 */
public final class SipxClient implements AutoCloseable {

    private final String baseUrl;
    private final CallControlHttpClient http;
    private final AuthStrategy auth;
    private final SipxErrors errors = new SipxErrors();

    public SipxClient(String baseUrl, HttpClientSettings settings, AuthStrategy auth) {
        String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (b.endsWith("/callcontroller")) {
            b = b.substring(0, b.length() - "/callcontroller".length());
        }
        this.baseUrl = b;
        this.http = new CallControlHttpClient(SipxConstants.SCHEME, settings);
        this.auth = auth;
    }

    /** POST with the given query parameters (nulls are left out). */
    public CompletableFuture<HttpResult> post(String callingUser, String calledUser, Map<String, Object> params) {
        HttpCall.Builder b = HttpCall.builder("POST", baseUrl).path("callcontroller", callingUser, calledUser);
        params.forEach(b::query);
        return http.send(b.build(), auth, errors);
    }

    /** GET of the call state; {@code agent} (may be null) selects a third-party call. */
    public CompletableFuture<SipxCallStatus> status(String callingUser, String calledUser, String agent) {
        HttpCall c = HttpCall.builder("GET", baseUrl).path("callcontroller", callingUser, calledUser)
                .query("agent", agent).header("Accept", "text/xml").build();
        return http.send(c, auth, errors).thenApply(r -> {
            try {
                return SipxXml.callStatus(r.text());
            } catch (IllegalArgumentException e) {
                throw new SipxException(String.valueOf(r.status()), e.getMessage(), r.status(), r.text());
            }
        });
    }

    @Override
    public void close() {
        http.close();
    }
}
