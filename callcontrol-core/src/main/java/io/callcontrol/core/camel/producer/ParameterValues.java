package io.callcontrol.core.camel.producer;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import org.apache.camel.Exchange;

/**
 * The values of one request, resolved from a parameter table in one pass: per {@link Parameter}, the header, else
 * the body field (its wire name, else its name), else the endpoint option -- blank counts as absent -- converted to
 * the parameter's type. Every missing required value and every value of a wrong type is added to the
 * {@link Validation} given (it is not thrown here: the producer adds its own checks, then calls
 * {@link Validation#check()} once, before anything is sent).
 */
public final class ParameterValues {

    private final Map<String, Object> byName = new LinkedHashMap<>();
    private final Map<String, Parameter<?>> parameters = new LinkedHashMap<>();

    private ParameterValues() {
    }

    /**
     * Resolves {@code table} for this exchange.
     *
     * @param body   the request body's fields (a Map by wire or option name), or null
     * @param config the endpoint's configuration the options are read from
     */
    public static <C> ParameterValues resolve(Exchange exchange, Validation v, Collection<Parameter<C>> table,
                                              Map<?, ?> body, C config) {
        ParameterValues values = new ParameterValues();
        for (Parameter<C> p : table) {
            values.parameters.put(p.name(), p);
            Object raw = present(exchange.getMessage().getHeader(p.header()));
            if (raw == null && body != null) {
                raw = p.wireName() != null ? present(body.get(p.wireName())) : null;
                if (raw == null) {
                    raw = present(body.get(p.name()));
                }
            }
            if (raw == null && p.option() != null) {
                raw = present(p.option().apply(config));
            }
            Object value = convert(exchange, p, raw, v);
            if (value == INVALID) {
                continue;
            }
            if (p.required()) {
                v.require(p.name(), value);
            }
            if (value != null) {
                values.byName.put(p.name(), value);
            }
        }
        return values;
    }

    /** Marks a value already named as invalid. */
    private static final Object INVALID = new Object();

    private static Object present(Object o) {
        return o == null || o instanceof CharSequence s && s.toString().isBlank() ? null : o;
    }

    private static Object convert(Exchange exchange, Parameter<?> p, Object raw, Validation v) {
        Class<?> type = p.type();
        if (raw == null || type.isInstance(raw)) {
            return raw;
        }
        String text = raw.toString().trim();
        if (type == Boolean.class) {
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.valueOf(text);
            }
            v.check(p.name(), false, "must be true or false (was '" + raw + "')");
            return INVALID;
        }
        if (type.isEnum()) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
                    return c;
                }
            }
            v.check(p.name(), false, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) + " (was '" + raw + "')");
            return INVALID;
        }
        if (type == Integer.class || type == Long.class) {
            try {
                long l = Long.parseLong(text);
                if (type == Integer.class) {
                    if (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE) {
                        throw new NumberFormatException(text);
                    }
                    return (int) l;
                }
                return l;
            } catch (NumberFormatException e) {
                v.check(p.name(), false, "must be a whole number (was '" + raw + "')");
                return INVALID;
            }
        }
        if (type == String.class) {
            return raw.toString();
        }
        Object converted = exchange.getContext().getTypeConverter().tryConvertTo(type, exchange, raw);
        if (converted == null) {
            v.check(p.name(), false, "must be a " + type.getSimpleName() + " (was '" + raw + "')");
            return INVALID;
        }
        return converted;
    }

    /**
     * The fields of a request body by name: a Map's entries, the properties of one of the given request records
     * (Jackson-mapped), else null (other bodies carry no parameters).
     */
    public static Map<String, Object> fields(Object body, Class<?>... requestTypes) {
        if (body instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return out;
        }
        for (Class<?> t : requestTypes) {
            if (t.isInstance(body)) {
                return Json.MAPPER.convertValue(body, new TypeReference<LinkedHashMap<String, Object>>() { });
            }
        }
        return null;
    }

    /** The value of a parameter (by its name), null when absent or invalid. */
    public Object get(Parameter<?> p) {
        return byName.get(p.name());
    }

    /** The value as a String, null when absent. */
    public String string(Parameter<?> p) {
        Object o = get(p);
        return o == null ? null : o.toString();
    }

    /** Sets (or with null removes) a value the producer derived itself. */
    public ParameterValues put(Parameter<?> p, Object value) {
        parameters.putIfAbsent(p.name(), p);
        if (value == null) {
            byName.remove(p.name());
        } else {
            byName.put(p.name(), value);
        }
        return this;
    }

    /** The present values going to {@code where}, by wire name, in table order. */
    public Map<String, Object> on(Parameter.Wire where) {
        Map<String, Object> out = new LinkedHashMap<>();
        byName.forEach((name, value) -> {
            Parameter<?> p = parameters.get(name);
            if (p.wire() == where && p.wireName() != null) {
                out.put(p.wireName(), value);
            }
        });
        return out;
    }

    /** Every present value that has a wire name, by wire name, in table order. */
    public Map<String, Object> byWireName() {
        Map<String, Object> out = new LinkedHashMap<>();
        byName.forEach((name, value) -> {
            Parameter<?> p = parameters.get(name);
            if (p.wireName() != null) {
                out.put(p.wireName(), value);
            }
        });
        return out;
    }
}
