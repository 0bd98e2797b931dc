package io.callcontrol.camel.callcontrol;

/**
 * The vendor-neutral operations of {@code callcontrol:operation}. Each maps to one operation of each vendor
 * component that can do it (see {@link VendorMappings}); {@link #events} is the consumer.
 */
public enum CallControlOperation {
    /** Start a call from caller to callee; answers the call id at once, optionally waits for the outcome. */
    originate,
    /** End the call. */
    hangup,
    /** Put the call on hold. */
    hold,
    /** Resume a held call. */
    unhold,
    /** Transfer the call to target without consultation. */
    blind_transfer,
    /** Connect the other parties of two calls (callId and otherCallId). */
    attended_transfer,
    /** Send DTMF digits into the call. */
    send_dtmf,
    /** Start recording the call. */
    start_recording,
    /** Stop recording the call. */
    stop_recording,
    /** The PBX's current calls. */
    list_calls,
    /** Consumer: the normalized call events of the PBX. */
    events;

    public boolean isProducer() {
        return this != events;
    }
}
