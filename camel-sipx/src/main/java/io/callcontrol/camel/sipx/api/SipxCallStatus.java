package io.callcontrol.camel.sipx.api;

import java.util.List;

/**
 * The answer of {@code status}: {@code <status-lines>} for a call started with REFER, {@code <dialogs>} for one
 * started with INVITE.
 *
 * @param kind        which of the two the server answered
 * @param statusLines the status lines (REFER), empty for INVITE calls
 * @param dialogs     the dialogs (INVITE), empty for REFER calls
 * @param xml         the answer as sent
 */
public record SipxCallStatus(Kind kind, List<SipxStatusLine> statusLines, List<SipxDialog> dialogs, String xml) {

    public enum Kind {
        STATUS_LINES,
        DIALOGS
    }

    public SipxCallStatus {
        statusLines = statusLines == null ? List.of() : List.copyOf(statusLines);
        dialogs = dialogs == null ? List.of() : List.copyOf(dialogs);
    }

    /** The last status line, or null. */
    public SipxStatusLine lastStatusLine() {
        return statusLines.isEmpty() ? null : statusLines.get(statusLines.size() - 1);
    }
}
