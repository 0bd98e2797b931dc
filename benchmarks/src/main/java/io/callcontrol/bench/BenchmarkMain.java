package io.callcontrol.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks (JMH command-line options are accepted, e.g. a name filter) and prints, for each pair,
 * the suite's figure as a ratio of the raw client's figure measured in the same run.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        Options opts = new OptionsBuilder().parent(cli).shouldFailOnError(true).build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.') + 1) + paramsOf(r), r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("== ratios (suite / raw, same run) ==");
        ratio(scores, "suiteHttpClient", "rawHttpClient5", "latency (target <= 1.10)");
        ratio(scores, "suitePortsipListSessions", "rawPortsipListSessions", "latency via ProducerTemplate (target <= 1.10)");
        ratio(scores, "suitePortsipProducerAsync", "rawPortsipListSessions", "latency of the async producer (target <= 1.10)");
        ratio(scores, "suitePortasipProducer", "rawVertxWebSocket", "request rate, 1000 in flight (target >= 0.8)");
        ratio(scores, "neutralOriginate", "vendorPortsipInitiate", "callcontrol:originate vs portsip:initiate (target <= 1.05)");
        ratio(scores, "neutralListCalls", "vendorPortsipListSessions", "callcontrol:list_calls vs portsip:list_sessions (target <= 1.05)");
        ratio(scores, "suitePortasipNotifications", "rawVertxNotifications", "event rate (target: suite >= 100k events/s)");
        ratio(scores, "trackerOn", "trackerOff", "event rate with the call state tracker (target >= 0.9)");
    }

    private static String paramsOf(RunResult r) {
        StringBuilder sb = new StringBuilder();
        for (String p : r.getParams().getParamsKeys()) {
            sb.append('[').append(p).append('=').append(r.getParams().getParam(p)).append(']');
        }
        return sb.toString();
    }

    private static void ratio(Map<String, Double> scores, String suite, String raw, String what) {
        Double s = scores.get(suite);
        Double r = scores.get(raw);
        if (s != null && r != null && r > 0) {
            System.out.printf("%-40s %8.3f x %s (suite %.2f, raw %.2f)%n", suite, s / r, what, s, r);
        }
    }
}
