package io.callcontrol.camel.sipx;

/** Operations of the sipX call controller ({@code callcontroller/{callingUser}/{calledUser}}). */
public enum SipxOperation {
    /** POST: initiates a call from the calling to the called user (3PCC with REFER or INVITE). */
    call,
    /** POST with action=transfer and target: transfers an ongoing call started with INVITE. */
    transfer,
    /** GET: the current call state (status lines for REFER calls, dialogs for INVITE calls). Also the consumer. */
    status
}
