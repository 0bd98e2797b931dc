package io.callcontrol.camel.portsip;

import java.time.Instant;
import java.util.Locale;

import io.callcontrol.camel.portsip.api.PortsipEvent;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
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
        CallState state = state(type, reason);
        return CallEvent.builder(PortsipException.VENDOR)
                .eventId(eventId(e))
                .eventType(e.eventType())
                .callId(e.sessionId())
                .trackingId(e.cdrId())
                .state(state)
                .vendorTime(time(e.time()))
                .outcome(state == CallState.TERMINATED ? outcome(type, e, reason) : null)
                .cause(state == CallState.TERMINATED ? blankToNull(e.statusCode()) : null)
                .vendorState("call_cdr".equals(type) && e.callStatus() != null ? e.callStatus() : e.eventType())
                .direction(direction(e.direction()))
                .caller(e.caller())
                .callee(e.callee() != null && !e.callee().isBlank() ? e.callee() : user(e.destination()))
                .occurredAt(time(e.time()))
                .startedAt(time(e.startTime()))
                .connectedAt(time(e.answeredTime()))
                .endedAt(time(e.endedTime()))
                .reason(reason == null || reason.isBlank() || "None".equals(reason) ? null : reason)
                .raw(e)
                .build();
    }

    static CallState state(String type) {
        return state(type, null);
    }

    /**
     * The state of the call (session) an event tells. A target that ends because the call was transferred
     * ({@code cdr_target_end} with ended_reason {@code referred} or {@code replaced}) does not end the call: the
     * remaining party is still connected, the next target follows (UNKNOWN: the call keeps its state).
     */
    static CallState state(String type, String reason) {
        return switch (type) {
            case "call_start", "cdr_target_add" -> CallState.TRYING;
            case "cdr_target_ringing" -> CallState.RINGING;
            case "cdr_target_answer" -> CallState.CONNECTED;
            case "cdr_target_end" -> "referred".equals(reason) || "replaced".equals(reason) ? CallState.UNKNOWN
                    : CallState.TERMINATED;
            case "cdr_target_noanswer", "cdr_target_fail", "call_cdr" -> CallState.TERMINATED;
            default -> CallState.UNKNOWN;
        };
    }

    /**
     * What the final event tells of the outcome: an ended target was answered; a target that did not answer was
     * cancelled by the caller (ended_reason cancelled or SIP 487) or timed out; a failed target's SIP status; the
     * CDR's call_status. Null where it tells nothing (the tracker then decides from what it saw).
     */
    static CallOutcome outcome(String type, PortsipEvent e, String reason) {
        CallOutcome bySip = CallOutcome.fromSipStatus(e.statusCode());
        boolean cancelled = "cancelled".equalsIgnoreCase(reason) || bySip == CallOutcome.CANCELLED;
        return switch (type) {
            case "cdr_target_end" -> CallOutcome.ANSWERED;
            case "cdr_target_noanswer" -> cancelled ? CallOutcome.CANCELLED : CallOutcome.NO_ANSWER;
            case "cdr_target_fail" -> bySip != null ? bySip : CallOutcome.FAILED;
            case "call_cdr" -> {
                String status = e.callStatus() == null ? "" : e.callStatus().toLowerCase(Locale.ROOT);
                if ("answered".equals(status) || time(e.answeredTime()) != null) {
                    yield CallOutcome.ANSWERED;
                }
                if ("noanswer".equals(status)) {
                    yield cancelled ? CallOutcome.CANCELLED : CallOutcome.NO_ANSWER;
                }
                if ("fail".equals(status) || "failed".equals(status)) {
                    yield bySip != null ? bySip : CallOutcome.FAILED;
                }
                if ("busy".equals(status)) {
                    yield CallOutcome.BUSY;
                }
                yield bySip;
            }
            default -> null;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || "0".equals(s.trim()) ? null : s.trim();
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
