package io.callcontrol.camel.sipx;

/** How the component authenticates to sipX. */
public enum SipxAuthMethod {
    /** No credentials (requests from the sipX trusted domain). */
    none,
    /** Preemptive HTTP Basic: the call controller's HTTPS port 6666. */
    basic,
    /** HTTP Digest (RFC 7616, challenge/response): HTTP port 6667 and the sipxconfig redirector. */
    digest
}
