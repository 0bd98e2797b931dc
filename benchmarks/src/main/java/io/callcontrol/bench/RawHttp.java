package io.callcontrol.bench;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.core.http.HttpClientSettings;
import io.callcontrol.sim.kit.RecordedRequest;
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

/**
 * The raw baseline of the HTTP benchmarks: Apache HttpClient 5 async with the same pool size and I/O threads as the
 * suite's client ({@link HttpClientSettings#defaults()}), replaying the exact request the suite put on the wire
 * (method, URI, Authorization, Content-Type, body bytes, as the simulator recorded it) and parsing the answer
 * (JSON with Jackson, XML with the JDK's DOM parser) like the component does.
 */
final class RawHttp implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> COPIED = Set.of("authorization", "content-type", "accept", "x-auth-token",
            "cookie");
    private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

    final CloseableHttpAsyncClient client;

    RawHttp() {
        HttpClientSettings s = HttpClientSettings.defaults();
        client = HttpAsyncClients.custom()
                .setIOReactorConfig(IOReactorConfig.custom().setIoThreadCount(s.ioThreads()).build())
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(s.maxConnections()).setMaxConnPerRoute(s.maxConnectionsPerRoute()).build())
                .disableCookieManagement().build();
        client.start();
    }

    /** A request as the suite sent it; {@link #build()} makes a fresh (single-use) HttpClient request. */
    record Replica(String method, URI uri, List<String[]> headers, byte[] body, ContentType contentType) {
        SimpleHttpRequest build() {
            SimpleHttpRequest req = new SimpleHttpRequest(method, uri);
            for (String[] h : headers) {
                req.addHeader(h[0], h[1]);
            }
            if (body.length > 0) {
                req.setBody(body, contentType == null ? ContentType.APPLICATION_OCTET_STREAM : contentType);
            }
            return req;
        }
    }

    /** A request equal to the recorded one, sent to base (scheme://host:port). */
    static Replica replica(String base, RecordedRequest r) {
        ContentType ct = null;
        List<String[]> headers = new java.util.ArrayList<>();
        for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
            if (COPIED.contains(h.getKey())) {
                for (String v : h.getValue()) {
                    if (h.getKey().equals("content-type")) {
                        ct = ContentType.parse(v);
                    } else {
                        headers.add(new String[] { h.getKey(), v });
                    }
                }
            }
        }
        return new Replica(r.method(), URI.create(base + r.uri()), headers, r.body(), ct);
    }

    CompletableFuture<SimpleHttpResponse> send(SimpleHttpRequest req) {
        CompletableFuture<SimpleHttpResponse> f = new CompletableFuture<>();
        client.execute(SimpleRequestProducer.create(req), SimpleResponseConsumer.create(), new FutureCallback<>() {
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
        return f;
    }

    /** Checks the status and parses the body the way the component would. */
    static Object parse(SimpleHttpResponse r) {
        if (r.getCode() >= 300) {
            throw new IllegalStateException("raw: HTTP " + r.getCode() + " " + r.getBodyText());
        }
        byte[] body = r.getBodyBytes();
        if (body == null || body.length == 0) {
            return r.getCode();
        }
        try {
            ContentType ct = r.getContentType();
            if (ct != null && ct.getMimeType().contains("xml")) {
                return XML.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            }
            return MAPPER.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("raw: unparsable answer", e);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
