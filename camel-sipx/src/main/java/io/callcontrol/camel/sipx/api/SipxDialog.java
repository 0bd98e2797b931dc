package io.callcontrol.camel.sipx.api;

/**
 * One {@code <dialog>} of an INVITE call's {@code <dialogs>}.
 *
 * @param dialogId    the SIP dialog id (Call-ID and tags)
 * @param localParty  local party URI (sipX)
 * @param remoteParty remote party URI (the calling or called user)
 * @param dialogState the state as sent, e.g. {@code Confirmed Dialog}
 */
public record SipxDialog(String dialogId, String localParty, String remoteParty, String dialogState) {

    public SipxDialogState state() {
        return SipxDialogState.parse(dialogState);
    }
}
