package io.callcontrol.camel.portasip;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

import io.callcontrol.camel.portasip.api.ConferenceInfoNotification;
import io.callcontrol.camel.portasip.api.ParticipantInfoNotification;
import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.api.SipCallType;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.event.CallTracker;
import org.apache.camel.Message;

/** Maps PortaSIP call notifications onto the suite's normalized {@link CallEvent} and headers. */
final class PortasipEvents {

    /** PortaSIP date-times, {@code yyyy-MM-dd HH:mm:ss[.SSS]}; taken as UTC (the document names no zone). */
    private static final DateTimeFormatter TS = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd().toFormatter();

    private PortasipEvents() {
    }

    static CallState state(SipCallState s) {
        if (s == null) {
            return CallState.UNKNOWN;
        }
        return switch (s) {
            case TRYING -> CallState.TRYING;
            case RINGING -> CallState.RINGING;
            case EARLY -> CallState.EARLY;
            case CONNECTED, STARTED -> CallState.CONNECTED;
            case HELD -> CallState.HELD;
            case HOLDING -> CallState.HOLDING;
            case QUEUED -> CallState.QUEUED;
            case DEQUEUED -> CallState.DEQUEUED;
            case TERMINATED -> CallState.TERMINATED;
            default -> CallState.UNKNOWN;
        };
    }

