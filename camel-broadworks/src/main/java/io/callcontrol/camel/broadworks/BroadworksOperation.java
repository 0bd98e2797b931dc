package io.callcontrol.camel.broadworks;

/**
 * The call-service operations. Names follow the vendor document (snake_case); the modify operations carry the
 * document's {@code action} value.
 */
public enum BroadworksOperation {
    /** POST .../calls/ with phoneNumber: Click-to-Dial call from the user's phone. */
    call(null),
    /** GET .../calls/ (includeDetails). */
    list_calls(null),
    /** GET .../calls/{callId}/ */
    get_call(null),
    hold("hold"),
    reconnect("reconnect"),
    blind_transfer("blindTransfer"),
    consultative_transfer("consultativeTransfer"),
    start_recording("startRecording"),
    pause_recording("pauseRecording"),
    resume_recording("resumeRecording"),
    stop_recording("stopRecording"),
    /** DELETE .../calls/{callId}/ */
    release(null),
    /** POST .../calls/retrieve/ */
    retrieve(null),
    /** POST .../calls/imrn/ with phoneNumber and callingPhoneNumber. */
    create_imrn(null),
    /** Consumer only: polls the call list and emits call events. */
    calls(null);

    private final String action;

    BroadworksOperation(String action) {
        this.action = action;
    }

    /** The {@code action} of the PUT "Call State Modify" request, or null for other operations. */
    public String action() {
        return action;
    }

    public boolean needsCallId() {
        return action != null || this == get_call || this == release;
    }
}
