package io.callcontrol.camel.portasip.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * PortaSIP Y/N flags: {@code Boolean} on the Java side, {@code "Y"} / {@code "N"} on the wire. Reading also
 * accepts JSON booleans, {@code 1}/{@code 0} and {@code true}/{@code false} strings.
 */
public final class YesNo {

    private YesNo() {
    }

    public static String toWire(Boolean value) {
        return value == null ? null : value ? "Y" : "N";
    }

    public static Boolean fromWire(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "Y", "YES", "TRUE", "1" -> Boolean.TRUE;
            case "N", "NO", "FALSE", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("Not a Y/N flag: " + value);
        };
    }

    /** Writes a Boolean as {@code "Y"} / {@code "N"}. */
    public static final class Serializer extends JsonSerializer<Boolean> {
        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(toWire(value));
        }
    }

    /** Reads {@code "Y"} / {@code "N"} (and boolean-like values) into a Boolean. */
    public static final class Deserializer extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue() != 0;
            }
            try {
                return fromWire(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, p.getValueAsString(), e.getMessage());
            }
        }
    }
}
