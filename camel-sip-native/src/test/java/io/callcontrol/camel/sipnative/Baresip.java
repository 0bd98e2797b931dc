package io.callcontrol.camel.sipnative;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A baresip phone (Debian baresip-core) registered at the test kamailio, auto-answering, with no sound device
 * (aubridge/nil) and loopback-only networking.
 */
final class Baresip implements AutoCloseable {

    final String user;
    final int sipPort;
    private final Path dir;
    private final Process process;

    private Baresip(String user, int sipPort, Path dir, Process process) {
        this.user = user;
        this.sipPort = sipPort;
        this.dir = dir;
        this.process = process;
    }

    static Baresip start(String user, String password, Kamailio kamailio) throws IOException {
        String baresip = Peers.require("baresip", "baresip-core");
        Path dir = Files.createTempDirectory("baresip-" + user + "-");
        int sip = Peers.freePort();
        int rtp = Peers.freePort();
        Files.writeString(dir.resolve("config"), String.join("\n",
                "poll_method\t\tepoll",
                "sip_listen\t\t127.0.0.1:" + sip,
                "net_interface\t\t127.0.0.1",
                "audio_player\t\taubridge,nil",
                "audio_source\t\taubridge,nil",
                "audio_alert\t\taubridge,nil",
                "rtp_ports\t\t" + rtp + "-" + (rtp + 19),
                "module_path\t\t/usr/lib/baresip/modules",
                "module\t\t\tg711.so",
                "module\t\t\taubridge.so",
                "module_app\t\taccount.so",
                "module_app\t\tmenu.so",
                ""));
        Files.writeString(dir.resolve("accounts"), "<sip:" + user + "@127.0.0.1;transport=udp>;auth_pass=" + password
                + ";outbound=\"sip:" + kamailio.hostPort() + "\";regint=60;answermode=auto\n");
        Process p = new ProcessBuilder(List.of(baresip, "-f", dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("baresip.log").toFile()).start();
        Baresip b = new Baresip(user, sip, dir, p);
        if (!Peers.waitFor(() -> kamailio.locations().contains("AoR: " + user) || !p.isAlive(), 10000) || !p.isAlive()) {
            String log = b.log();
            b.close();
            throw new IllegalStateException("baresip " + user + " did not register:\n" + log);
        }
        return b;
    }

    String log() {
        try {
            return Files.readString(dir.resolve("baresip.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Asks the phone to stop (it takes about 2 s); {@link #close()} waits for it. */
    void terminate() {
        process.destroy();
    }

    @Override
    public void close() {
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
