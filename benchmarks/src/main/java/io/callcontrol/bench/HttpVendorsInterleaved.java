package io.callcontrol.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@link HttpVendorsBenchmark} interleaved, for a shared machine: per vendor, rounds of {@code n} raw HttpClient 5
 * requests, {@code n} through the {@code ProducerTemplate} and {@code n} through the async producer, the order
 * rotating every round, so a load change hits the three alike (JMH runs one benchmark after the other, minutes
 * apart). Prints per vendor the median per-request latency of each and the median of the per-round ratios.
 * <pre>java -cp benchmarks/target/benchmarks.jar io.callcontrol.bench.HttpVendorsInterleaved [rounds] [n] [vendors]</pre>
 */
public final class HttpVendorsInterleaved {

    private HttpVendorsInterleaved() {
    }

    interface Call {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        String vendors = args.length > 2 ? args[2] : HttpVendorRig.VENDORS;
        System.out.printf("load average at start: %s%n", loadAverage());
        System.out.printf("%-18s %10s %12s %8s %12s %8s %12s %8s%n", "vendor", "raw us", "template us", "ratio",
                "async us", "ratio", "tmpl(ep) us", "ratio");
        for (String vendor : vendors.split(",")) {
            run(vendor.trim(), rounds, n);
        }
        System.out.printf("load average at end: %s%n", loadAverage());
        System.exit(0);
    }

    private static void run(String vendor, int rounds, int n) throws Exception {
        try (HttpVendorRig rig = new HttpVendorRig(vendor); RawHttp raw = new RawHttp()) {
            Call rawCall = () -> RawHttp.parse(raw.send(rig.rawTemplate.build()).get(10, TimeUnit.SECONDS));
            Call template = () -> rig.template.requestBody(rig.uri, (Object) null);
            Call templateEndpoint = () -> rig.template.requestBody(rig.endpoint, (Object) null);
            Call async = () -> {
                CompletableFuture<Object> done = new CompletableFuture<>();
                rig.processAsync(exchange -> {
                    if (exchange.getException() != null) {
                        done.completeExceptionally(exchange.getException());
                    } else {
                        done.complete(exchange.getMessage().getBody());
                    }
                });
                return done.get(10, TimeUnit.SECONDS);
            };
            List<Call> calls = List.of(rawCall, template, async, templateEndpoint);
            for (int i = 0; i < n * 5; i++) { // warm all three
                for (Call c : calls) {
                    c.run();
                }
            }
            rig.sim.wireLog().clear();
            double[][] t = new double[4][rounds];
            for (int r = 0; r < rounds; r++) {
                List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
                java.util.Collections.rotate(order, r);
                if (r % 2 == 1) {
                    java.util.Collections.reverse(order);
                }
                for (int which : order) {
                    t[which][r] = time(calls.get(which), n);
                }
                rig.sim.wireLog().clear();
            }
            double[] templateRatio = new double[rounds];
            double[] asyncRatio = new double[rounds];
            double[] endpointRatio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                templateRatio[r] = t[1][r] / t[0][r];
                asyncRatio[r] = t[2][r] / t[0][r];
                endpointRatio[r] = t[3][r] / t[0][r];
            }
            System.out.printf("%-18s %10.1f %12.1f %8.3f %12.1f %8.3f %12.1f %8.3f%n", vendor, median(t[0]),
                    median(t[1]), median(templateRatio), median(t[2]), median(asyncRatio), median(t[3]),
                    median(endpointRatio));
        }
    }

    private static double time(Call call, int n) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            call.run();
        }
        return (System.nanoTime() - t0) / 1000.0 / n;
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
