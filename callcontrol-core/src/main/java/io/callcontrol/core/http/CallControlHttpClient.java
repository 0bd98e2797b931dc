package io.callcontrol.core.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Delivery;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The suite's non-blocking HTTP client, on Apache HttpClient 5's async API: a connection pool, connect and
 * response timeouts on every request, any method name, JSON/form/multipart/binary bodies.
 * <p>
 * {@link #send(HttpCall, AuthStrategy, ErrorMapper)} is what components use: it applies the auth strategy,
 * maps failed answers to the component's typed exception through the {@link ErrorMapper}, and when the vendor
 * rejects the credentials lets the strategy renew them and retries <em>once</em> (never loops).
 * Completion happens on the client's I/O thread: callers hand off quickly (Camel's async callback does).
 * Nothing is retried automatically (HttpClient's default would resend on 429/503 and some I/O errors): an
 * originate sent twice is two calls.
 * <p>
 * Every failure says whether the request reached the PBX ({@link Delivery}): a transport failure before the request
 * was handed to an established connection (connection refused, connect timeout, TLS handshake, unknown host, token
 * request failed) is {@link Delivery#NOT_SENT}; one after it (no answer in time, connection closed before the answer)
 * {@link Delivery#UNKNOWN}; an answered error (4xx/5xx mapped by the {@link ErrorMapper}) {@link Delivery#REJECTED}.
 */
public final class CallControlHttpClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CallControlHttpClient.class);

    /** Context attribute set just before the request goes onto an established connection. */
    private static final String HANDED_TO_CONNECTION = "callcontrol.request.handedToConnection";

    private final String vendor;
    private final HttpClientSettings settings;
    private final CloseableHttpAsyncClient client;
    private final ConcurrentMap<Duration, RequestConfig> requestConfigs = new ConcurrentHashMap<>();
    /** URL to request target, without a URI parse per request. */
    private final RequestTargets targets = new RequestTargets();

    public CallControlHttpClient(String vendor, HttpClientSettings settings) {
        this.vendor = vendor;
        this.settings = settings;
        PoolingAsyncClientConnectionManager cm = PoolingAsyncClientConnectionManagerBuilder.create()
                .setTlsStrategy(ClientTlsStrategyBuilder.create()
                        .setSslContext(settings.tls().sslContext(vendor))
                        .setHostnameVerifier(settings.tls().hostnameVerifier())
                        .build())
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .build();
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(cm)
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(settings.ioThreads())
                        .setSoTimeout(Timeout.of(settings.responseTimeout())).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                .disableCookieManagement()
                // call control requests are not idempotent (an originate retried is a second call): never
                // resend on our own; the vendor's answer or the transport failure goes to the route
                .disableAutomaticRetries()
                // runs after the connection (and its TLS handshake) is up, right before the request is written: a
                // failure before this point never reached the PBX
                .addExecInterceptorBefore(ChainElement.MAIN_TRANSPORT.name(), "callcontrol-delivery",
                        (request, entity, scope, chain, callback) -> {
                            scope.clientContext.setAttribute(HANDED_TO_CONNECTION, Boolean.TRUE);
                            chain.proceed(request, entity, scope, callback);
                        })
                .build();
        this.client.start();
    }

    public HttpClientSettings settings() {
        return settings;
    }

    /**
     * Sends the request with the auth strategy applied; a failed answer becomes the mapper's exception; an
     * authentication failure lets the strategy renew its credentials and is retried once.
     * <p>
     * The returned future is completed directly from HttpClient's callback (on its I/O thread), without intermediate
     * stages; when the strategy's credentials are at hand (no login under way) the request is handed to HttpClient
     * on the calling thread.
     */
    public CompletableFuture<HttpResult> send(HttpCall call, AuthStrategy auth, ErrorMapper errors) {
        CompletableFuture<HttpResult> result = new CompletableFuture<>();
        attempt(call, auth, errors, true, result);
        return result;
    }

    private void attempt(HttpCall call, AuthStrategy auth, ErrorMapper errors, boolean mayRetry,
                         CompletableFuture<HttpResult> result) {
        CompletableFuture<HttpCall> authorized;
        try {
            authorized = auth.authorize(call);
        } catch (RuntimeException e) {
            result.completeExceptionally(notSent(e));
            return;
        }
        if (authorized.isDone() && !authorized.isCompletedExceptionally()) {
            dispatch(call, authorized.getNow(null), auth, errors, mayRetry, result);
            return;
        }
        authorized.whenComplete((c, e) -> {
            if (e != null) {
                result.completeExceptionally(notSent(e));
            } else {
                dispatch(call, c, auth, errors, mayRetry, result);
            }
        });
    }

    /** The strategy's credentials could not be had (e.g. the token request failed): the request was not sent. */
    private static Throwable notSent(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof CallControlException cc) {
            // the token/login was refused or failed: whatever it says, this request never left
            cc.withDelivery(Delivery.NOT_SENT);
        }
        return t;
    }

    /** Sends the authorized request; its answer goes through the error mapper (and at most one retry). */
    private void dispatch(HttpCall call, HttpCall authorized, AuthStrategy auth, ErrorMapper errors, boolean mayRetry,
                          CompletableFuture<HttpResult> result) {
        execute(authorized, auth, new Completion() {
            @Override
            void answered(HttpResult answer) {
                try {
                    if (!errors.isError(answer)) {
                        result.complete(answer);
                    } else if (mayRetry && errors.isAuthenticationFailure(answer)
                               && auth.onAuthenticationFailure(authorized, answer)) {
                        if (LOG.isDebugEnabled()) {
                            LOG.debug("{}: {} answered {}: credentials renewed, retrying once", vendor, call,
                                    answer.status());
                        }
                        attempt(call, auth, errors, false, result);
                    } else {
                        result.completeExceptionally(errors.toException(call, answer));
                    }
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            }

            @Override
            void failed(Throwable error) {
                result.completeExceptionally(error);
            }
        });
    }

    /** Sends the request as it is (no auth, no error mapping): any HTTP status completes normally. */
    public CompletableFuture<HttpResult> execute(HttpCall call) {
        CompletableFuture<HttpResult> future = new CompletableFuture<>();
        execute(call, AuthStrategy.none(), new Completion() {
            @Override
            void answered(HttpResult answer) {
                future.complete(answer);
            }

            @Override
            void failed(Throwable error) {
                future.completeExceptionally(error);
            }
        });
        return future;
    }

    /** Where one exchange with the server ends: its answer (any status) or why there is none. */
    private abstract static class Completion {
        abstract void answered(HttpResult answer);

        abstract void failed(Throwable error);
    }

    private void execute(HttpCall call, AuthStrategy auth, Completion done) {
        SimpleHttpRequest request;
        try {
            request = toRequest(call);
        } catch (CallControlException e) {
            done.failed(e.withDelivery(Delivery.NOT_SENT));
            return;
        } catch (RuntimeException e) {
            done.failed(new CallControlException(vendor, "Cannot build " + call + ": " + e.getMessage(), e)
                    .withDelivery(Delivery.NOT_SENT));
            return;
        }
        HttpClientContext context = HttpClientContext.create();
        auth.configure(context, call);
        client.execute(SimpleRequestProducer.create(request), SimpleResponseConsumer.create(), context,
                new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        done.answered(toResult(response));
                    }

                    @Override
                    public void failed(Exception ex) {
                        done.failed(transportError(call, ex, handedToConnection(context)));
                    }

                    @Override
                    public void cancelled() {
                        done.failed(new CallControlConnectionException(vendor, call + " was cancelled",
                                null, handedToConnection(context) ? Delivery.UNKNOWN : Delivery.NOT_SENT));
                    }
                });
    }

    private SimpleHttpRequest toRequest(HttpCall call) {
        SimpleHttpRequest request = targets.request(call.method(), call.url());
        call.headers().forEach(request::addHeader);
        if (call.parts() != null) {
            MultipartEntityBuilder mb = MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                    .setContentType(ContentType.create("multipart/form-data"));
            for (HttpCall.Part p : call.parts()) {
                ContentType ct = p.contentType() == null ? ContentType.APPLICATION_OCTET_STREAM : ContentType.parse(p.contentType());
                if (p.filename() == null) {
                    mb.addBinaryBody(p.name(), p.content(), ct, null);
                } else {
                    mb.addBinaryBody(p.name(), p.content(), ct, p.filename());
                }
            }
            HttpEntity entity = mb.build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                entity.writeTo(out);
            } catch (IOException e) {
                throw new CallControlException(vendor, "Cannot build the multipart body of " + call, e);
            }
            request.setBody(out.toByteArray(), ContentType.parse(entity.getContentType()));
        } else if (call.body() != null) {
            request.setBody(call.body(), call.contentType() == null ? ContentType.APPLICATION_OCTET_STREAM
                    : ContentType.parse(call.contentType()));
        }
        if (call.responseTimeout() != null) {
            request.setConfig(requestConfig(call.responseTimeout()));
        }
        return request;
    }

    /** The request config of a per-request response timeout: a component sends the same few, built once. */
    private RequestConfig requestConfig(Duration responseTimeout) {
        RequestConfig c = requestConfigs.get(responseTimeout);
        if (c == null) {
            c = RequestConfig.custom().setResponseTimeout(Timeout.of(responseTimeout)).build();
            if (requestConfigs.size() < 64) {
                requestConfigs.putIfAbsent(responseTimeout, c);
            }
        }
        return c;
    }

    private static HttpResult toResult(SimpleHttpResponse response) {
        ContentType ct = response.getContentType();
        return new HttpResult(response.getCode(), response.getHeaders(), response.getBodyBytes(),
                ct == null ? null : ct.toString());
    }

    private static boolean handedToConnection(HttpClientContext context) {
        return Boolean.TRUE.equals(context.getAttribute(HANDED_TO_CONNECTION));
    }

    private CallControlException transportError(HttpCall call, Exception ex, boolean handedToConnection) {
        Throwable t = ex instanceof CompletionException && ex.getCause() != null ? ex.getCause() : ex;
        // before the request reached an established connection (connect, TLS, pool lease) nothing was sent
        Delivery delivery = handedToConnection && !isConnectFailure(t) ? Delivery.UNKNOWN : Delivery.NOT_SENT;
        if (t instanceof SocketTimeoutException || t instanceof java.util.concurrent.TimeoutException
                || t.getClass().getSimpleName().contains("Timeout")) {
            return new CallControlTimeoutException(vendor, delivery == Delivery.NOT_SENT
                    ? call + " could not connect in time (not sent): " + t.getMessage()
                    : call + " got no answer in time: " + t.getMessage(), t, delivery);
        }
        return new CallControlConnectionException(vendor, call + " failed" + (delivery == Delivery.NOT_SENT
                ? " (not sent): " : ": ") + t, t, delivery);
    }

    private static boolean isConnectFailure(Throwable t) {
        return t instanceof java.net.ConnectException || t instanceof java.net.UnknownHostException
                || t instanceof java.net.NoRouteToHostException || t instanceof javax.net.ssl.SSLHandshakeException
                || t instanceof org.apache.hc.client5.http.ConnectTimeoutException;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
