package io.callcontrol.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Every HTTP vendor's producer against raw HttpClient 5 in the same run, against the vendor's simulator: the raw
 * client replays the exact request the producer put on the wire (same URI, auth header, body) and parses the answer;
 * the producer is measured through a {@code ProducerTemplate} and through its async producer waited on with a
 * CompletableFuture (the path of an async route). Target: both within 1.05x of raw. {@link #templateEndpoint()} is
 * the template given the endpoint object (what the URI lookup of {@link #template()} costs in Camel itself).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpVendorsBenchmark {

    @Param({ "portsip", "portasip-jsonapi", "uc-dialogs", "broadworks", "sipx" })
    public String vendor;

    private HttpVendorRig rig;
    private RawHttp raw;

    @Setup
    public void setup() throws Exception {
        rig = new HttpVendorRig(vendor);
        raw = new RawHttp();
        RawHttp.parse(raw.send(rig.rawTemplate.build()).get(10, TimeUnit.SECONDS)); // the replica is accepted
    }

    @TearDown(Level.Iteration)
    public void trim() {
        rig.sim.wireLog().clear();
    }

    @TearDown
    public void tearDown() throws Exception {
        raw.close();
        rig.close();
    }

    @Benchmark
    public Object raw() throws Exception {
        return RawHttp.parse(raw.send(rig.rawTemplate.build()).get());
    }

    @Benchmark
    public Object template() {
        return rig.template.requestBody(rig.uri, (Object) null);
    }

    /**
     * The same through the {@code ProducerTemplate} given the endpoint instead of its URI: without Camel's URI
     * normalization and endpoint lookup of every call (the cost {@link #template()} adds on top of the producer).
     */
    @Benchmark
    public Object templateEndpoint() {
        return rig.template.requestBody(rig.endpoint, (Object) null);
    }

    @Benchmark
    public Object async() throws Exception {
        CompletableFuture<Object> done = new CompletableFuture<>();
        rig.processAsync(exchange -> {
            if (exchange.getException() != null) {
                done.completeExceptionally(exchange.getException());
            } else {
                done.complete(exchange.getMessage().getBody());
            }
        });
        return done.get();
    }
}
