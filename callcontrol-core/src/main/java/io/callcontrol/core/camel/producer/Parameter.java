package io.callcontrol.core.camel.producer;

import java.util.function.Function;

/**
 * One request parameter of a component: the row of its parameter table. Per message the value comes from the
 * {@link #header() header}, else a field of a request body ({@link #wireName()} or {@link #name()}), else the
 * endpoint {@link #option() option} (which already defaults to the component's); {@link ParameterValues} resolves,
 * converts and validates a whole table in one pass.
 *
 * @param name     the name the route uses: the endpoint option and body field, named by validation errors
 * @param header   the message header carrying it
 * @param option   reads the endpoint option from the component's configuration (C)
 * @param type     the Java type the value is converted to
 * @param required whether the operation needs it (validation names it when missing)
 * @param wire     where it goes on the wire
 * @param wireName its name on the wire (null: the producer translates it itself)
 * @param <C>      the component's configuration class
 */
public record Parameter<C>(String name, String header, Function<C, ?> option, Class<?> type, boolean required,
                           Wire wire, String wireName) {

    /** Where a parameter goes in the request. */
    public enum Wire {
        /** a segment of the URL path */
        PATH,
        /** a query parameter */
        QUERY,
        /** a field of the request body */
        BODY,
        /** a protocol header (HTTP/SIP) */
        HEADER,
        /** not sent as such: the producer translates it (a scope, a key that picks the path) */
        NONE
    }

    /** An optional parameter the producer translates itself (wire {@link Wire#NONE}). */
    public static <C> Parameter<C> of(String name, String header, Class<?> type, Function<C, ?> option) {
        return new Parameter<>(name, header, option, type, false, Wire.NONE, null);
    }

    /** This parameter, sent at {@code where} as {@code wireName}. */
    public Parameter<C> on(Wire where, String wireName) {
        return new Parameter<>(name, header, option, type, required, where, wireName);
    }

    /** This parameter, required. */
    public Parameter<C> asRequired() {
        return required ? this : new Parameter<>(name, header, option, type, true, wire, wireName);
    }

    /** This parameter, optional. */
    public Parameter<C> asOptional() {
        return required ? new Parameter<>(name, header, option, type, false, wire, wireName) : this;
    }

    /** Whether this is the same parameter as {@code other} (same name), required or not. */
    public boolean is(Parameter<?> other) {
        return other != null && name.equals(other.name);
    }
}
