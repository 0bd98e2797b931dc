package io.callcontrol.core.error;

/**
 * Whether a failed request reached the PBX -- what a route needs to know before it retries. Every
 * {@link CallControlException} carries one ({@link CallControlException#getDelivery()}), and the producers set it
 * as the header {@value #HEADER} on a failed exchange.
 * <ul>
 * <li>{@link #NOT_SENT}: the request never left the client (no connection, connect/TLS failure, not logged in,
 * invalid input): <b>safe to retry</b>, whatever the operation.</li>
 * <li>{@link #UNKNOWN}: the request was written to the socket and no answer came (timeout, connection dropped
 * while waiting): the PBX may have acted on it. Retry only idempotent operations (reads, subscriptions) --
 * never an originate, transfer, hang-up or conference change.</li>
 * <li>{@link #REJECTED}: the PBX answered with an error: it received the request and refused it. Retrying the
 * same request gets the same answer unless something changed.</li>
 * </ul>
 */
public enum Delivery {

    /** Never left the client: safe to retry. ({@code sent = false}) */
    NOT_SENT,
    /** Written to the socket, no answer: the PBX may have acted on it; retry only if idempotent. ({@code sent = unknown}) */
    UNKNOWN,
    /** The PBX answered an error: it got the request and refused it. */
    REJECTED;

    /** Exchange header with the {@link Delivery} of the failure (its name), set by the producers on a failed exchange. */
    public static final String HEADER = "CamelCallControlDelivery";

    /**
     * The delivery of any failure: a {@link CallControlException}'s own (also found as a cause, e.g. inside a
     * {@code CompletionException}), {@link #UNKNOWN} for anything else -- nobody can tell.
     */
    public static Delivery of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CallControlException c) {
                return c.getDelivery();
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return UNKNOWN;
    }

    /**
     * Fails the exchange with this failure and sets the header {@value #HEADER} to its delivery: what a producer
     * does in its completion callback ({@code Delivery.fail(exchange, error)}).
     */
    public static void fail(org.apache.camel.Exchange exchange, Throwable failure) {
        exchange.setException(failure);
        exchange.getMessage().setHeader(HEADER, of(failure));
    }

    /** {@code sent}: {@code FALSE} for {@link #NOT_SENT}, {@code TRUE} for {@link #REJECTED}, null (unknown) else. */
    public Boolean sent() {
        return switch (this) {
            case NOT_SENT -> Boolean.FALSE;
            case REJECTED -> Boolean.TRUE;
            case UNKNOWN -> null;
        };
    }
}
