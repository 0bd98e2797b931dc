package io.callcontrol.core.error;

/**
 * The connection to the vendor could not be made, or dropped while the request was outstanding.
 * {@link #getDelivery()} tells the two apart: {@link Delivery#NOT_SENT} when the request never left the client
 * (connection refused, TLS handshake failed, socket not open, not logged in), {@link Delivery#UNKNOWN} when it was
 * written and the connection dropped before the answer (the PBX may have acted on it).
 */
public class CallControlConnectionException extends CallControlException {

    private static final long serialVersionUID = 1L;

    /** A connection failure whose delivery is unknown (the conservative default: the request may have gone out). */
    public CallControlConnectionException(String vendor, String message, Throwable cause) {
        this(vendor, message, cause, Delivery.UNKNOWN);
    }

    public CallControlConnectionException(String vendor, String message, Throwable cause, Delivery delivery) {
        super(vendor, "CONNECTION", message, 0, null, null, cause);
        withDelivery(delivery == null ? Delivery.UNKNOWN : delivery);
    }
}
