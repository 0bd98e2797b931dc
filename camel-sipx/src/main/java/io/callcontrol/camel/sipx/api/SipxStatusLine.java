package io.callcontrol.camel.sipx.api;

import java.time.Instant;

/**
 * One {@code <status>} of a REFER call's {@code <status-lines>}: a NOTIFY body the calling party received.
 *
 * @param timestamp  milliseconds since the epoch, as sent
 * @param callId     SIP Call-ID of the call the status is about
 * @param method     SIP method the status answers (INVITE)
 * @param statusLine the SIP status line, e.g. {@code SIP/2.0 180 Ringing}
 */
public record SipxStatusLine(long timestamp, String callId, String method, String statusLine) {

    /** The SIP status code of the line (180), or -1 when the line is not a SIP status line. */
    public int statusCode() {
        if (statusLine == null) {
            return -1;
        }
        String[] parts = statusLine.trim().split("\\s+", 3);
        if (parts.length < 2) {
            return -1;
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The reason phrase ({@code Ringing}), or null. */
    public String reasonPhrase() {
        if (statusLine == null) {
            return null;
        }
        String[] parts = statusLine.trim().split("\\s+", 3);
        return parts.length == 3 ? parts[2] : null;
    }

    public Instant time() {
        return Instant.ofEpochMilli(timestamp);
    }
}
