package io.callcontrol.camel.ucdialogs;

/**
 * The operations of {@code uc-dialogs:operation}, named after the vendor's verbs. Each maps to one HTTP method
 * on the calls endpoint of the chosen scope ({@code /rest/v1/user/sip/calls} or {@code /rest/v1/uc/calls});
 * the custom verbs go on the wire exactly as the document spells them. {@link #events} is the consumer.
 */
public enum UcDialogsOperation {
    /** {@code GET <base>}: active dialogs (filter, mask, offset, limit, order, flat, countonly). */
    list("GET", false),
    /** {@code POST <base>}: IVR calls X, then transfers X to Y. */
    originate("POST", false),
    /** {@code LOOKUP <base>}: dialog ids matching one search key. */
    lookup("LOOKUP", false),
    /** {@code GET <base>/{dialogid}}: one dialog. */
    get("GET", true),
    /** {@code REFER <base>/{dialogid}}: transfer the opponent of {@code by} to a number. */
    refer("REFER", true),
    /** {@code REFERREPLACES <base>/{dialogid}}: connect the opponents of two dialogs. */
    referreplaces("REFERREPLACES", true),
    /** {@code SWITCHCONF <base>/{dialogid}}: move both parties into a conference. */
    switchconf("SWITCHCONF", true),
    /** {@code REFERCONF <base>/{dialogid}}: transfer the opponent of {@code by} into an existing conference. */
    referconf("REFERCONF", true),
    /** {@code NOTIFY <base>/{dialogid}}: device control event (talk, hold, conference, ...). */
    notify("NOTIFY", true),
    /** {@code SEND_DTMF <base>/{dialogid}}. */
    send_dtmf("SEND_DTMF", true),
    /** {@code SETUP_ASR <base>/{dialogid}}: start/stop stenography of a leg. */
    setup_asr("SETUP_ASR", true),
    /** {@code SETUP_RECORD <base>/{dialogid}}: start/stop a recording channel. */
    setup_record("SETUP_RECORD", true),
    /** {@code SETUP_BINDINGS <base>/{dialogid}}: add/remove/replace labels. */
    setup_bindings("SETUP_BINDINGS", true),
    /** {@code DELETE <base>/{dialogid}}: end the dialog (BYE/CANCEL to everyone). */
    delete("DELETE", true),
    /** Consumer: call events from the WebSocket Token-API. */
    events(null, false);

    private final String verb;
    private final boolean onDialog;

    UcDialogsOperation(String verb, boolean onDialog) {
        this.verb = verb;
        this.onDialog = onDialog;
    }

    /** The HTTP method sent (null for {@link #events}). */
    public String verb() {
        return verb;
    }

    /** Whether the operation addresses one dialog ({@code <base>/{dialogid}}). */
    public boolean onDialog() {
        return onDialog;
    }
}
