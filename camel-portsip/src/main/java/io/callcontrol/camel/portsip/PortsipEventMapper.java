package io.callcontrol.camel.portsip;

import java.time.Instant;
import java.util.Locale;

import io.callcontrol.camel.portsip.api.PortsipEvent;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallState;

/** Maps a PortSIP webhook event to the suite's normalized {@link CallEvent}. */
final class PortsipEventMapper {

    private PortsipEventMapper() {
    }

    /** The event's stable id: its UUID, or a name-based UUID over the fields that identify it. */
    static String eventId(PortsipEvent e) {
        if (e.uuid() != null && !e.uuid().isBlank()) {
            return e.uuid();
        }
        return CallEvent.stableId(PortsipException.VENDOR, e.eventType(), e.sessionId(), e.cdrId(), e.time(),
                e.destination(), e.callStatus(), e.endedReason());
    }

    static CallEvent toCallEvent(PortsipEvent e) {
        String type = e.eventType() == null ? "" : e.eventType().toLowerCase(Locale.ROOT);
        String reason = e.endedReason();
        if ((reason == null || reason.isBlank() || "None".equals(reason)) && "cdr_target_fail".equals(type)) {
            reason = e.statusCode();
        }
        return CallEvent.builder(PortsipException.VENDOR)
                .eventId(eventId(e))
                .eventType(e.eventType())
                .callId(e.sessionId())
                .trackingId(e.cdrId())
                .state(state(type))
                .vendorState("call_cdr".equals(type) && e.callStatus() != null ? e.callStatus() : e.eventType())
                .direction(direction(e.direction()))
                .caller(e.caller())
                .callee(e.callee() != null && !e.callee().isBlank() ? e.callee() : user(e.destination()))
                .occurredAt(time(e.time()))
                .startedAt(time(e.startTime()))
                .connectedAt(time(e.answeredTime()))
                .endedAt(time(e.endedTime()))
                .reason(reason == null || reason.isBlank() ? null : reason)
                .raw(e)
                .build();
    }

    static CallState state(String type) {
        return switch (type) {
            case "call_start", "cdr_target_add" -> CallState.TRYING;
            case "cdr_target_ringing" -> CallState.RINGING;
            case "cdr_target_answer" -> CallState.CONNECTED;
            case "cdr_target_noanswer", "cdr_target_fail", "cdr_target_end", "call_cdr" -> CallState.TERMINATED;
            default -> CallState.UNKNOWN;
        };
    }

    static CallDirection direction(String d) {
        if (d == null) {
            return CallDirection.UNKNOWN;
        }
        return switch (d.toLowerCase(Locale.ROOT)) {
            case "ext" -> CallDirection.INTERNAL;
            case "in", "in2out" -> CallDirection.INBOUND;
            case "out" -> CallDirection.OUTBOUND;
            default -> CallDirection.UNKNOWN;
        };
    }

    /** Unix seconds (PortSIP sends them as strings; "0" means never), else null. */
    static Instant time(String unix) {
        if (unix == null || unix.isBlank()) {
            return null;
        }
        try {
            long s = Long.parseLong(unix.trim());
            return s <= 0 ? null : Instant.ofEpochSecond(s);
        } catch (NumberFormatException ex) {
            try {
                return Instant.parse(unix.trim());
            } catch (RuntimeException ignored) {
                return null;
            }
        }
    }

    /** The user part of {@code sip:102@192.168.0.18:5066}, else the value itself. */
    static String user(String destination) {
        if (destination == null || destination.isBlank()) {
            return null;
        }
        String d = destination.startsWith("sip:") || destination.startsWith("sips:")
                ? destination.substring(destination.indexOf(':') + 1) : destination;
        int at = d.indexOf('@');
        return at > 0 ? d.substring(0, at) : d;
    }
}
