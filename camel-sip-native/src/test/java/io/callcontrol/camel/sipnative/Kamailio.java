package io.callcontrol.camel.sipnative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A kamailio registrar/proxy on a free loopback port, from src/test/resources/kamailio/kamailio.cfg. */
final class Kamailio implements AutoCloseable {

    private static final Path TLS_MODULE = Path.of("/usr/lib/x86_64-linux-gnu/kamailio/modules/tls.so");

    final int port;
    /** The TLS listener's port, 0 when started without TLS. */
    final int tlsPort;
    private final Path dir;
    private final Process process;

    private Kamailio(int port, int tlsPort, Path dir, Process process) {
        this.port = port;
        this.tlsPort = tlsPort;
        this.dir = dir;
        this.process = process;
    }

    static Kamailio start() throws IOException {
        return start(null, null);
    }

    /**
     * With a certificate and key (PEM files), kamailio also listens for TLS on {@link #tlsPort}; it does not ask
     * for nor verify the certificates of the peers.
     */
    static Kamailio start(Path tlsCertificate, Path tlsPrivateKey) throws IOException {
        String kamailio = Peers.require("kamailio", "kamailio");
        Peers.require("kamcmd", "kamailio");
        boolean tls = tlsCertificate != null;
        if (tls && !Files.exists(TLS_MODULE)) {
            throw new IllegalStateException("kamailio's tls module " + TLS_MODULE + " is missing:"
                                            + " apt-get install kamailio-tls-modules");
        }
        Path dir = Files.createTempDirectory("kamailio-");
        int port = Peers.freePort();
        int tlsPort = tls ? Peers.freePort() : 0;
        String cfg = Files.readString(Peers.resource("kamailio/kamailio.cfg", dir))
                .replace("__PORT__", String.valueOf(port)).replace("__TLSPORT__", String.valueOf(tlsPort))
                .replace("__RUNDIR__", dir.toString());
        Path file = dir.resolve("kamailio-test.cfg");
        Files.writeString(file, cfg);
        List<String> command = new java.util.ArrayList<>(List.of(kamailio, "-DD", "-E", "-f", file.toString(),
                "-Y", dir.toString(), "-w", dir.toString(), "-m", "32", "-M", "8"));
        if (tls) {
            Files.writeString(dir.resolve("tls.cfg"), "[server:default]\nmethod = TLSv1.2+\nverify_certificate = no\n"
                    + "require_certificate = no\ncertificate = " + tlsCertificate + "\nprivate_key = " + tlsPrivateKey
                    + "\n\n[client:default]\nmethod = TLSv1.2+\nverify_certificate = no\nrequire_certificate = no\n");
            command.addAll(List.of("-A", "WITH_TLS"));
        }
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dir.resolve("kamailio.log").toFile()).start();
        Kamailio k = new Kamailio(port, tlsPort, dir, p);
        if (!Peers.waitFor(() -> (Peers.udpBound(port) && (!tls || Peers.tcpBound(tlsPort))
                                  && Files.exists(dir.resolve("kamailio_ctl"))) || !p.isAlive(), 10000)
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

    String tlsHostPort() {
        return Peers.HOST + ":" + tlsPort;
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
