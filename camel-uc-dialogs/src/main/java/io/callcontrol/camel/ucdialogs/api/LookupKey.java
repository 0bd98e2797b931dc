package io.callcontrol.camel.ucdialogs.api;

/**
 * The search keys of {@code LOOKUP}, in the document's order of priority. REFERREPLACES names its slave dialog
 * with the same keys prefixed {@code slave} ({@code slavecallid}, ...), REFERCONF the dialog leading to the
 * conference with the prefix {@code refer} ({@code referdialogid}, ...).
 * <p>
 * The public extract of the document lost the name column of its tables; the names here are the ones its
 * examples and prose show ({@code dialogid}, {@code callid}, {@code inviteid}, {@code referdialogid},
 * {@code slavedialogid}) and the natural names of the others ({@code uri}, {@code username} with
 * {@code domain}, {@code sipuserid}, {@code sipuserlogin}, {@code sipuserphone}). A request body Map is sent as
 * given, so another name can always be used.
 */
public enum LookupKey {
    /** Runtime dialog id ({@code rDlg-...}). */
    dialogid,
    /** Globally unique id of the call leading to the dialog. */
    inviteid,
    /** Call-Id of any leg. */
    callid,
    /** A SIP URI of a party ({@code sip:user@domain}). */
    uri,
    /** Phone number or SIP user login as the user part of a party's URI (with an optional {@code domain}). */
    username,
    /** Account id of a SIP user. */
    sipuserid,
    /** Account login of a SIP user. */
    sipuserlogin,
    /** Phone number of a SIP user account. */
    sipuserphone
}
