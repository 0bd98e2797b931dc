package io.callcontrol.camel.sipnative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One sipp process running an XML scenario from src/test/resources/sipp on a free loopback port. The
 * scenario's own checks ({@code check_it="true"}) make the call fail when our messages lack what is expected;
 * {@link #awaitExit} returns sipp's exit code (0: every call succeeded).
 */
final class Sipp implements AutoCloseable {

    final int port;
    private final Path dir;
    private final Process process;
    private final Path messages;
    private final Path errors;
    private final Path out;

    private Sipp(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
        this.messages = dir.resolve("messages.log");
        this.errors = dir.resolve("errors.log");
        this.out = dir.resolve("sipp.out");
    }

    /** A UAS scenario (waits for our requests), handling {@code calls} calls then exiting. */
    static Sipp uas(String scenario, int calls, String... extra) throws IOException {
        return start(scenario, null, calls, extra);
    }

    /** A UAC scenario sending to {@code remote} ({@code host:port}). */
    static Sipp uac(String scenario, String remote, int calls, String... extra) throws IOException {
        return start(scenario, remote, calls, extra);
    }

    private static Sipp start(String scenario, String remote, int calls, String... extra) throws IOException {
        String sipp = Peers.require("sipp", "sip-tester");
        Path dir = Files.createTempDirectory("sipp-");
        Path sf = Peers.resource("sipp/" + scenario, dir);
        int port = Peers.freePort();
        List<String> cmd = new ArrayList<>(List.of(sipp, "-sf", sf.toString(), "-i", Peers.HOST, "-p", String.valueOf(port),
                "-m", String.valueOf(calls), "-nostdin", "-timeout", "40s", "-timeout_error",
                "-trace_msg", "-message_file", dir.resolve("messages.log").toString(),
                "-trace_err", "-error_file", dir.resolve("errors.log").toString()));
        for (String e : extra) {
            cmd.add(e);
        }
        if (remote != null) {
            cmd.add(remote);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sipp.out").toFile());
        Process p = pb.start();
        Sipp s = new Sipp(port, dir, p);
        boolean tcp = List.of(extra).contains("-t") && !List.of(extra).contains("u1") && !List.of(extra).contains("un");
        if (remote == null && !Peers.waitFor(() -> (tcp ? Peers.tcpBound(port) : Peers.udpBound(port)) || !p.isAlive(), 5000)) {
            s.close();
            throw new IllegalStateException("sipp did not bind port " + port);
        }
        return s;
    }

    String uri(String user) {
        return "sip:" + user + "@" + Peers.HOST + ":" + port;
    }

    /** Waits for sipp to finish its calls; returns its exit code (0 = all calls successful). */
    int awaitExit(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            close();
            return -1;
        }
        return process.exitValue();
    }

    /** Everything sipp sent and received (its -trace_msg log). */
    String messages() {
        return read(messages);
    }

    /** What went wrong, for assertion messages. */
    String diagnostics() {
        return "sipp output:\n" + read(out) + "\nerrors:\n" + read(errors) + "\nmessages:\n" + read(messages);
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(2, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
