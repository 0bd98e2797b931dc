package io.callcontrol.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callcontrol.camel.sipnative.SipNativeComponent;
import io.callcontrol.camel.sipnative.SipNativeConstants;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The SIP redirect job (every INVITE answered 302 Moved Temporarily with one Contact, then ACKed) done by a
 * {@code sip-native:invite} route in this JVM and by Kamailio (stateless {@code sl_send_reply}) on the same
 * machine, driven by sipp in rate steps. For each it finds the highest rate with zero failed calls, prints
 * the ratio sip-native / Kamailio, then drives sip-native at twice its zero-failure rate (every INVITE must
 * be answered: 302, or 503 when over {@code maxPendingRequests}), measures how soon it answers cleanly again,
 * and prints the heap after every step. Not a unit test: run by hand.
 *
 * <pre>
 * ./mvnw -pl benchmarks -am package -DskipTests
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar io.callcontrol.bench.SipRedirectStepBenchmark \
 *      [--start 1000] [--step 500] [--max 8000] [--seconds 10] [--only sip-native|kamailio]
 * </pre>
 * Needs {@code sipp} (Debian sip-tester) and {@code kamailio} on the PATH.
 */
public final class SipRedirectStepBenchmark {

    private static final String HOST = "127.0.0.1";
    private static final String CONTACT = "sip:agent-1@10.1.1.1";
    private static final Pattern SUCCESS = Pattern.compile("Successful call\\s*\\|\\s*\\d+\\s*\\|\\s*(\\d+)");
    private static final Pattern FAILED = Pattern.compile("Failed call\\s*\\|\\s*\\d+\\s*\\|\\s*(\\d+)");

    private int start = 1000;
    private int step = 500;
    private int max = 8000;
    private int seconds = 10;
    private String only;
    private Path dir;

    /** One sipp run's outcome. */
    record Run(int rate, int calls, int successful, int failed, int exit, double secs, long heapMiB) {
        boolean clean() {
            return failed == 0 && successful == calls && exit == 0;
        }

        double achievedRate() {
            return secs <= 0 ? 0 : successful / secs;
        }
    }

    public static void main(String[] args) throws Exception {
        SipRedirectStepBenchmark b = new SipRedirectStepBenchmark();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--start" -> b.start = Integer.parseInt(args[++i]);
                case "--step" -> b.step = Integer.parseInt(args[++i]);
                case "--max" -> b.max = Integer.parseInt(args[++i]);
                case "--seconds" -> b.seconds = Integer.parseInt(args[++i]);
                case "--only" -> b.only = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        int code = b.run();
        // the JAIN-SIP RI leaves non-daemon threads behind
        System.exit(code);
    }

