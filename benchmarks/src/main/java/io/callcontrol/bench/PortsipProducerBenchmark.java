package io.callcontrol.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
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
 * Latency of {@code portsip:list_sessions} through a Camel route (producer template, header/option resolution,
 * token reuse, error mapping, typed result) against the raw Apache HttpClient 5 async client doing
 * {@code GET /api/sessions} with the same Bearer token and parsing the JSON answer, both against the PortSIP
 * simulator. Target: the producer within 1.10x of the raw client.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PortsipProducerBenchmark {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PortsipSimulator pbx;
    private CamelContext camel;
    private ProducerTemplate template;
    private CloseableHttpAsyncClient raw;
    private URI sessions;
    private String bearer;
    private Endpoint endpoint;
    private AsyncProducer producer;

    @Setup
    public void setup() throws Exception {
        pbx = new PortsipSimulator(SimClock.manual(), "127.0.0.1", 0);
        pbx.start();
        String base = pbx.baseUrl() + "/api";
        camel = new DefaultCamelContext();
        PortsipComponent portsip = new PortsipComponent();
        portsip.getConfiguration().setBaseUrl(base);
        portsip.getConfiguration().setUsername(PortsipSimulator.ADMIN_USER);
        portsip.getConfiguration().setPassword(PortsipSimulator.ADMIN_PASSWORD);
        camel.addComponent("portsip", portsip);
        camel.start();
        template = camel.createProducerTemplate();

        raw = HttpAsyncClients.custom().setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(1).build())
                .disableCookieManagement().build();
        raw.start();
        SimpleHttpRequest login = new SimpleHttpRequest("POST", URI.create(base + "/login/oauth/token"));
        login.setBody("grant_type=password&username=" + PortsipSimulator.ADMIN_USER + "&password="
                      + PortsipSimulator.ADMIN_PASSWORD + "&scope=all&client_id=" + PortsipSimulator.CLIENT_ID,
                ContentType.APPLICATION_FORM_URLENCODED);
        bearer = "Bearer " + MAPPER.readTree(send(login).getBodyBytes()).get("access_token").asText();
        sessions = URI.create(base + "/sessions");
        template.requestBody("portsip:list_sessions", (Object) null); // log in once
        endpoint = camel.getEndpoint("portsip:list_sessions");
        producer = endpoint.createAsyncProducer();
        producer.start();
    }

    @TearDown(Level.Iteration)
    public void trim() {
        pbx.wireLog().clear();
    }

    @TearDown
    public void tearDown() throws Exception {
        producer.stop();
        template.close();
        camel.close();
        raw.close(CloseMode.GRACEFUL);
        pbx.stop();
    }

    private SimpleHttpResponse send(SimpleHttpRequest req) throws Exception {
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
        return f.get();
    }

    @Benchmark
    public Object rawPortsipListSessions() throws Exception {
        SimpleHttpRequest req = new SimpleHttpRequest("GET", sessions);
        req.addHeader("Authorization", bearer);
        SimpleHttpResponse r = send(req);
        if (r.getCode() != 200) {
            throw new IllegalStateException("raw: HTTP " + r.getCode());
        }
        JsonNode body = MAPPER.readTree(r.getBodyText().getBytes(StandardCharsets.UTF_8));
        return body.get("count");
    }

    /** Through a ProducerTemplate: the caller parks on Camel's await latch until the async producer is done. */
    @Benchmark
    public Object suitePortsipListSessions() {
        return template.requestBody("portsip:list_sessions", (Object) null);
    }

    /**
     * The producer itself, waited on with a CompletableFuture like the raw client: separates the component's cost
     * from the way a synchronous caller waits for an asynchronous producer.
     */
    @Benchmark
    public Object suitePortsipProducerAsync() throws Exception {
        Exchange exchange = endpoint.createExchange();
        CompletableFuture<Object> done = new CompletableFuture<>();
        producer.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                done.completeExceptionally(exchange.getException());
            } else {
                done.complete(exchange.getMessage().getBody());
            }
        });
        return done.get();
    }
}
