package io.callcontrol.core.event;

/**
 * How a call ended, on its final ({@link CallState#TERMINATED}) event: what the vendor lets us know, or what the
 * {@link CallTracker} saw of the call ({@link #ANSWERED} when it was seen connected). {@link #UNKNOWN} where
 * neither tells (and for calls the tracker ended because they disappeared).
 */
public enum CallOutcome {
    /** The call was answered (connected) before it ended. */
    ANSWERED,
    /** The called party was busy (SIP 486/600). */
    BUSY,
    /** The called party did not answer in time (ring timeout, SIP 480). */
    NO_ANSWER,
    /** The called party (or the PBX) declined the call (SIP 403/603, ...). */
    REJECTED,
    /** The caller gave up before the call was answered (CANCEL, SIP 487). */
    CANCELLED,
    /** The call could not be set up (unreachable, no route, server error). */
    FAILED,
    /** Neither the vendor nor the events seen tell. */
    UNKNOWN;

    /**
     * An outcome from a SIP final response status of a call that was not answered: 486/600 busy, 403/603
     * rejected, 487 cancelled, 480 no answer, other 4xx-6xx (408 unreachable included) failed; null for anything
     * else (2xx, 0, null).
     */
    public static CallOutcome fromSipStatus(Integer status) {
        if (status == null || status < 300) {
            return null;
        }
        return switch (status) {
            case 486, 600 -> BUSY;
            case 403, 603 -> REJECTED;
            case 487 -> CANCELLED;
            case 480 -> NO_ANSWER;
            default -> status >= 400 ? FAILED : null;
        };
    }

    /** {@link #fromSipStatus(Integer)} of a text ("486", " 487 "); null when it is not a number. */
    public static CallOutcome fromSipStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return fromSipStatus(Integer.valueOf(status.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
