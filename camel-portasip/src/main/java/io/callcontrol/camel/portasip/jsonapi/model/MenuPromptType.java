package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Auto attendant menu prompt type ({@code prompt_type} of set/get_menu_prompt). */
public enum MenuPromptType implements WireEnum {

    /** {@code intro} */
    INTRO("intro"),
    /** {@code menu} */
    MENU("menu"),
    /** {@code disabled} */
    DISABLED("disabled"),
    /** {@code timeout} */
    TIMEOUT("timeout");

    private final String wireValue;

    MenuPromptType(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static MenuPromptType of(String value) {
        return WireEnum.of(MenuPromptType.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
