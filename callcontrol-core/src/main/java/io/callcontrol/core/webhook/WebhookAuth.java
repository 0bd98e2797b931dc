package io.callcontrol.core.webhook;

/** How the sender of a webhook proves who it is. */
public enum WebhookAuth {
    /** No check (only behind a trusted network boundary). */
    NONE,
    /** {@code Authorization: Bearer <token>}. */
    BEARER,
    /** {@code Authorization: Basic ...}. */
    BASIC,
    /** A hex HMAC of the raw body in a header, keyed with a shared secret. */
    HMAC
}
