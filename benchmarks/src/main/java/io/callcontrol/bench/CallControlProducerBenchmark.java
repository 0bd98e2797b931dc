package io.callcontrol.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.callcontrol.CallControlConstants;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.portsip.PortsipSimulator;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of the vendor-neutral producer against the vendor producer it delegates to, same run, same PortSIP
 * simulator: {@code callcontrol:originate} (mapping, PBX resolution, throttle, neutral result) vs
 * {@code portsip:initiate} with the vendor headers, and {@code callcontrol:list_calls} vs
 * {@code portsip:list_sessions}. Both producers are driven directly and waited on with a CompletableFuture.
 * Target: neutral within 1.05x of the vendor producer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallControlProducerBenchmark {

    private PortsipSimulator pbx;
    private CamelContext camel;
    private Endpoint vendorInitiate;
    private Endpoint vendorList;
    private Endpoint neutralOriginate;
    private Endpoint neutralList;
    private AsyncProducer vendorInitiateProducer;
    private AsyncProducer vendorListProducer;
    private AsyncProducer neutralOriginateProducer;
    private AsyncProducer neutralListProducer;

    @Setup
    public void setup() throws Exception {
        pbx = new PortsipSimulator(SimClock.manual(), "127.0.0.1", 0);
        pbx.start();
        camel = new DefaultCamelContext();
        PortsipComponent portsip = new PortsipComponent();
        portsip.getConfiguration().setBaseUrl(pbx.baseUrl() + "/api");
        portsip.getConfiguration().setUsername(PortsipSimulator.ADMIN_USER);
        portsip.getConfiguration().setPassword(PortsipSimulator.ADMIN_PASSWORD);
        camel.addComponent("portsip", portsip);
        camel.getRegistry().bind("pbx", "portsip:initiate?sendSdp=true");
        camel.getRegistry().bind("pbxList", "portsip:list_sessions");
        camel.start();
        vendorInitiate = camel.getEndpoint("portsip:initiate?sendSdp=true");
        vendorList = camel.getEndpoint("portsip:list_sessions");
        neutralOriginate = camel.getEndpoint("callcontrol:originate?pbx=pbx");
        neutralList = camel.getEndpoint("callcontrol:list_calls?pbx=pbxList");
        // the very producers the neutral ones send through: only the neutral layer differs
        io.callcontrol.camel.callcontrol.CallControlComponent cc =
                camel.getComponent("callcontrol", io.callcontrol.camel.callcontrol.CallControlComponent.class);
        vendorInitiateProducer = cc.producer(vendorInitiate);
        vendorListProducer = cc.producer(vendorList);
        neutralOriginateProducer = start(neutralOriginate);
        neutralListProducer = start(neutralList);
        vendorPortsipInitiate(); // log in once
    }

    private static AsyncProducer start(Endpoint e) throws Exception {
        AsyncProducer p = e.createAsyncProducer();
        p.start();
        return p;
    }

    /** Sessions pile up on the simulator: drop them (and the wire log) between iterations. */
    @TearDown(Level.Iteration)
    public void trim() throws Exception {
        pbx.reset();
        vendorPortsipListSessions(); // log in again after the reset, outside the measurement (no session left)
    }

    @TearDown
    public void tearDown() throws Exception {
        camel.close();
        pbx.stop();
    }

    private static Object run(AsyncProducer producer, Exchange exchange) throws Exception {
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

    @Benchmark
    public Object vendorPortsipInitiate() throws Exception {
        Exchange ex = vendorInitiate.createExchange();
        ex.getMessage().setHeader(PortsipConstants.CALLER, "1001");
        ex.getMessage().setHeader(PortsipConstants.CALLEE, "1002");
        return run(vendorInitiateProducer, ex);
    }

    @Benchmark
    public Object neutralOriginate() throws Exception {
        Exchange ex = neutralOriginate.createExchange();
        ex.getMessage().setHeader(CallControlConstants.CALLER, "1001");
        ex.getMessage().setHeader(CallControlConstants.CALLEE, "1002");
        return run(neutralOriginateProducer, ex);
    }

    @Benchmark
    public Object vendorPortsipListSessions() throws Exception {
        return run(vendorListProducer, vendorList.createExchange());
    }

    @Benchmark
    public Object neutralListCalls() throws Exception {
        return run(neutralListProducer, neutralList.createExchange());
    }
}