    static Instant time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim(), TS).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The tracker key of a call dialog: PortaSIP states belong to a leg (call id and tag) of the call. */
    static String legKey(SipCallInfo info) {
        return info.call() == null ? null : info.call().id() + "|" + info.call().tag();
    }

    /**
     * The normalized event of a SIPCallInfo. The vendor time is the terminate_time of a terminated dialog and the
     * start_time of one being set up; connected, held and holding dialogs carry a connect_time (the time the call
     * was connected or put on hold), kept as connectedAt only, so a dialog moving between them is ordered by
     * arrival.
     *
     * @param idBasis the raw vendor JSON of the event (its content makes the stable event id)
     */
    static CallEvent callInfoEvent(SipCallInfo info, String notificationType, String idBasis) {
        String eventType = info.event() != null ? info.event().wire() : notificationType;
        CallState state = state(info.state());
        Instant ended = time(info.terminateTime());
        Instant started = time(info.startTime());
        Instant vendorTime = state == CallState.TERMINATED ? ended
                : CallTracker.level(state) >= 0 && CallTracker.level(state) < 4 ? started : null;
        return CallEvent.builder(PortasipException.VENDOR)
                .eventId(CallEvent.stableId(PortasipException.VENDOR, notificationType, idBasis))
                .eventType(eventType)
                .callId(info.call() == null ? null : info.call().id())
                .trackingId(info.trackingId())
                .state(state)
                .vendorState(info.state() == null ? null : info.state().wire())
                .direction(info.type() == SipCallType.OUTGOING ? CallDirection.OUTBOUND
                        : info.type() == SipCallType.INCOMING ? CallDirection.INBOUND : CallDirection.UNKNOWN)
                .caller(info.caller() == null ? null : info.caller().number())
                .callee(info.callee() == null ? null : info.callee().number())
                .vendorTime(vendorTime)
                .startedAt(started)
                .connectedAt(time(info.connectTime()))
                .endedAt(ended)
                .reason(info.reason())
                .outcome(state == CallState.TERMINATED ? outcome(info) : null)
                .cause(state == CallState.TERMINATED && info.reasonCode() != null ? String.valueOf(info.reasonCode()) : null)
                .raw(info)
                .build();
    }

    /**
     * The outcome a terminated SIPCallInfo tells: answered when it has a connect_time; else from its reason_code
     * (a SIP status) or the words of its reason (busy, cancel, no answer / timeout, reject / decline, fail);
     * null when it tells nothing (the tracker then uses what it saw of the dialog: ANSWERED or UNKNOWN).
     */
    static CallOutcome outcome(SipCallInfo info) {
        if (time(info.connectTime()) != null) {
            return CallOutcome.ANSWERED;
        }
        CallOutcome bySip = CallOutcome.fromSipStatus(info.reasonCode());
        if (bySip != null) {
            return bySip;
        }
        String r = info.reason() == null ? "" : info.reason().toLowerCase(java.util.Locale.ROOT);
        if (r.contains("busy")) {
            return CallOutcome.BUSY;
        }
        if (r.contains("cancel")) {
            return CallOutcome.CANCELLED;
        }
        if (r.contains("no answer") || r.contains("noanswer") || r.contains("timeout")) {
            return CallOutcome.NO_ANSWER;
        }
        if (r.contains("reject") || r.contains("decline")) {
            return CallOutcome.REJECTED;
        }
        if (r.contains("fail") || r.contains("unavailable") || r.contains("not found")) {
            return CallOutcome.FAILED;
        }
        return null;
    }

    /** Body and PortaSIP headers of a SIPCallInfo exchange (the normalized headers are set by the event path). */
    static void callInfoHeaders(Message m, SipCallInfo info, String notificationType) {
        m.setBody(info);
        m.setHeader(PortasipConstants.NOTIFICATION_TYPE, notificationType);
        if (info.call() != null && info.call().tag() != null) {
            m.setHeader(PortasipConstants.CALL_TAG, info.call().tag());
        }
        if (info.trackingId() != null) {
            m.setHeader(PortasipConstants.TRACKING_ID, info.trackingId());
        }
        if (info.event() != null) {
            m.setHeader(PortasipConstants.IVR_EVENT, info.event().wire());
        }
        if (info.digit() != null) {
            m.setHeader(PortasipConstants.DIGIT, info.digit());
        }
        if (info.order() != null) {
            m.setHeader(PortasipConstants.ORDER, info.order());
        }
    }

    /**
     * The de-duplication key of a state callback, from its body: call id, tag, state and the state's times (and the
     * IVR fields): a PortaSIP retry of the same POST has the same key, a real change of the call has another.
     */
    static String callbackKey(SipCallInfo info) {
        return CallEvent.stableId(PortasipException.VENDOR, "state_callback",
                info.call() == null ? null : info.call().id(), info.call() == null ? null : info.call().tag(),
                info.state() == null ? null : info.state().wire(), info.startTime(), info.connectTime(),
                info.terminateTime(), info.event() == null ? null : info.event().wire(), info.digit(),
                info.order() == null ? null : String.valueOf(info.order()));
    }

    static CallEvent conferenceEvent(ConferenceInfoNotification info, String idBasis) {
        return CallEvent.builder(PortasipException.VENDOR)
                .eventId(CallEvent.stableId(PortasipException.VENDOR, "conference_info", idBasis))
                .eventType("conference_info")
                .callId(info.call() == null ? null : info.call().id())
                .trackingId(info.trackingId())
                .state(state(info.status()))
                .vendorState(info.status() == null ? null : info.status().wire())
                .caller(info.conferenceOwnerId())
                .callee(info.conferenceName())
                .startedAt(time(info.startTime()))
                .raw(info)
                .build();
    }

    static void conferenceHeaders(Message m, ConferenceInfoNotification info) {
        m.setBody(info);
        m.setHeader(PortasipConstants.NOTIFICATION_TYPE, "conference_info");
        if (info.trackingId() != null) {
            m.setHeader(PortasipConstants.TRACKING_ID, info.trackingId());
        }
    }

    static CallEvent participantEvent(ParticipantInfoNotification info, String idBasis) {
        boolean left = info.leaveTime() != null;
        return CallEvent.builder(PortasipException.VENDOR)
                .eventId(CallEvent.stableId(PortasipException.VENDOR, "participant_info", idBasis))
                .eventType("participant_info")
                .callId(info.call() == null ? null : info.call().id())
                .trackingId(info.trackingId())
                .state(left ? CallState.TERMINATED : Boolean.TRUE.equals(info.hold()) ? CallState.HELD : CallState.CONNECTED)
                .caller(info.conferenceOwnerId())
                .callee(info.conferenceName())
                .connectedAt(time(info.joinTime()))
                .endedAt(time(info.leaveTime()))
                .raw(info)
                .build();
    }

    static void participantHeaders(Message m, ParticipantInfoNotification info) {
        m.setBody(info);
        m.setHeader(PortasipConstants.NOTIFICATION_TYPE, "participant_info");
        if (info.trackingId() != null) {
            m.setHeader(PortasipConstants.TRACKING_ID, info.trackingId());
        }
    }
}
