package io.callcontrol.camel.callcontrol;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallState;

/**
 * Derives an originated call's outcome from the suite's normalized events (and SIP status codes): the outcome the
 * vendor component put on the final event when it tells one, else the event's type, state, reason and cause.
 */
final class OutcomeClassifier {

    private static final Pattern SIP_CODE = Pattern.compile("(?<![0-9])([3-6][0-9]{2})(?![0-9])");

    private OutcomeClassifier() {
    }

    /** The outcome an event decides, or null when the call is still being set up. */
    static CallOutcome of(CallEvent e) {
        if (e.state() == CallState.CONNECTED) {
            return CallOutcome.ANSWERED;
        }
        if (e.state() != CallState.TERMINATED) {
            return null;
        }
        CallOutcome told = ofVendor(e.outcome());
        if (told != null) {
            return told;
        }
        return ofTermination(e.eventType(), e.vendorState(), e.reason(), e.cause());
    }

    /**
     * The outcome the vendor component put on a final event (its mapping of the vendor's cause), or null when it
     * tells nothing ({@code UNKNOWN}, null): then the event's words and codes decide. A cancelled call counts as not
     * answered (SIP 487).
     */
    static CallOutcome ofVendor(io.callcontrol.core.event.CallOutcome o) {
        if (o == null) {
            return null;
        }
        return switch (o) {
            case ANSWERED -> CallOutcome.ANSWERED;
            case BUSY -> CallOutcome.BUSY;
            case NO_ANSWER, CANCELLED -> CallOutcome.NO_ANSWER;
            case REJECTED -> CallOutcome.REJECTED;
            case FAILED -> CallOutcome.FAILED;
            case UNKNOWN -> null;
        };
    }

    /** A call that ended before it was answered: what the vendor's words and codes say. */
    static CallOutcome ofTermination(String... texts) {
        StringBuilder all = new StringBuilder();
        for (String t : texts) {
            if (t != null) {
                all.append(t.toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        String s = all.toString();
        if (s.contains("busy")) {
            return CallOutcome.BUSY;
        }
        if (s.contains("noanswer") || s.contains("no answer") || s.contains("no-answer") || s.contains("no_answer")
            || s.contains("not answered")) {
            return CallOutcome.NO_ANSWER;
        }
        if (s.contains("reject") || s.contains("declin")) {
            return CallOutcome.REJECTED;
        }
        Matcher m = SIP_CODE.matcher(s);
        if (m.find()) {
            return ofSipStatus(Integer.parseInt(m.group(1)));
        }
        return CallOutcome.FAILED;
    }

    /** The outcome of a final SIP status code. */
    static CallOutcome ofSipStatus(int code) {
        if (code >= 200 && code < 300) {
            return CallOutcome.ANSWERED;
        }
        return switch (code) {
            case 486, 600 -> CallOutcome.BUSY;
            case 408, 480, 487 -> CallOutcome.NO_ANSWER;
            case 403, 603 -> CallOutcome.REJECTED;
            default -> code >= 300 ? CallOutcome.FAILED : null;
        };
    }
}
