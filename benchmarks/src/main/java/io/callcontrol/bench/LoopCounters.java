package io.callcontrol.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The secondary results of the closed-loop benchmarks: {@code requests} is reported by JMH as requests per second,
 * {@code p50Us}/{@code p99Us} are the latency percentiles (microseconds) over the iteration's requests.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class LoopCounters {

    public long requests;

    @Setup(Level.Iteration)
    public void reset() {
        requests = 0;
    }

    /** Percentiles: reported as they are (EVENTS), the last value written in the iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Latency {
        public double p50Us;
        public double p99Us;

        @Setup(Level.Iteration)
        public void reset() {
            p50Us = 0;
            p99Us = 0;
        }
    }

    static void window(ClosedLoop loop, int inFlight, LoopCounters c, Latency l) {
        c.requests += loop.awaitCompletions(inFlight);
        l.p50Us = loop.percentileMicros(0.50);
        l.p99Us = loop.percentileMicros(0.99);
    }
}
