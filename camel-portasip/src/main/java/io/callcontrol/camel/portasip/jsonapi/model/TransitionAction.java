package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Action of an auto attendant transition ({@code action} of TransitionInfo). */
public enum TransitionAction implements WireEnum {

    /** {@code Disabled}: No action. */
    DISABLED("Disabled"),
    /** {@code Directory}: Launch the 'Dial Directory' IVR. */
    DIRECTORY("Directory"),
    /** {@code Queue}: Transfer to the call queue specified in target_i_menu. */
    QUEUE("Queue"),
    /** {@code Transfer}: Transfer to the preconfigured number in destination. */
    TRANSFER("Transfer"),
    /** {@code TransferE164}: Transfer to the E.164 number in destination. */
    TRANSFER_E164("TransferE164"),
    /** {@code Voicemail}: Launch voicemail recording. */
    VOICEMAIL("Voicemail"),
    /** {@code Menu}: Go to the auto attendant menu in target_i_menu. */
    MENU("Menu"),
    /** {@code Extension}: Transfer to the extension dialed by the user (menu item first, then the extension). */
    EXTENSION("Extension"),
    /** {@code DISA}: Make a call. */
    DISA("DISA"),
    /** {@code DirectDial}: Transfer to the extension dialed; its first digit is the action digit. Forbidden when the menu has direct_dial_enabled. */
    DIRECT_DIAL("DirectDial"),
    /** {@code DisconnectCall}: Disconnect the call. */
    DISCONNECT_CALL("DisconnectCall");

    private final String wireValue;

    TransitionAction(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static TransitionAction of(String value) {
        return WireEnum.of(TransitionAction.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
