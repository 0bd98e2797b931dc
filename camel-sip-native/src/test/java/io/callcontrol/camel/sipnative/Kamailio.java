package io.callcontrol.camel.sipnative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A kamailio registrar/proxy on a free loopback port, from src/test/resources/kamailio/kamailio.cfg. */
final class Kamailio implements AutoCloseable {

    final int port;
    private final Path dir;
    private final Process process;

    private Kamailio(int port, Path dir, Process process) {
        this.port = port;
        this.dir = dir;
        this.process = process;
    }

    static Kamailio start() throws IOException {
        String kamailio = Peers.require("kamailio", "kamailio");
        Peers.require("kamcmd", "kamailio");
        Path dir = Files.createTempDirectory("kamailio-");
        int port = Peers.freePort();
        String cfg = Files.readString(Peers.resource("kamailio/kamailio.cfg", dir))
                .replace("__PORT__", String.valueOf(port)).replace("__RUNDIR__", dir.toString());
        Path file = dir.resolve("kamailio-test.cfg");
        Files.writeString(file, cfg);
        Process p = new ProcessBuilder(List.of(kamailio, "-DD", "-E", "-f", file.toString(), "-Y", dir.toString(),
                "-w", dir.toString(), "-m", "32", "-M", "8"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("kamailio.log").toFile()).start();
        Kamailio k = new Kamailio(port, dir, p);
        if (!Peers.waitFor(() -> (Peers.udpBound(port) && Files.exists(dir.resolve("kamailio_ctl"))) || !p.isAlive(), 10000)
                || !p.isAlive()) {
            String log = k.log();
            k.close();
            throw new IllegalStateException("kamailio did not start:\n" + log);
        }
        return k;
    }

    String hostPort() {
        return Peers.HOST + ":" + port;
    }

    /** {@code kamcmd ul.dump}: the registrar's location table. */
    String locations() {
        try {
            Process p = new ProcessBuilder(Peers.require("kamcmd", "kamailio"), "-s", "unix:" + dir.resolve("kamailio_ctl"), "ul.dump")
                    .redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor(5, TimeUnit.SECONDS);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    String log() {
        try {
            return Files.readString(dir.resolve("kamailio.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
