package io.callcontrol.camel.callcontrol;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal SIP phone on loopback UDP for the sip-native tests (no sipp needed): records every request that reaches
 * it and answers by the user of the Request-URI -- {@code busy} 486, {@code decline} 603, {@code away} 480, anyone
 * else 200 OK (with SDP for INVITE); REFER 202, other requests 200.
 */
final class UdpSipPeer implements AutoCloseable {

    /** One request as it reached the socket. */
    record Received(String method, String requestUri, String raw) {
        String header(String name) {
            for (String line : raw.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }

        String body() {
            int i = raw.indexOf("\r\n\r\n");
            return i < 0 ? "" : raw.substring(i + 4);
        }
    }

    private final DatagramSocket socket;
    private final List<Received> received = new ArrayList<>();
    private final Thread thread;

    UdpSipPeer() throws SocketException {
        socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        thread = new Thread(this::loop, "udp-sip-peer");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    String uri(String user) {
        return "sip:" + user + "@127.0.0.1:" + port();
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> received(String method) {
        return received().stream().filter(r -> r.method().equals(method)).toList();
    }

    private void loop() {
        byte[] buf = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket p = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(p);
                String msg = new String(p.getData(), 0, p.getLength(), StandardCharsets.UTF_8);
                if (msg.startsWith("SIP/2.0")) {
                    continue; // a response to nothing we sent
                }
                String first = msg.substring(0, msg.indexOf("\r\n"));
                String[] parts = first.split(" ");
                Received r = new Received(parts[0], parts[1], msg);
                synchronized (this) {
                    received.add(r);
                }
                String answer = answer(r);
                if (answer != null) {
                    byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                    socket.send(new DatagramPacket(out, out.length, p.getAddress(), p.getPort()));
                }
            } catch (Exception e) {
                if (!socket.isClosed()) {
                    e.printStackTrace();
                }
            }
        }
    }

    private String answer(Received r) {
        String user = r.requestUri().replaceFirst("^sips?:", "").replaceFirst("@.*$", "").toLowerCase(Locale.ROOT);
        return switch (r.method()) {
            case "ACK" -> null;
            case "INVITE" -> switch (user) {
                case "busy" -> response(r, 486, "Busy Here", null);
                case "decline" -> response(r, 603, "Decline", null);
                case "away" -> response(r, 480, "Temporarily Unavailable", null);
                default -> response(r, 200, "OK", "v=0\r\no=peer 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\n"
                        + "t=0 0\r\nm=audio " + (40000 + port() % 1000 * 2) + " RTP/AVP 0\r\na=sendrecv\r\n");
            };
            case "REFER" -> response(r, 202, "Accepted", null);
            default -> response(r, 200, "OK", null);
        };
    }

    private String response(Received r, int code, String reason, String sdp) {
        StringBuilder sb = new StringBuilder("SIP/2.0 ").append(code).append(' ').append(reason).append("\r\n");
        for (String line : r.raw().split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            String name = line.contains(":") ? line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT) : "";
            switch (name) {
                case "via", "v", "from", "f", "call-id", "i", "cseq", "record-route" -> sb.append(line).append("\r\n");
                case "to", "t" -> sb.append(line.contains(";tag=") ? line : line + ";tag=peer" + Math.abs(
                        r.header("Call-ID") == null ? 1 : r.header("Call-ID").hashCode())).append("\r\n");
                default -> {
                }
            }
        }
        sb.append("Contact: <").append(r.requestUri().contains("@") ? "sip:" + r.requestUri()
                .replaceFirst("^sips?:", "").replaceFirst("@.*$", "") + "@127.0.0.1:" + port() : r.requestUri())
                .append(">\r\n");
        if (sdp != null) {
            sb.append("Content-Type: application/sdp\r\n");
            sb.append("Content-Length: ").append(sdp.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(sdp);
        } else {
            sb.append("Content-Length: 0\r\n\r\n");
        }
        return sb.toString();
    }

    @Override
    public void close() {
        socket.close();
    }
}
