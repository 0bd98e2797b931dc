package io.callcontrol.core.auth;

import java.util.concurrent.CompletableFuture;

import io.callcontrol.core.http.HttpCall;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.protocol.HttpClientContext;

/**
 * HTTP Digest authentication (RFC 7616), answered by HttpClient 5's own challenge/response: the first request
 * of a connection gets the server's 401 challenge, the client answers it and the request goes through.
 * The auth cache is kept across requests so later requests can reuse the negotiated scheme.
 */
public final class DigestAuth implements AuthStrategy {

    private final BasicCredentialsProvider credentials = new BasicCredentialsProvider();
    private final BasicAuthCache cache = new BasicAuthCache();

    public DigestAuth(String username, String password) {
        if (username == null) {
            throw new IllegalArgumentException("Digest authentication needs a username");
        }
        credentials.setCredentials(new AuthScope(null, -1),
                new UsernamePasswordCredentials(username, password == null ? new char[0] : password.toCharArray()));
    }

    @Override
    public CompletableFuture<HttpCall> authorize(HttpCall call) {
        return CompletableFuture.completedFuture(call);
    }

    @Override
    public void configure(HttpClientContext context, HttpCall call) {
        context.setCredentialsProvider(credentials);
        context.setAuthCache(cache);
    }
}