    private int run() throws Exception {
        String sipp = require("sipp");
        dir = Files.createTempDirectory("sip-redirect-bench-");
        Path ok302 = copy("uac_302.xml");
        Path ok302or503 = copy("uac_302_or_503.xml");
        System.out.printf(Locale.ROOT, "SIP redirect step benchmark: steps %d..%d by %d cps, %d s each, %d cores, heap max %d MiB%n",
                start, max, step, seconds, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("(the machine may be shared: figures are for this run only)");

        boolean withKamailio = !"sip-native".equals(only);
        boolean withNative = !"kamailio".equals(only);
        Process k = null;
        int kPort = freePort();
        int nPort = freePort();
        CamelContext context = new DefaultCamelContext();
        Integer kamailioBest = null;
        Integer nativeBest = null;
        try {
            if (withKamailio) {
                k = startKamailio(require("kamailio"), kPort);
                System.out.println("Kamailio (stateless 302) on " + HOST + ":" + kPort);
            }
            SipUserAgent agent = null;
            long heapBefore = 0;
            if (withNative) {
                context.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("sip-native:invite?identity=sip:router@" + HOST + "&listenAddress=" + HOST + "&listenPort=" + nPort)
                                .routeId("redirect")
                                .setHeader(SipNativeConstants.CONTACTS, constant(CONTACT));
                    }
                });
                context.start();
                agent = context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:router@" + HOST);
                System.out.println("sip-native:invite route (302) on " + HOST + ":" + nPort);
                // warm-up: JIT, pools
                sipp(sipp, ok302, nPort, Math.min(start, 500), Math.min(start, 500) * 5);
                System.gc();
                heapBefore = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
            }
            // the two sides take turns at each step, so that both see about the same load from the rest of the machine
            System.out.println("\n== steps (K: Kamailio, N: sip-native)");
            boolean kOn = withKamailio;
            boolean nOn = withNative;
            for (int rate = start; rate <= max && (kOn || nOn); rate += step) {
                if (kOn) {
                    kOn = step(sipp, ok302, kPort, rate, null, "K");
                    if (kOn) {
                        kamailioBest = rate;
                    }
                }
                if (nOn) {
                    nOn = step(sipp, ok302, nPort, rate, agent, "N");
                    if (nOn) {
                        nativeBest = rate;
                    }
                }
            }
            if (withNative) {
                overload(sipp, ok302, ok302or503, nPort, agent, nativeBest == null ? start : nativeBest);
                // the stack keeps each answered INVITE's transaction a little while (timer I): wait them out
                Thread.sleep(40_000);
                System.gc();
                long heapAfter = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
                System.out.printf(Locale.ROOT, "%n   heap after GC: %d MiB before the first step, %d MiB 40 s after the last"
                        + " (live calls %d, pending requests %d)%n", heapBefore, heapAfter, agent.calls().size(),
                        agent.pendingInboundRequests());
            }
        } finally {
            context.stop();
            if (k != null) {
                k.destroy();
                k.waitFor(5, TimeUnit.SECONDS);
                k.destroyForcibly();
            }
        }

        System.out.println("\n== result");
        System.out.println("highest zero-failure rate, Kamailio:   " + (kamailioBest == null ? "none / not run" : kamailioBest + " cps"));
        System.out.println("highest zero-failure rate, sip-native: " + (nativeBest == null ? "none / not run" : nativeBest + " cps"));
        if (kamailioBest != null && nativeBest != null && kamailioBest > 0) {
            System.out.printf(Locale.ROOT, "ratio sip-native / Kamailio: %.2f (target >= 0.8)%s%n", nativeBest / (double) kamailioBest,
                    kamailioBest + step > max ? " -- Kamailio was still clean at --max: its limit may be higher, so the ratio is"
                            + " an upper bound; raise --max" : "");
        }
        return 0;
    }

    /** One step: true when every call was answered 302 at (at least 90 % of) the rate. */
    private boolean step(String sipp, Path scenario, int port, int rate, SipUserAgent agent, String side) throws Exception {
        long rejectedBefore = agent == null ? 0 : agent.overloadRejections();
        Run r = sipp(sipp, scenario, port, rate, rate * seconds);
        boolean keptRate = r.achievedRate() >= rate * 0.9;
        System.out.print(side + " ");
        print(r, agent == null ? "" : String.format(Locale.ROOT, ", 503s %d, datagrams dropped %d, restarts %d",
                agent.overloadRejections() - rejectedBefore, agent.droppedDatagrams(), agent.restartCount()));
        if (!keptRate && r.clean()) {
            System.out.println("   (sipp could not keep the rate: counted as a failure)");
        }
        return r.clean() && keptRate;
    }

    /** Twice the zero-failure rate: every INVITE answered (302 or 503)? Then: how soon is it clean again? */
    private void overload(String sipp, Path ok302, Path ok302or503, int port, SipUserAgent agent, int best) throws Exception {
        int rate = best * 2;
        System.out.printf(Locale.ROOT, "%n-- overload: %d cps (2 x %d) for %d s, 302 or 503 both count as answered%n", rate, best, seconds);
        long rejectedBefore = agent.overloadRejections();
        long droppedBefore = agent.droppedDatagrams();
        Run r = sipp(sipp, ok302or503, port, rate, rate * seconds);
        long rejected = agent.overloadRejections() - rejectedBefore;
        print(r, String.format(Locale.ROOT, ", 503s %d, datagrams dropped %d, restarts %d", rejected,
                agent.droppedDatagrams() - droppedBefore, agent.restartCount()));
        System.out.printf(Locale.ROOT, "   answered (302 or 503): %.2f %% of %d INVITEs (target 100 %%), 302: %d, 503: %d%n",
                100.0 * r.successful() / r.calls(), r.calls(), Math.max(0, r.successful() - rejected), rejected);
        long overEnd = System.nanoTime();
        for (int i = 0; i < 60; i++) {
            Run probe = sipp(sipp, ok302, port, 100, 100);
            if (probe.clean()) {
                System.out.printf(Locale.ROOT, "   recovered: 100 calls at 100 cps all answered 302, %.1f s after the overload ended%n",
                        (System.nanoTime() - overEnd) / 1e9);
                return;
            }
        }
        System.out.println("   NOT recovered within 60 s after the overload");
    }

    private Run sipp(String sipp, Path scenario, int port, int rate, int calls) throws Exception {
        Path out = dir.resolve("sipp-" + port + "-" + rate + "-" + System.nanoTime() + ".out");
        List<String> cmd = new ArrayList<>(List.of(sipp, "-sf", scenario.toString(), "-i", HOST, "-p", String.valueOf(freePort()),
                "-s", "support", "-r", String.valueOf(rate), "-m", String.valueOf(calls), "-l", String.valueOf(Math.max(100, rate * 2)),
                "-recv_timeout", "8000", "-timeout", (calls / rate + 60) + "s", "-nostdin", "-buff_size", "4194304",
                HOST + ":" + port));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(calls / rate + 120L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        String text = Files.readString(out);
        int ok = last(SUCCESS, text);
        int failed = last(FAILED, text);
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        return new Run(rate, calls, ok, failed, p.isAlive() ? -1 : p.exitValue(), secs, heap);
    }

    private static void print(Run r, String extra) {
        System.out.printf(Locale.ROOT, "%6d cps, load %.1f: %7d calls, successful %7d, failed %6d, sipp exit %d, %.1f s (%.0f calls/s), heap after GC %d MiB%s%s%n",
                r.rate(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), r.calls(), r.successful(), r.failed(), r.exit(), r.secs(), r.achievedRate(), r.heapMiB(), extra,
                r.clean() ? "" : "  <-- failures");
    }

    private static int last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int v = -1;
        while (m.find()) {
            v = Integer.parseInt(m.group(1));
        }
        return v;
    }

    private Process startKamailio(String kamailio, int port) throws Exception {
        Path run = Files.createDirectories(dir.resolve("kamailio"));
        String cfg = resource("kamailio-redirect.cfg").replace("__PORT__", String.valueOf(port))
                .replace("__CHILDREN__", String.valueOf(Math.max(2, Runtime.getRuntime().availableProcessors() * 2)));
        Path cfgFile = run.resolve("kamailio.cfg");
        Files.writeString(cfgFile, cfg);
        Process k = new ProcessBuilder(kamailio, "-DD", "-E", "-f", cfgFile.toString(), "-Y", run.toString(), "-m", "64", "-M", "8")
                .redirectErrorStream(true).redirectOutput(run.resolve("kamailio.log").toFile()).start();
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline && !udpBound(port)) {
            if (!k.isAlive()) {
                throw new IllegalStateException("kamailio exited: " + Files.readString(run.resolve("kamailio.log")));
            }
            Thread.sleep(50);
        }
        return k;
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = SipRedirectStepBenchmark.class.getResourceAsStream("/sip-redirect/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource sip-redirect/" + name);
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SipRedirectStepBenchmark.class.getResourceAsStream("/sip-redirect/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource sip-redirect/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String require(String program) {
        for (String d : new String[] {"/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin"}) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw new IllegalStateException(program + " is not installed (Debian: apt-get install -y sip-tester kamailio)");
    }

    private static boolean udpBound(int port) {
        try (DatagramSocket s = new DatagramSocket(port, InetAddress.getByName(HOST))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** A port free for both UDP and TCP on the loopback address. */
    private static int freePort() throws IOException {
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket ds = new DatagramSocket(0, InetAddress.getByName(HOST))) {
                int port = ds.getLocalPort();
                try (ServerSocket ss = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
                    return port;
                } catch (IOException e) {
                    // taken for TCP: next
                }
            }
        }
        throw new IOException("no free port");
    }
}
