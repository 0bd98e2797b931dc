package io.callcontrol.bench;

import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Turns one run's JMH JSON (and the soak and tracker-memory JSON of the same run) into the report: the PNG plots
 * next to the data, and the generated part of {@code benchmarks/README.md} (between its markers). Nothing in the
 * report is typed by hand: run {@code benchmarks/run-report.sh}.
 * <p>
 * Usage: {@code ReportRenderer <report dir> <README.md>}; the report dir holds {@code jmh.json},
 * optionally {@code soak.json}, {@code tracker-memory.json}, {@code machine.txt}, {@code mode.txt}.
 */
public final class ReportRenderer {

    static final String BEGIN = "<!-- BEGIN GENERATED REPORT (benchmarks/run-report.sh) -->";
    static final String END = "<!-- END GENERATED REPORT -->";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path dir;
    private final List<JsonNode> rows = new ArrayList<>();
    private final StringBuilder md = new StringBuilder();

    private ReportRenderer(Path dir) throws Exception {
        this.dir = dir;
        Path jmh = dir.resolve("jmh.json");
        if (Files.exists(jmh)) {
            MAPPER.readTree(jmh.toFile()).forEach(rows::add);
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "benchmarks/report");
        Path readme = Path.of(args.length > 1 ? args[1] : "benchmarks/README.md");
        ReportRenderer r = new ReportRenderer(dir);
        r.render();
        String text = Files.exists(readme) ? Files.readString(readme) : BEGIN + "\n" + END + "\n";
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b < 0 || e < b) {
            text = text + "\n" + BEGIN + "\n" + END + "\n";
            b = text.indexOf(BEGIN);
            e = text.indexOf(END);
        }
        text = text.substring(0, b + BEGIN.length()) + "\n" + r.md + text.substring(e);
        Files.writeString(readme, text, StandardCharsets.UTF_8);
        System.out.println("report: " + readme + " and the plots in " + dir);
    }

    // ---- JMH JSON access

    private static String bench(JsonNode r) {
        String b = r.path("benchmark").asText();
        int m = b.lastIndexOf('.');
        int c = b.lastIndexOf('.', m - 1);
        return b.substring(c + 1);
    }

    private static String param(JsonNode r, String p) {
        return r.path("params").path(p).asText(null);
    }

    private static double score(JsonNode r) {
        return r.path("primaryMetric").path("score").asDouble(Double.NaN);
    }

    private static double error(JsonNode r) {
        return r.path("primaryMetric").path("scoreError").asDouble(Double.NaN);
    }

    private static double secondary(JsonNode r, String name) {
        return r.path("secondaryMetrics").path(name).path("score").asDouble(Double.NaN);
    }

    private static String unit(JsonNode r) {
        return r.path("primaryMetric").path("scoreUnit").asText();
    }

    private JsonNode find(String bench, Predicate<JsonNode> p) {
        for (JsonNode r : rows) {
            if (bench(r).equals(bench) && p.test(r)) {
                return r;
            }
        }
        return null;
    }

    private JsonNode find(String bench) {
        return find(bench, r -> true);
    }

    private List<JsonNode> all(String bench) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : rows) {
            if (bench(r).equals(bench)) {
                out.add(r);
            }
        }
        return out;
    }

    private static String f(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String verdict(double ratio, double target, boolean lowerIsBetter) {
        if (Double.isNaN(ratio)) {
            return "-";
        }
        boolean ok = lowerIsBetter ? ratio <= target : ratio >= target;
        return ok ? "meets" : "**misses**";
    }

    // ---- the report

    private void render() throws Exception {
        md.append("\n");
        String mode = read("mode.txt");
        if (!mode.isBlank()) {
            md.append("Run: ").append(mode.strip()).append("\n\n");
        }
        String[] load = read("load.txt").trim().split("\\s+");
        if (load.length == 2) {
            double l = Double.parseDouble(load[0]);
            int cores = Integer.parseInt(load[1]);
            if (l > cores * 0.5) {
                md.append("**Warning: the machine was busy when this run started (load average ").append(load[0])
                        .append(" on ").append(cores).append(" cores): the figures below are not reliable; run it again"
                                + " on a quiet machine.**\n\n");
            }
        }
        String machine = read("machine.txt");
        if (!machine.isBlank()) {
            md.append("Machine:\n\n```\n").append(machine.strip()).append("\n```\n\n");
        }
        if (rows.isEmpty()) {
            md.append("_No JMH results in this run._\n\n");
        }
        httpVendors();
        pairs();
        consumers();
        inFlight();
        fanout();
        trackerMemory();
        soak();
        if (Files.exists(dir.resolve("hot-methods.txt"))) {
            md.append("### Profile\n\nJFR execution samples of the consumer benchmarks of this run:"
                      + " [report/hot-methods.txt](report/hot-methods.txt).\n\n");
        }
    }

    private String read(String name) throws Exception {
        Path p = dir.resolve(name);
        return Files.exists(p) ? Files.readString(p) : "";
    }

    private void httpVendors() {
        List<JsonNode> raw = all("HttpVendorsBenchmark.raw");
        if (raw.isEmpty()) {
            return;
        }
        md.append("### HTTP producers vs raw HttpClient 5 (same simulator, same wire request, same run)\n\n");
        md.append("Average latency per request, one at a time (lower is better). Target: ratio <= 1.05.\n\n");
        md.append("| vendor | raw us | `ProducerTemplate` us | ratio | | async producer us | ratio | |\n");
        md.append("| --- | ---: | ---: | ---: | --- | ---: | ---: | --- |\n");
        for (JsonNode r : raw) {
            String v = param(r, "vendor");
            JsonNode t = find("HttpVendorsBenchmark.template", x -> v.equals(param(x, "vendor")));
            JsonNode a = find("HttpVendorsBenchmark.async", x -> v.equals(param(x, "vendor")));
            double base = score(r);
            double tr = t == null ? Double.NaN : score(t) / base;
            double ar = a == null ? Double.NaN : score(a) / base;
            md.append("| ").append(v).append(" | ").append(f(base)).append(" ± ").append(f(error(r)))
                    .append(" | ").append(t == null ? "-" : f(score(t))).append(" | ").append(f(tr)).append(" | ")
                    .append(verdict(tr, 1.05, true)).append(" | ").append(a == null ? "-" : f(score(a))).append(" | ")
                    .append(f(ar)).append(" | ").append(verdict(ar, 1.05, true)).append(" |\n");
        }
        md.append("\n");
    }

    /** The older pairs (suite vs raw) of the original benchmarks. */
    private void pairs() {
        String[][] pairs = {
            { "HttpClientBenchmark.suiteHttpClient", "HttpClientBenchmark.rawHttpClient5", "core HTTP client, latency", "1.10", "low" },
            { "PortsipProducerBenchmark.suitePortsipListSessions", "PortsipProducerBenchmark.rawPortsipListSessions", "PortSIP via ProducerTemplate, latency", "1.05", "low" },
            { "PortsipProducerBenchmark.suitePortsipProducerAsync", "PortsipProducerBenchmark.rawPortsipListSessions", "PortSIP async producer, latency", "1.05", "low" },
            { "PortasipWebSocketBenchmark.suitePortasipProducer", "PortasipWebSocketBenchmark.rawVertxWebSocket", "PortaSIP WebSocket producer, 1000 in flight, rate", "0.8", "high" },
            { "CallControlProducerBenchmark.neutralOriginate", "CallControlProducerBenchmark.vendorPortsipInitiate", "callcontrol:originate vs portsip:initiate (raw: the vendor producer), latency", "1.05", "low" },
            { "CallControlProducerBenchmark.neutralListCalls", "CallControlProducerBenchmark.vendorPortsipListSessions", "callcontrol:list_calls vs portsip:list_sessions (raw: the vendor producer), latency", "1.05", "low" },
            { "CallTrackerBenchmark.trackerOn", "CallTrackerBenchmark.trackerOff", "PortaSIP notifications with the call tracker (raw: tracking off), events/s", "0.9", "high" },
        };
        StringBuilder t = new StringBuilder();
        for (String[] p : pairs) {
            JsonNode s = find(p[0]);
            JsonNode r = find(p[1]);
            if (s == null || r == null) {
                continue;
            }
            double ratio = score(s) / score(r);
            boolean low = p[4].equals("low");
            t.append("| ").append(p[2]).append(" | ").append(f(score(r))).append(' ').append(unit(r)).append(" | ")
                    .append(f(score(s))).append(" | ").append(f(ratio)).append(" | ").append(low ? "<= " : ">= ")
                    .append(p[3]).append(" | ").append(verdict(ratio, Double.parseDouble(p[3]), low)).append(" |\n");
        }
        if (t.length() > 0) {
            md.append("### Other suite / raw pairs\n\n| what | raw | suite | ratio | target | |\n| --- | ---: | ---: | ---: | --- | --- |\n")
                    .append(t).append("\n");
        }
    }

    private void consumers() {
        String[][] pairs = {
            { "PortasipNotificationBenchmark.suitePortasipNotifications", "PortasipNotificationBenchmark.rawVertxNotifications", "PortaSIP notifications (WebSocket)" },
            { "ConsumerBenchmark.portsipWebhook", "ConsumerBenchmark.parseWebhook", "PortSIP events, webhook receiver" },
            { "ConsumerBenchmark.portsipWsi", "ConsumerBenchmark.parseWsi", "PortSIP events, WSI WebSocket" },
            { "ConsumerBenchmark.ucDialogsEvents", "ConsumerBenchmark.parseUcDialogs", "UC dialogs events" },
        };
        StringBuilder t = new StringBuilder();
        for (String[] p : pairs) {
            JsonNode s = find(p[0]);
            JsonNode r = find(p[1]);
            if (s == null || r == null) {
                continue;
            }
            double ratio = score(s) / score(r);
            t.append("| ").append(p[2]).append(" | ").append(f(score(r))).append(" | ").append(f(score(s)))
                    .append(" | ").append(f(ratio)).append(" | ").append(verdict(ratio, 0.8, false)).append(" |\n");
        }
        if (t.length() > 0) {
            md.append("### Consumers vs parse-only (events/s, same feed, same run; target >= 0.8)\n\n")
                    .append("| consumer | parse-only events/s | consumer events/s | ratio | |\n| --- | ---: | ---: | ---: | --- |\n")
                    .append(t).append("\n");
        }
    }

    private void inFlight() throws Exception {
        Map<String, List<JsonNode>> series = new LinkedHashMap<>();
        series.put("HTTP raw HttpClient 5", all("HttpInFlightBenchmark.raw"));
        series.put("HTTP PortSIP async producer", all("HttpInFlightBenchmark.async"));
        series.put("PortaSIP WebSocket producer", all("WsInFlightBenchmark.async"));
        series.values().removeIf(List::isEmpty);
        if (series.isEmpty()) {
            return;
        }
        md.append("### Cost as requests in flight grow (closed loop, one PBX)\n\n");
        md.append("| in flight |");
        for (String s : series.keySet()) {
            md.append(' ').append(s).append(" req/s | p50 us | p99 us |");
            if (s.startsWith("HTTP")) {
                md.append(" TCP conns |");
            }
        }
        md.append("\n| ---: |");
        for (String s : series.keySet()) {
            md.append(s.startsWith("HTTP") ? " ---: | ---: | ---: | ---: |" : " ---: | ---: | ---: |");
        }
        md.append('\n');
        TreeMap<Integer, Map<String, JsonNode>> byN = new TreeMap<>();
        series.forEach((name, list) -> list.forEach(r -> byN.computeIfAbsent(Integer.parseInt(param(r, "inFlight")),
                k -> new LinkedHashMap<>()).put(name, r)));
        byN.forEach((n, m) -> {
            md.append("| ").append(n).append(" |");
            for (String s : series.keySet()) {
                JsonNode r = m.get(s);
                md.append(' ').append(r == null ? "-" : f(secondary(r, "requests"))).append(" | ")
                        .append(r == null ? "-" : f(secondary(r, "p50Us"))).append(" | ")
                        .append(r == null ? "-" : f(secondary(r, "p99Us"))).append(" |");
                if (s.startsWith("HTTP")) {
                    md.append(' ').append(r == null ? "-" : f(secondary(r, "connections"))).append(" |");
                }
            }
            md.append('\n');
        });
        md.append('\n');
        series.forEach((name, list) -> {
            double peak = list.stream().mapToDouble(r -> secondary(r, "requests")).max().orElse(Double.NaN);
            int knee = list.stream().filter(r -> secondary(r, "requests") >= 0.9 * peak)
                    .mapToInt(r -> Integer.parseInt(param(r, "inFlight"))).min().orElse(-1);
            int largest = list.stream().mapToInt(r -> Integer.parseInt(param(r, "inFlight"))).max().orElse(-1);
            md.append("- ").append(name).append(": throughput reaches 90 % of its peak (").append(f(peak))
                    .append(" req/s) at ").append(knee).append(" in flight");
            if (knee < largest) {
                md.append("; beyond that the extra requests only queue (latency grows in proportion to the requests"
                          + " in flight, Little's law).\n");
            } else {
                md.append(", the largest point measured: it had not saturated.\n");
            }
        });
        md.append("\nThe `64` row is the check that 64 concurrent requests to one PBX are not throttled by the connection"
                  + " pool (the suite's client pools 100 connections per route, 200 in all; raw uses the same): `TCP conns` is the peak of"
                  + " connections established to the simulator during the iteration (from /proc/net/tcp).\n\n");

        XYChart thr = chart("Throughput vs requests in flight", "requests in flight", "requests/s", true);
        XYChart lat = chart("Latency vs requests in flight (p50 solid, p99 dashed)", "requests in flight", "latency (us)", true);
        lat.getStyler().setYAxisLogarithmic(true);
        Color[] palette = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd) };
        int[] idx = { 0 };
        series.forEach((name, list) -> {
            Color color = palette[idx[0]++ % palette.length];
            List<JsonNode> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> Integer.compare(Integer.parseInt(param(a, "inFlight")), Integer.parseInt(param(b, "inFlight"))));
            double[] x = sorted.stream().mapToDouble(r -> Double.parseDouble(param(r, "inFlight"))).toArray();
            XYSeries t = thr.addSeries(name, x, sorted.stream().mapToDouble(r -> secondary(r, "requests")).toArray());
            t.setLineColor(color);
            t.setMarkerColor(color);
            XYSeries p50 = lat.addSeries(name + " p50", x, sorted.stream().mapToDouble(r -> secondary(r, "p50Us")).toArray());
            p50.setLineColor(color);
            p50.setMarkerColor(color);
            XYSeries p99 = lat.addSeries(name + " p99", x, sorted.stream().mapToDouble(r -> secondary(r, "p99Us")).toArray());
            p99.setLineStyle(new java.awt.BasicStroke(2f, java.awt.BasicStroke.CAP_BUTT, java.awt.BasicStroke.JOIN_MITER,
                    10f, new float[] { 6f, 4f }, 0f));
            p99.setLineColor(color);
            p99.setMarkerColor(color);
        });
        save(thr, "inflight-throughput");
        save(lat, "inflight-latency");
        md.append("![throughput vs in flight](report/inflight-throughput.png)\n\n");
        md.append("![latency vs in flight](report/inflight-latency.png)\n\n");
    }

    private void fanout() throws Exception {
        List<JsonNode> list = all("NotificationFanoutBenchmark.fanout");
        if (list.isEmpty()) {
            return;
        }
        list.sort((a, b) -> Integer.compare(Integer.parseInt(param(a, "consumers")), Integer.parseInt(param(b, "consumers"))));
        md.append("### Consumers on one connection (PortaSIP notifications, `sharedConnection=true`)\n\n");
        md.append("| consumers | frames/s off the socket | route exchanges/s |\n| ---: | ---: | ---: |\n");
        for (JsonNode r : list) {
            md.append("| ").append(param(r, "consumers")).append(" | ").append(f(score(r))).append(" | ")
                    .append(f(secondary(r, "deliveries"))).append(" |\n");
        }
        XYChart c = chart("Events/s as consumers share one connection", "consumers", "per second", true);
        double[] x = list.stream().mapToDouble(r -> Double.parseDouble(param(r, "consumers"))).toArray();
        c.addSeries("frames/s", x, list.stream().mapToDouble(ReportRenderer::score).toArray());
        c.addSeries("route exchanges/s", x, list.stream().mapToDouble(r -> secondary(r, "deliveries")).toArray());
        save(c, "fanout");
        JsonNode one = list.get(0);
        JsonNode most = list.get(list.size() - 1);
        md.append("\nFrom ").append(param(one, "consumers")).append(" to ").append(param(most, "consumers"))
                .append(" consumers the route exchanges/s go from ").append(f(secondary(one, "deliveries"))).append(" to ")
                .append(f(secondary(most, "deliveries"))).append(" (frames/s off the socket: ").append(f(score(one)))
                .append(" to ").append(f(score(most))).append("); each frame is parsed once and routed once per consumer.\n");
        md.append("\n![fan-out](report/fanout.png)\n\n");
    }

    private void trackerMemory() throws Exception {
        Path p = dir.resolve("tracker-memory.json");
        if (!Files.exists(p)) {
            return;
        }
        JsonNode j = MAPPER.readTree(p.toFile());
        md.append("### Tracked calls: memory per call (`CallTracker`, heap after GC)\n\n");
        md.append("| tracked calls | retained heap MiB | bytes per call | ns per event (build + track) |\n| ---: | ---: | ---: | ---: |\n");
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (JsonNode r : j.path("rows")) {
            md.append("| ").append(String.format(Locale.ROOT, "%,d", r.path("calls").asLong())).append(" | ")
                    .append(f(r.path("retainedBytes").asDouble() / (1024 * 1024))).append(" | ")
                    .append(f(r.path("bytesPerCall").asDouble())).append(" | ")
                    .append(f(r.path("trackNanosPerCall").asDouble())).append(" |\n");
            xs.add(r.path("calls").asDouble());
            ys.add(r.path("bytesPerCall").asDouble());
        }
        if (!xs.isEmpty()) {
            XYChart c = chart("Memory per tracked call", "tracked calls", "bytes per call", false);
            c.getStyler().setXAxisLogarithmic(true);
            c.addSeries("bytes/call", xs, ys);
            save(c, "tracker-memory");
            md.append("\n![memory per tracked call](report/tracker-memory.png)\n\n");
        }
        if (j.has("note")) {
            md.append(j.path("note").asText()).append("\n\n");
        }
    }

    private void soak() throws Exception {
        Path p = dir.resolve("soak.json");
        if (!Files.exists(p)) {
            return;
        }
        JsonNode j = MAPPER.readTree(p.toFile());
        md.append("### Soak: heap after GC over ").append(j.path("seconds").asLong()).append(" s\n\n");
        md.append("The PortaSIP WebSocket producer (").append(j.path("inFlight").asInt())
                .append(" requests in flight) and the PortaSIP notifications consumer, run together in one JVM.\n\n");
        md.append("| | heap after GC at start MiB | at end MiB | requests | events |\n| --- | ---: | ---: | ---: | ---: |\n");
        md.append("| soak | ").append(f(j.path("heapStartMiB").asDouble())).append(" | ")
                .append(f(j.path("heapEndMiB").asDouble())).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", j.path("requests").asLong())).append(" | ")
                .append(String.format(Locale.ROOT, "%,d", j.path("events").asLong())).append(" |\n\n");
        List<Double> t = new ArrayList<>();
        List<Double> h = new ArrayList<>();
        for (JsonNode s : j.path("samples")) {
            t.add(s.path("t").asDouble());
            h.add(s.path("heapMiB").asDouble());
        }
        if (t.size() >= 4) {
            // least-squares slope over the second half of the samples: a leak shows as a steady climb
            int from = t.size() / 2;
            double n = t.size() - from;
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            double min = Double.MAX_VALUE;
            double max = 0;
            for (int i = 0; i < t.size(); i++) {
                min = Math.min(min, h.get(i));
                max = Math.max(max, h.get(i));
            }
            for (int i = from; i < t.size(); i++) {
                sx += t.get(i);
                sy += h.get(i);
                sxx += t.get(i) * t.get(i);
                sxy += t.get(i) * h.get(i);
            }
            double slope = (n * sxy - sx * sy) / Math.max(1e-9, n * sxx - sx * sx);
            md.append("Heap after GC over the ").append(t.size()).append(" samples: min ").append(f(min))
                    .append(" MiB, max ").append(f(max)).append(" MiB; trend over the second half ")
                    .append(f(slope * 60)).append(" MiB/min.\n\n");
        }
        if (!t.isEmpty()) {
            XYChart c = chart("Heap after GC during the soak", "seconds", "MiB", false);
            c.addSeries("heap after GC", t, h);
            save(c, "soak-heap");
            md.append("![soak heap](report/soak-heap.png)\n\n");
        }
    }

    // ---- charts

    private static XYChart chart(String title, String x, String y, boolean logX) {
        XYChart c = new XYChartBuilder().width(900).height(520).title(title).xAxisTitle(x).yAxisTitle(y).build();
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        c.getStyler().setXAxisLogarithmic(logX);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setMarkerSize(6);
        c.getStyler().setDefaultSeriesRenderStyle(org.knowm.xchart.XYSeries.XYSeriesRenderStyle.Line);
        return c;
    }

    private void save(XYChart c, String name) throws Exception {
        c.getSeriesMap().values().forEach(s -> s.setMarker(SeriesMarkers.CIRCLE));
        BitmapEncoder.saveBitmap(c, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
    }
}
