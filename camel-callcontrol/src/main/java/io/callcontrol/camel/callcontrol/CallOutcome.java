package io.callcontrol.camel.callcontrol;

/** What became of an originated call. */
public enum CallOutcome {
    /** Not waited for (awaitOutcome=false): the call was accepted by the PBX, its fate is not known yet. */
    PENDING,
    /** The called party answered. */
    ANSWERED,
    /** The called party was busy (SIP 486 / 600). */
    BUSY,
    /** Nobody answered (ring timeout, SIP 408 / 480 / 487). */
    NO_ANSWER,
    /** The called party declined (SIP 603 / 403). */
    REJECTED,
    /** The call failed for another reason. */
    FAILED,
    /** No outcome within outcomeTimeout. */
    TIMEOUT
}
