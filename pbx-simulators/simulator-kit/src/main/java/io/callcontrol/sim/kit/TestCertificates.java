package io.callcontrol.sim.kit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Certificates for TLS tests against the simulators ({@link SimulatorServer#useTls}), made with the JDK's keytool:
 * a self-signed server certificate for 127.0.0.1 and a trust store holding it.
 */
public final class TestCertificates {

    private TestCertificates() {
    }

    /**
     * Writes into {@code dir}: {@code server.p12} (key and self-signed certificate, CN and SAN 127.0.0.1, 2 days),
     * {@code server.pem} (the certificate) and {@code trust.p12} (a trust store holding it), all PKCS12 with
     * {@code password}.
     */
    public static void selfSignedFor127(Path dir, String password) {
        keytool("-genkeypair", "-keystore", dir.resolve("server.p12").toString(), "-storetype", "PKCS12",
                "-storepass", password, "-keypass", password, "-alias", "server", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1", "-validity", "2");
        keytool("-exportcert", "-rfc", "-keystore", dir.resolve("server.p12").toString(), "-storetype", "PKCS12",
                "-storepass", password, "-alias", "server", "-file", dir.resolve("server.pem").toString());
        keytool("-importcert", "-noprompt", "-keystore", dir.resolve("trust.p12").toString(), "-storetype", "PKCS12",
                "-storepass", password, "-alias", "server", "-file", dir.resolve("server.pem").toString());
    }

    /** Runs the JDK's keytool with these arguments; fails with its output unless it exits 0 within a minute. */
    public static void keytool(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("keytool could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
