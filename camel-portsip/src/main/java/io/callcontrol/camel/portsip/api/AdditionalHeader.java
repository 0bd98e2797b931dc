package io.callcontrol.camel.portsip.api;

/** The SIP header PortSIP adds to the INVITE of a call started through the API ({@code additional_header}). */
public enum AdditionalHeader {
    /** Adds the {@code Answer-Mode} header (RFC 5373). */
    ANSWER_MODE,
    /** Adds {@code Call-Info} with {@code answer-after=0}. */
    CALL_INFO,
    /** Adds {@code Alert-Info} with {@code info=alert-autoanswer;delay=0}. */
    ALERT_INFO_AUTO_ANSWER_DELAY0,
    /** Adds {@code Alert-Info} with {@code info=Auto Answer}. */
    ALERT_INFO_AUTO_ANSWER,
    /** Adds {@code Alert-Info} with {@code info=intercom}. */
    ALERT_INFO_INTERCOM
}
