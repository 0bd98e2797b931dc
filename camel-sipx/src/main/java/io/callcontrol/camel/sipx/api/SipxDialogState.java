package io.callcontrol.camel.sipx.api;

import io.callcontrol.core.event.CallState;

/** A JAIN-SIP dialog state as sipX reports it ({@code Early Dialog}, {@code Confirmed Dialog}, ...). */
public enum SipxDialogState {
    EARLY(CallState.RINGING),
    CONFIRMED(CallState.CONNECTED),
    COMPLETED(CallState.TERMINATED),
    TERMINATED(CallState.TERMINATED),
    UNKNOWN(CallState.UNKNOWN);

    private final CallState normalized;

    SipxDialogState(CallState normalized) {
        this.normalized = normalized;
    }

    public CallState normalized() {
        return normalized;
    }

    /** Accepts {@code Early Dialog}, {@code EARLY}, {@code early}, ... */
    public static SipxDialogState parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String first = text.trim().split("\\s+")[0];
        for (SipxDialogState s : values()) {
            if (s.name().equalsIgnoreCase(first)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
