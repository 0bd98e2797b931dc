package io.callcontrol.bench;

import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
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
 * The cost curve of the PortaSIP Call Control producer (JSON-RPC over its one WebSocket, {@code get_sip_calls_list}
 * on the PortaSIP simulator) as the requests in flight on the socket grow: a closed loop keeps exactly
 * {@code inFlight} requests outstanding. Secondary results: {@code requests} (requests/s), {@code p50Us},
 * {@code p99Us}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WsInFlightBenchmark {

    @Param({ "1", "4", "16", "64", "256", "1024", "4096" })
    public int inFlight;

    private PortasipSimulator pbx;
    private CamelContext camel;
    private Endpoint endpoint;
    private AsyncProducer producer;
    private ClosedLoop loop;

    @Setup
    public void setup() throws Exception {
        pbx = new PortasipSimulator(SimClock.manual(), "127.0.0.1", 0);
        pbx.start();
        camel = new DefaultCamelContext();
        PortasipComponent portasip = new PortasipComponent();
        portasip.getConfiguration().setWebSocketUrl("ws://127.0.0.1:" + pbx.port() + "/ws");
        portasip.getConfiguration().setLogin(PortasipSimulator.LOGIN);
        portasip.getConfiguration().setPassword(PortasipSimulator.PASSWORD);
        portasip.getConfiguration().setRequestTimeout(60_000);
        camel.addComponent("portasip", portasip);
        camel.start();
        endpoint = camel.getEndpoint("portasip:get_sip_calls_list?iAccount=10007");
        producer = endpoint.createAsyncProducer();
        producer.start();
        camel.createProducerTemplate().requestBody(endpoint, (Object) null); // connect and log in
        loop = new ClosedLoop(done -> {
            Exchange ex = endpoint.createExchange();
            producer.process(ex, doneSync -> done.accept(ex.getException()));
        });
        loop.start(inFlight);
    }

    @Setup(Level.Iteration)
    public void iteration() {
        pbx.wireLog().clear();
        loop.resetHistogram();
    }

    @TearDown
    public void tearDown() throws Exception {
        loop.stop();
        producer.stop();
        camel.close();
        pbx.stop();
    }

    @Benchmark
    public void async(LoopCounters c, LoopCounters.Latency l) {
        LoopCounters.window(loop, inFlight, c, l);
    }
}
