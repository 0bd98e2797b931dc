package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Format for received faxes ({@code fax_file} of VMSettings). */
public enum FaxFormat implements WireEnum {

    /** {@code multi_png} */
    MULTI_PNG("multi_png"),
    /** {@code multi_tiff} */
    MULTI_TIFF("multi_tiff"),
    /** {@code pdf} */
    PDF("pdf"),
    /** {@code tiff} */
    TIFF("tiff");

    private final String wireValue;

    FaxFormat(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Reads the wire value (or the constant name), ignoring case. */
    @JsonCreator
    public static FaxFormat of(String value) {
        return WireEnum.of(FaxFormat.class, value);
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
