package io.callcontrol.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.http.CallControlHttpClient;
import io.callcontrol.core.http.ErrorMapper;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.core.http.HttpResult;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of one JSON POST through the suite's HTTP client (auth applied, error mapping, JSON body built from a
 * Map) against the raw Apache HttpClient 5 async client sending the same bytes, to the same local server. The
 * target: the suite within 1.10x of the raw client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpClientBenchmark {

    private static final ErrorMapper ERRORS = (call, result) -> new CallControlException("bench", null, result.text(),
            result.status(), result.text());

    private EchoServer server;
    private CloseableHttpAsyncClient raw;
    private CallControlHttpClient suite;
    private AuthStrategy auth;
    private URI uri;
    private String base;

    @Setup
    public void setup() {
        server = new EchoServer();
        server.start();
        base = server.baseUrl() + "/api";
        uri = URI.create(base + "/sessions");
        raw = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnTotal(200).setMaxConnPerRoute(100).build())
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .disableCookieManagement().build();
        raw.start();
        suite = new CallControlHttpClient("bench", HttpClientSettings.defaults());
        auth = AuthStrategy.bearer("token-0123456789");
    }

    @TearDown(Level.Iteration)
    public void trim() {
        server.trim();
    }

    @TearDown
    public void tearDown() {
        raw.close(CloseMode.GRACEFUL);
        suite.close();
        server.stop();
    }

    @Benchmark
    public int rawHttpClient5() throws Exception {
        SimpleHttpRequest req = new SimpleHttpRequest("POST", uri);
        req.addHeader("Authorization", "Bearer token-0123456789");
        req.setBody("{\"caller\":\"1001\",\"callee\":\"1002\",\"send_sdp\":true}".getBytes(StandardCharsets.UTF_8),
                ContentType.APPLICATION_JSON);
        CompletableFuture<SimpleHttpResponse> f = new CompletableFuture<>();
        raw.execute(SimpleRequestProducer.create(req), SimpleResponseConsumer.create(), new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse r) {
                f.complete(r);
            }

            @Override
            public void failed(Exception ex) {
                f.completeExceptionally(ex);
            }

            @Override
            public void cancelled() {
                f.cancel(false);
            }
        });
        return f.get().getBodyBytes().length;
    }

    @Benchmark
    public int suiteHttpClient() throws Exception {
        HttpResult r = suite.send(HttpCall.builder("POST", base).path("sessions")
                .json(Map.of("caller", "1001", "callee", "1002", "send_sdp", true)).build(), auth, ERRORS).get();
        return r.body().length;
    }
}
