package io.callcontrol.core.ws;

/** State of a long-lived vendor connection. */
public enum ConnectionState {
    /** Created, not started. */
    NEW,
    /** A connect (or reconnect) attempt is under way. */
    CONNECTING,
    /** Connected and the session is ready (logged in, subscriptions restored). */
    CONNECTED,
    /** Dropped; a reconnect is scheduled (unless attempts are exhausted). */
    DISCONNECTED,
    /** Reconnect attempts exhausted; needs a restart. */
    FAILED,
    /** Stopped by the application. */
    STOPPED
}
