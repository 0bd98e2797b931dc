package io.callcontrol.camel.sipnative;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hand-written SIP messages sent as raw bytes over UDP or TCP, and what came back. Templates use
 * {@code $HOST}, {@code $PORT} (the agent), {@code $LPORT} (our socket), {@code $BRANCH}, {@code $CALLID},
 * {@code $TRANSPORT}; lines end with LF in the template and are sent with CRLF.
 */
final class RawSip implements AutoCloseable {

    private final DatagramSocket udp;
    private final int agentPort;

    RawSip(int agentPort) throws IOException {
        this.agentPort = agentPort;
        this.udp = new DatagramSocket(0, InetAddress.getByName(Peers.HOST));
    }

    int localPort() {
        return udp.getLocalPort();
    }

    static String fill(String template, int agentPort, int localPort, String transport) {
        String branch = "z9hG4bK-" + UUID.randomUUID();
        String callId = UUID.randomUUID() + "@" + Peers.HOST;
        return template.replace("$HOST", Peers.HOST).replace("$PORT", String.valueOf(agentPort))
                .replace("$LPORT", String.valueOf(localPort)).replace("$BRANCH", branch).replace("$CALLID", callId)
                .replace("$TRANSPORT", transport).replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /** {@link #fill} as bytes (UTF-8), with {@code $CL} replaced by the body's length in bytes. */
    static byte[] bytes(String template, int agentPort, int localPort, String transport) {
        String filled = fill(template, agentPort, localPort, transport);
        if (filled.contains("$CL")) {
            int sep = filled.indexOf("\r\n\r\n");
            int len = sep < 0 ? 0 : filled.substring(sep + 4).getBytes(StandardCharsets.UTF_8).length;
            filled = filled.replace("$CL", String.valueOf(len));
        }
        return filled.getBytes(StandardCharsets.UTF_8);
    }

    /** Sends over UDP; returns every datagram received within {@code waitMillis} (the first ends early when {@code firstOnly}). */
    List<String> udp(String template, long waitMillis, boolean firstOnly) throws IOException {
        byte[] b = bytes(template, agentPort, udp.getLocalPort(), "UDP");
        udp.send(new DatagramPacket(b, b.length, new InetSocketAddress(Peers.HOST, agentPort)));
        return receive(waitMillis, firstOnly, null);
    }

    /** The datagrams received within {@code waitMillis}; stops at the first final answer when {@code firstFinal}. */
    List<String> receive(long waitMillis, boolean firstFinal, String callId) throws IOException {
        List<String> out = new ArrayList<>();
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return out;
            }
            udp.setSoTimeout((int) left);
            DatagramPacket p = new DatagramPacket(new byte[65536], 65536);
            try {
                udp.receive(p);
            } catch (SocketTimeoutException e) {
                return out;
            }
            String text = new String(p.getData(), 0, p.getLength(), StandardCharsets.ISO_8859_1);
            if (callId != null && !text.contains(callId)) {
                continue;
            }
            out.add(text);
            if (firstFinal && isFinal(text)) {
                return out;
            }
        }
    }

    /** Sends raw bytes over UDP without waiting. */
    void send(String filled) throws IOException {
        byte[] b = filled.getBytes(StandardCharsets.ISO_8859_1);
        udp.send(new DatagramPacket(b, b.length, new InetSocketAddress(Peers.HOST, agentPort)));
    }

    /** Opens a TCP connection, sends the message and returns what came back on it within {@code waitMillis}. */
    static String tcp(String template, int agentPort, long waitMillis) throws IOException {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(Peers.HOST, agentPort), 3000);
            s.getOutputStream().write(bytes(template, agentPort, s.getLocalPort(), "TCP"));
            s.getOutputStream().flush();
            return readUntilFinal(s, waitMillis);
        }
    }

    /** Reads a connection until a final response arrived or {@code waitMillis} passed; returns all text read. */
    static String readUntilFinal(Socket s, long waitMillis) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        long deadline = System.currentTimeMillis() + waitMillis;
        InputStream in = s.getInputStream();
        byte[] b = new byte[8192];
        while (System.currentTimeMillis() < deadline) {
            s.setSoTimeout((int) Math.max(1, deadline - System.currentTimeMillis()));
            int n;
            try {
                n = in.read(b);
            } catch (SocketTimeoutException e) {
                break;
            }
            if (n < 0) {
                break;
            }
            buf.write(b, 0, n);
            String text = buf.toString(StandardCharsets.ISO_8859_1);
            if (text.lines().anyMatch(l -> l.matches("SIP/2\\.0 [2-6]\\d\\d.*"))) {
                break;
            }
        }
        return buf.toString(StandardCharsets.ISO_8859_1);
    }

    /** A TCP server socket on a free port, standing for a client that listens for answers over TCP. */
    static ServerSocket tcpListener() throws IOException {
        ServerSocket ss = new ServerSocket();
        ss.bind(new InetSocketAddress(Peers.HOST, 0));
        return ss;
    }

    static boolean isFinal(String text) {
        return text.matches("(?s)SIP/2\\.0 [2-6]\\d\\d.*");
    }

    /** The status code of the first line, or 0. */
    static int status(String text) {
        if (text == null || !text.startsWith("SIP/2.0 ") || text.length() < 11) {
            return 0;
        }
        return Integer.parseInt(text.substring(8, 11));
    }

    @Override
    public void close() {
        udp.close();
    }
}
