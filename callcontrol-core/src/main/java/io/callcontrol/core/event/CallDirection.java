package io.callcontrol.core.event;

/** Direction of a call as seen from the PBX user (or agent) the event is about. */
public enum CallDirection {
    INBOUND,
    OUTBOUND,
    INTERNAL,
    UNKNOWN
}
