package io.callcontrol.camel.sipnative;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Not a unit test: drives the redirect consumer with sipp at a given rate and prints sipp's result and the heap
 * after each round, to check "answering >= 500 INVITEs/s with zero failed calls, flat heap".
 * <pre>java -cp ... io.callcontrol.camel.sipnative.SipNativeRedirectBenchmark [rate] [callsPerRound] [rounds]</pre>
 */
public final class SipNativeRedirectBenchmark {

    private SipNativeRedirectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 10000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int port = Peers.freePort();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:invite?identity=sip:router@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port)
                        .setHeader(SipNativeConstants.CONTACTS, simple("sip:agent-${header.CamelSipNativeCallId.length}@10.1.1.1"));
            }
        });
        context.start();
        int exit = 0;
        try {
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                try (Sipp sipp = Sipp.uac("uac_redirect.xml", "127.0.0.1:" + port, calls, "-s", "support", "-r", String.valueOf(rate),
                        "-l", String.valueOf(rate * 4))) {
                    int code = sipp.awaitExit(calls * 1000L / rate + 60000);
                    double secs = (System.nanoTime() - start) / 1e9;
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                    String out = sipp.diagnostics();
                    String failed = out.lines().filter(l -> l.contains("Failed call")).findFirst().orElse("?");
                    String ok = out.lines().filter(l -> l.contains("Successful call")).findFirst().orElse("?");
                    System.out.printf("round %d: sipp exit %d, %d calls at %d cps in %.1f s, heap after GC %d MiB%n  %s%n  %s%n",
                            round, code, calls, rate, secs, heap, ok.trim(), failed.trim());
                    exit |= code;
                }
            }
        } finally {
            context.stop();
        }
        System.exit(exit);
    }
}
