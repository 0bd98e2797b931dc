package io.callcontrol.camel.portasip.jsonapi.model;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;

/**
 * Boolean flags of the PortaSIP wire: {@code Y}/{@code N} (most flags), {@code yes}/{@code no} (voicemail
 * settings) and {@code Yes}/{@code No} ({@code enable_disa}). Java sees booleans; the serializer writes the form the
 * document gives for the property; the deserializer accepts any of the forms (and {@code 1}/{@code 0},
 * {@code true}/{@code false}).
 */
public final class WireFlags {

    private WireFlags() {
    }

    /** Writes {@code Y} / {@code N}. */
    public static final class YN extends JsonSerializer<Boolean> {
        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value ? "Y" : "N");
        }
    }

    /** Writes {@code yes} / {@code no}. */
    public static final class LowerYesNo extends JsonSerializer<Boolean> {
        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value ? "yes" : "no");
        }
    }

    /** Writes {@code Yes} / {@code No}. */
    public static final class CapitalYesNo extends JsonSerializer<Boolean> {
        @Override
        public void serialize(Boolean value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value ? "Yes" : "No");
        }
    }

    /** Reads Y/N, yes/no, true/false, 1/0 (any case); an empty string is null. */
    public static final class Lenient extends JsonDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                return p.getBooleanValue();
            }
            if (t == JsonToken.VALUE_NUMBER_INT) {
                return p.getIntValue() != 0;
            }
            String s = p.getValueAsString();
            Boolean b = parse(s);
            if (b == null && s != null && !s.isBlank()) {
                return (Boolean) ctxt.handleWeirdStringValue(Boolean.class, s, "expected Y/N or yes/no");
            }
            return b;
        }
    }

    /** Parses Y/N, yes/no, true/false, 1/0 (any case); null for null/blank or anything else. */
    public static Boolean parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "y", "yes", "true", "1" -> Boolean.TRUE;
            case "n", "no", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
