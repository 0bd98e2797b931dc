package io.callcontrol.bench;

import java.util.Arrays;

/**
 * The neutral producer against the vendor producer, interleaved: rounds of {@code n} vendor calls then {@code n}
 * neutral calls (and the reverse order every other round), so a load change on a shared machine hits both alike
 * (JMH runs one benchmark after the other). Prints the median per-call latency of each and their ratio.
 * <pre>java -cp benchmarks/target/benchmarks.jar io.callcontrol.bench.CallControlInterleaved [rounds] [n]</pre>
 */
public final class CallControlInterleaved {

    private CallControlInterleaved() {
    }

    interface Call {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        CallControlProducerBenchmark b = new CallControlProducerBenchmark();
        b.setup();
        try {
            compare("originate  (callcontrol:originate / portsip:initiate)", b, b::vendorPortsipInitiate,
                    b::neutralOriginate, rounds, n);
            compare("list_calls (callcontrol:list_calls / portsip:list_sessions)", b, b::vendorPortsipListSessions,
                    b::neutralListCalls, rounds, n);
        } finally {
            b.tearDown();
        }
        System.exit(0);
    }

    private static void compare(String what, CallControlProducerBenchmark b, Call vendor, Call neutral, int rounds,
                                int n) throws Exception {
        for (int i = 0; i < n * 4; i++) { // warm both
            vendor.run();
            neutral.run();
        }
        b.trim();
        double[] v = new double[rounds];
        double[] c = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            // each half starts on an empty simulator (sessions pile up during a half)
            if (r % 2 == 0) {
                v[r] = time(vendor, n);
                b.trim();
                c[r] = time(neutral, n);
            } else {
                c[r] = time(neutral, n);
                b.trim();
                v[r] = time(vendor, n);
            }
            b.trim();
        }
        double mv = median(v);
        double mc = median(c);
        System.out.printf("%-62s vendor %8.1f us  neutral %8.1f us  ratio %.3f%n", what, mv, mc, mc / mv);
    }

    private static double time(Call call, int n) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        return (System.nanoTime() - t0) / 1000.0 / n;
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
