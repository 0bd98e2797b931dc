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
        /** TCP connections established to the peer (HTTP benchmarks; sampled at most every 100 ms), the peak. */
        public double connections;
        long sampledAt;

        @Setup(Level.Iteration)
        public void reset() {
            p50Us = 0;
            p99Us = 0;
            connections = 0;
            sampledAt = 0;
        }

        /** Samples the connections to a local server port from /proc/net/tcp{,6} (Linux; 0 elsewhere). */
        void sampleConnections(int serverPort) {
            long now = System.nanoTime();
            if (now - sampledAt < 100_000_000L) {
                return;
            }
            sampledAt = now;
            connections = Math.max(connections, established(serverPort));
        }

        static int established(int serverPort) {
            String port = String.format(":%04X", serverPort);
            int n = 0;
            for (String f : new String[] { "/proc/net/tcp", "/proc/net/tcp6" }) {
                try {
                    for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(f))) {
                        String[] c = line.trim().split("\\s+");
                        if (c.length > 3 && c[1].endsWith(port) && c[3].equals("01")) {
                            n++;
                        }
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // not Linux: no figure
                }
            }
            return n;
        }
    }

    static void window(ClosedLoop loop, int inFlight, LoopCounters c, Latency l) {
        c.requests += loop.awaitCompletions(inFlight);
        l.p50Us = loop.percentileMicros(0.50);
        l.p99Us = loop.percentileMicros(0.99);
    }
}
