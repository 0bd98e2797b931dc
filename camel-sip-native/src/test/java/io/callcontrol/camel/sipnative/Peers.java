package io.callcontrol.camel.sipnative;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Helpers for the real SIP peers (sipp, kamailio, baresip) the tests start on loopback. */
final class Peers {

    static final String HOST = "127.0.0.1";
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Peers() {
    }

    /** A port free for both UDP and TCP on loopback, never handed out twice in this JVM. */
    static synchronized int freePort() {
        for (int i = 0; i < 50; i++) {
            try (DatagramSocket ds = new DatagramSocket(0, InetAddress.getByName(HOST))) {
                int port = ds.getLocalPort();
                if (port > 60000 || HANDED_OUT.contains(port)) {
                    continue;
                }
                try (ServerSocket ss = new ServerSocket()) {
                    ss.bind(new InetSocketAddress(HOST, port));
                } catch (IOException e) {
                    continue;
                }
                HANDED_OUT.add(port);
                return port;
            } catch (IOException e) {
                // try again
            }
        }
        throw new IllegalStateException("no free port");
    }

    /** The absolute path of a program, or a failure naming the Debian package that provides it. */
    static String require(String program, String debianPackage) {
        for (String dir : new String[] { "/usr/bin", "/usr/sbin", "/usr/local/bin", "/usr/local/sbin" }) {
            File f = new File(dir, program);
            if (f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        throw new AssertionError(program + " is not installed: apt-get install -y " + debianPackage
                + " (CI's .ci/run installs it)");
    }

    /** Copies a classpath resource to a file in dir. */
    static Path resource(String name, Path dir) throws IOException {
        try (InputStream in = Peers.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            Path p = dir.resolve(Path.of(name).getFileName().toString());
            Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
            return p;
        }
    }

    /** True once something is bound to the UDP port on loopback. */
    static boolean udpBound(int port) {
        try (DatagramSocket ds = new DatagramSocket(new InetSocketAddress(HOST, port))) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** True once something is bound to the TCP port on loopback. */
    static boolean tcpBound(int port) {
        try (ServerSocket ss = new ServerSocket()) {
            ss.bind(new InetSocketAddress(HOST, port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    static boolean tcpListening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Polls (10 ms steps) until the condition holds or the time is up. */
    static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
