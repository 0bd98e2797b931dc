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
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
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

    /**
     * Sets body, normalized headers and PortaSIP headers for a SIPCallInfo.
     *
     * @param idBasis the raw vendor JSON of the event (its content makes the stable event id)
     */
    static void applyCallInfo(Message m, SipCallInfo info, String notificationType, String idBasis) {
        String eventType = info.event() != null ? info.event().wire() : notificationType;
        Instant ended = time(info.terminateTime());
        CallEvent event = CallEvent.builder(PortasipException.VENDOR)
                .eventId(CallEvent.stableId(PortasipException.VENDOR, notificationType, idBasis))
                .eventType(eventType)
                .callId(info.call() == null ? null : info.call().id())
                .trackingId(info.trackingId())
                .state(state(info.state()))
                .vendorState(info.state() == null ? null : info.state().wire())
                .direction(info.type() == SipCallType.OUTGOING ? CallDirection.OUTBOUND
                        : info.type() == SipCallType.INCOMING ? CallDirection.INBOUND : CallDirection.UNKNOWN)
                .caller(info.caller() == null ? null : info.caller().number())
                .callee(info.callee() == null ? null : info.callee().number())
                .occurredAt(ended != null ? ended : Instant.now())
                .startedAt(time(info.startTime()))
                .connectedAt(time(info.connectTime()))
                .endedAt(ended)
                .reason(info.reason())
                .raw(info)
                .build();
        m.setBody(info);
        CallEventHeaders.apply(m, event);
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

    static void applyConference(Message m, ConferenceInfoNotification info, String idBasis) {
        CallEvent event = CallEvent.builder(PortasipException.VENDOR)
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
        m.setBody(info);
        CallEventHeaders.apply(m, event);
        m.setHeader(PortasipConstants.NOTIFICATION_TYPE, "conference_info");
        if (info.trackingId() != null) {
            m.setHeader(PortasipConstants.TRACKING_ID, info.trackingId());
        }
    }

    static void applyParticipant(Message m, ParticipantInfoNotification info, String idBasis) {
        boolean left = info.leaveTime() != null;
        CallEvent event = CallEvent.builder(PortasipException.VENDOR)
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
        m.setBody(info);
        CallEventHeaders.apply(m, event);
        m.setHeader(PortasipConstants.NOTIFICATION_TYPE, "participant_info");
        if (info.trackingId() != null) {
            m.setHeader(PortasipConstants.TRACKING_ID, info.trackingId());
        }
    }
}
