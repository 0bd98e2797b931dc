package io.callcontrol.kamelets;

import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real SIP peer for the sip-native Kamelets: one sipp process (Debian package {@code sip-tester}) running an XML
 * scenario of {@code src/test/resources/sipp} on a free loopback UDP port. The scenario's checks
 * ({@code check_it="true"}) fail the call when our messages lack what is expected, so {@link #awaitExit} returning 0
 * means every expected message reached the wire as expected; {@link #messages()} is what sipp saw.
 */
final class SippPeer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    final int port;
    private final Process process;
    private final Path dir;

    private SippPeer(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    /** A UAS scenario handling {@code calls} calls (transactions with a new Call-ID count as calls) then exiting. */
    static SippPeer uas(String scenario, int calls) throws IOException {
        String sipp = "/usr/bin/sipp";
        if (!new java.io.File(sipp).canExecute()) {
            throw new AssertionError("sipp is not installed: apt-get install -y sip-tester (CI's .ci/run installs it)");
        }
        Path dir = Files.createTempDirectory("kamelet-sipp-");
        Path sf = dir.resolve(scenario);
        try (InputStream in = SippPeer.class.getResourceAsStream("/sipp/" + scenario)) {
            if (in == null) {
                throw new IOException("no test resource sipp/" + scenario);
            }
            Files.copy(in, sf, StandardCopyOption.REPLACE_EXISTING);
        }
        int port = freeUdpPort();
        List<String> cmd = new ArrayList<>(List.of(sipp, "-sf", sf.toString(), "-i", HOST, "-p", String.valueOf(port),
                "-m", String.valueOf(calls), "-nostdin", "-timeout", "30s", "-timeout_error",
                "-trace_msg", "-message_file", dir.resolve("messages.log").toString(),
                "-trace_err", "-error_file", dir.resolve("errors.log").toString()));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sipp.out").toFile()).start();
        SippPeer peer = new SippPeer(port, dir, p);
        long deadline = System.currentTimeMillis() + 5000;
        while (!bound(port)) {
            if (!p.isAlive() || System.currentTimeMillis() > deadline) {
                peer.close();
                throw new IllegalStateException("sipp did not bind port " + port + "\n" + peer.diagnostics());
            }
            sleep(10);
        }
        return peer;
    }

    String uri(String user) {
        return "sip:" + user + "@" + HOST + ":" + port;
    }

    /** sipp's exit code once its calls are done (0: every call went as the scenario expects), -1 on time-out. */
    int awaitExit(long millis) throws InterruptedException {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            close();
            return -1;
        }
        return process.exitValue();
    }

    /** Everything sipp sent and received. */
    String messages() {
        return read("messages.log");
    }

    String diagnostics() {
        return "sipp output:\n" + read("sipp.out") + "\nerrors:\n" + read("errors.log") + "\nmessages:\n" + read("messages.log");
    }

    private String read(String name) {
        Path p = dir.resolve(name);
        try {
            return Files.exists(p) ? Files.readString(p) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int freeUdpPort() {
        try (DatagramSocket ds = new DatagramSocket(0, InetAddress.getByName(HOST))) {
            return ds.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean bound(int port) {
        try (DatagramSocket ds = new DatagramSocket(new InetSocketAddress(HOST, port))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
