package io.callcontrol.camel.sipnative.springboot;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal SIP user agent server on loopback UDP (no simulator module exists for sip-native): it records every
 * request it receives (its wire log), answers a request without credentials with {@code 401} and a Digest challenge,
 * and a request whose Digest response matches the expected user name and password with {@code 200 OK} (otherwise
 * {@code 403}). Independent of the component's SIP stack, so it does not share its bugs.
 */
final class DigestChallengingUas implements AutoCloseable {

    static final String REALM = "starter.test";
    static final String NONCE = "5f1d3a9c0b7e4d21";
    private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

    private final DatagramSocket socket;
    private final String username;
    private final String password;
    private final List<String> wireLog = new CopyOnWriteArrayList<>();
    private final Thread thread;

    DigestChallengingUas(String username, String password) throws SocketException {
        this.username = username;
        this.password = password;
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "digest-uas");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Every request received, raw. */
    List<String> wireLog() {
        return wireLog;
    }

    /** The parameters of a Digest {@code Authorization} header. */
    static Map<String, String> digestParams(String header) {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(header.substring(header.indexOf(' ') + 1));
        while (m.find()) {
            params.put(m.group(1).toLowerCase(), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return params;
    }

    /** The value of a header of a raw SIP message (first occurrence), or null. */
    static String header(String message, String name) {
        for (String line : message.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve() {
        byte[] buf = new byte[65535];
        while (!socket.isClosed()) {
            DatagramPacket packet = new DatagramPacket(buf, buf.length);
            try {
                socket.receive(packet);
            } catch (IOException e) {
                return;
            }
            String request = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            if (request.startsWith("SIP/2.0") || request.isBlank()) {
                continue; // a response or a keep-alive
            }
            wireLog.add(request);
            String method = request.substring(0, request.indexOf(' '));
            if (method.equals("ACK")) {
                continue;
            }
            String authorization = header(request, "Authorization");
            String response;
            if (authorization == null) {
                response = respond(request, "401 Unauthorized",
                        "WWW-Authenticate: Digest realm=\"" + REALM + "\", nonce=\"" + NONCE + "\", algorithm=MD5\r\n");
            } else {
                Map<String, String> p = digestParams(authorization);
                String expected = md5(md5(username + ":" + REALM + ":" + password) + ":" + NONCE + ":"
                        + md5(method + ":" + p.get("uri")));
                boolean ok = username.equals(p.get("username")) && expected.equals(p.get("response"));
                response = respond(request, ok ? "200 OK" : "403 Forbidden", "");
            }
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            try {
                socket.send(new DatagramPacket(bytes, bytes.length, packet.getSocketAddress()));
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String respond(String request, String status, String extra) {
        StringBuilder sb = new StringBuilder("SIP/2.0 ").append(status).append("\r\n");
        for (String line : request.split("\r\n")) {
            int colon = line.indexOf(':');
            String name = colon > 0 ? line.substring(0, colon).trim().toLowerCase() : "";
            switch (name) {
                case "via", "v", "from", "f", "call-id", "i", "cseq" -> sb.append(line).append("\r\n");
                case "to", "t" -> sb.append(line).append(line.contains(";tag=") ? "" : ";tag=uas1").append("\r\n");
                default -> {
                }
            }
        }
        return sb.append(extra).append("Content-Length: 0\r\n\r\n").toString();
    }

    @Override
    public void close() throws InterruptedException {
        socket.close();
        thread.join(2000);
    }
}
