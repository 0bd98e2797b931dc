package io.callcontrol.camel.portsip.api;

/**
 * Which party's INVITE receives the {@link AdditionalHeader} ({@code header_direction}; the vendor document's
 * body table of {@code POST /sessions} calls this field {@code additional_header} too, by mistake).
 */
public enum HeaderDirection {
    /** The INVITE sent to the caller. */
    CALLER,
    /** The INVITE sent to the callee. */
    CALLEE,
    /** The INVITEs sent to both parties. */
    ALL
}
