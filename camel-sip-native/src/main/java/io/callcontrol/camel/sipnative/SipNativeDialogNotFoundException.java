package io.callcontrol.camel.sipnative;

/** The dialog (or pending call) named by {@code CamelSipNativeDialogId} is not held by the component. */
public class SipNativeDialogNotFoundException extends SipNativeException {

    private static final long serialVersionUID = 1L;

    public SipNativeDialogNotFoundException(String dialogId) {
        super("DIALOG_NOT_FOUND", "No dialog or pending call " + dialogId + " is held by this user agent", 481, null);
    }
}
