package io.callcontrol.examples.portsip;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.callcontrol.camel.portsip.api.PortsipSession;
import io.callcontrol.camel.portsip.api.SessionList;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import org.apache.camel.Message;

/**
 * The PBX's current sessions as call events (event type {@code snapshot}), for the times events may have been lost:
 * the gap exchange after the WSI socket reconnected, and the moment this instance became the leader (the events sent
 * while no instance led went nowhere). A session's state is what the PBX says now; a connected call seen only here
 * is then handled like one whose {@code CONNECTED} event came.
 */
public final class PortsipSnapshot {

    private PortsipSnapshot() {
    }

    /** The sessions of a {@code list_sessions} answer (a list) or of a gap exchange (a SessionList, or nothing). */
    public static List<PortsipSession> sessions(Object body) {
        if (body instanceof SessionList list) {
            return list.items();
        }
        if (body instanceof List<?> list) {
            return list.stream().filter(PortsipSession.class::isInstance).map(PortsipSession.class::cast).toList();
        }
        return List.of();
    }

    /** Sets the normalized headers of the session's snapshot event on the message (as the consumer does). */
    public static void toEvent(PortsipSession s, Message message) {
        CallEvent e = new CallEvent(null, "portsip", "snapshot", s.id(), s.callId(), state(s.status()), s.status(),
                direction(s.direction()), s.caller(), s.callee(), Instant.now(), null, null, null,
                "snapshot of the PBX's sessions", s);
        message.setBody(s);
        message.setHeader(CallEventHeaders.EVENT, e);
        message.setHeader(CallEventHeaders.EVENT_ID, e.eventId());
        message.setHeader(CallEventHeaders.EVENT_TYPE, e.eventType());
        message.setHeader(CallEventHeaders.VENDOR, e.vendor());
        message.setHeader(CallEventHeaders.CALL_ID, e.callId());
        message.setHeader(CallEventHeaders.STATE, e.state());
        message.setHeader(CallEventHeaders.VENDOR_STATE, e.vendorState());
        message.setHeader(CallEventHeaders.DIRECTION, e.direction());
        message.setHeader(CallEventHeaders.CALLER, e.caller());
        message.setHeader(CallEventHeaders.CALLEE, e.callee());
        message.setHeader(CallEventHeaders.OCCURRED_AT, e.occurredAt());
    }

    static CallState state(String status) {
        String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
        if (s.contains("connect") || s.contains("answer") || s.contains("talk")) {
            return CallState.CONNECTED;
        }
        if (s.contains("ring") || s.contains("alert")) {
            return CallState.RINGING;
        }
        if (s.contains("try") || s.contains("calling") || s.contains("init")) {
            return CallState.TRYING;
        }
        return CallState.UNKNOWN;
    }

    static CallDirection direction(String direction) {
        String d = direction == null ? "" : direction.toLowerCase(Locale.ROOT);
        if (d.startsWith("in")) {
            return CallDirection.INBOUND;
        }
        if (d.startsWith("out")) {
            return CallDirection.OUTBOUND;
        }
        return CallDirection.UNKNOWN;
    }
}
