package io.callcontrol.camel.ucdialogs.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/** Reads a number, or the text {@code "undefined"} (the vendor's "no limit") as null. */
public final class UndefinedAsNullLongDeserializer extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT || p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getLongValue();
        }
        String text = p.getValueAsString();
        if (text == null || text.isBlank() || !text.trim().matches("-?\\d+")) {
            return null;
        }
        return Long.parseLong(text.trim());
    }
}
