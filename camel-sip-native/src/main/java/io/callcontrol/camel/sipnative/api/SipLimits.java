package io.callcontrol.camel.sipnative.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Overload protection and stack tuning of one user agent.
 *
 * @param maxPendingRequests    most incoming out-of-dialog INVITE/MESSAGE requests handed to the routes and not yet answered
 * @param rejectWhenOverloaded  beyond {@code maxPendingRequests}: true answers 503 (stateless), false drops the request
 * @param retryAfter            Retry-After of that 503, seconds (0: none)
 * @param stackThreadPoolSize   the stack's message processing threads
 * @param stackQueueSize        most received datagrams waiting for a stack thread (more are dropped)
 * @param maxMessageSize        largest message accepted, bytes
 * @param maxServerTransactions the stack's server transaction table high-water mark
 * @param watchdogInterval      how often the listener threads are checked, milliseconds (0: never)
 * @param restartDelay          delay between finding a dead listener and restarting the stack, milliseconds
 * @param inviteAckLinger       how long an incoming INVITE's transaction outlives the ACK of its non-2xx answer (timer I), milliseconds
 * @param maxQueueDelay         beyond this wait of received datagrams for a stack thread, new requests are refused, milliseconds (0: never)
 */
public record SipLimits(
        int maxPendingRequests,
        boolean rejectWhenOverloaded,
        int retryAfter,
        int stackThreadPoolSize,
        int stackQueueSize,
        int maxMessageSize,
        int maxServerTransactions,
        long watchdogInterval,
        long restartDelay,
        long maxQueueDelay,
        long inviteAckLinger) {

    /** The defaults of the component's options. */
    public static SipLimits defaults() {
        return new SipLimits(1000, true, 5, 4, 10000, 65536, 100000, 1000, 1000, 500, 500);
    }

    /**
     * The transports to listen on: {@code transport} first, then the configured ones (comma separated), or by
     * default udp and tcp for a udp/tcp agent (tls alone for tls).
     */
    public static List<String> listenTransports(String transport, String configured) {
        List<String> out = new ArrayList<>();
        out.add(transport);
        if (configured == null || configured.isBlank()) {
            if ("udp".equals(transport) || "tcp".equals(transport)) {
                out.add("udp".equals(transport) ? "tcp" : "udp");
            }
            return List.copyOf(out);
        }
        for (String t : configured.split(",")) {
            String s = t.trim().toLowerCase(Locale.ROOT);
            if (s.isEmpty() || out.contains(s)) {
                continue;
            }
            if (!s.equals("udp") && !s.equals("tcp")) {
                throw new IllegalArgumentException("listenTransports: " + s + " is not udp or tcp (tls is only the transport option)");
            }
            if ("tls".equals(transport)) {
                throw new IllegalArgumentException("listenTransports: a tls agent listens on tls only");
            }
            out.add(s);
        }
        return List.copyOf(out);
    }
}
