package io.callcontrol.bench;

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
 * The cost curve of an HTTP producer (PortSIP {@code list_sessions} on its simulator, one PBX, one route of the
 * pool) as the requests in flight grow, next to raw HttpClient 5 with the same pool: a closed loop keeps exactly
 * {@code inFlight} requests outstanding; each invocation waits for one window of {@code inFlight} completions.
 * Read the secondary results: {@code requests} (requests/s), {@code p50Us} and {@code p99Us} (latency), and
 * {@code connections}: the TCP connections established to the simulator (from /proc/net/tcp, peak of the
 * iteration). The {@code inFlight=64} rows are the "64 concurrent requests to one PBX" check of the connection
 * pool: 64 connections, not HttpClient 5's default 5 per route.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HttpInFlightBenchmark {

    @Param({ "1", "4", "16", "64", "256", "1024", "4096" })
    public int inFlight;

    @Param({ "portsip" })
    public String vendor;

    private HttpVendorRig rig;
    private RawHttp raw;
    private ClosedLoop suiteLoop;
    private ClosedLoop rawLoop;

    @Setup
    public void setup() throws Exception {
        rig = new HttpVendorRig(vendor);
        raw = new RawHttp();
        suiteLoop = new ClosedLoop(done -> rig.processAsync(ex -> done.accept(ex.getException())));
        rawLoop = new ClosedLoop(done -> raw.send(rig.rawTemplate.build()).whenComplete((r, e) -> {
            Throwable err = e;
            if (err == null) {
                try {
                    RawHttp.parse(r);
                } catch (RuntimeException x) {
                    err = x;
                }
            }
            done.accept(err);
        }));
    }

    @Setup(Level.Iteration)
    public void iteration() {
        rig.sim.wireLog().clear();
        suiteLoop.resetHistogram();
        rawLoop.resetHistogram();
    }

    @TearDown
    public void tearDown() throws Exception {
        suiteLoop.stop();
        rawLoop.stop();
        raw.close();
        rig.close();
    }

    /** Loops start lazily: only the loop of the benchmark being measured runs in its fork. */
    private static ClosedLoop started(ClosedLoop loop, int inFlight) {
        synchronized (loop) {
            if (!loop.startedFlag) {
                loop.startedFlag = true;
                loop.start(inFlight);
            }
        }
        return loop;
    }

    @Benchmark
    public void raw(LoopCounters c, LoopCounters.Latency l) {
        LoopCounters.window(started(rawLoop, inFlight), inFlight, c, l);
        l.sampleConnections(rig.sim.port());
    }

    @Benchmark
    public void async(LoopCounters c, LoopCounters.Latency l) {
        LoopCounters.window(started(suiteLoop, inFlight), inFlight, c, l);
        l.sampleConnections(rig.sim.port());
    }
}
