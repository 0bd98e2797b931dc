package io.callcontrol.core.error;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects missing or invalid parameters of one request and throws one
 * {@link CallControlValidationException} naming all of them, before anything is sent.
 *
 * <pre>
 * Validation.of("portsip", "initiate").require("caller", caller).require("callee", callee).check();
 * </pre>
 */
public final class Validation {

    private final String vendor;
    private final String operation;
    private final List<String> missing = new ArrayList<>();
    private final List<String> invalid = new ArrayList<>();
    private final List<String> invalidNames = new ArrayList<>();

    private Validation(String vendor, String operation) {
        this.vendor = vendor;
        this.operation = operation;
    }

    public static Validation of(String vendor, String operation) {
        return new Validation(vendor, operation);
    }

    /** The value must be present: not null, and not blank when a String / empty when a collection or map. */
    public Validation require(String name, Object value) {
        if (isMissing(value)) {
            missing.add(name);
        }
        return this;
    }

    /** Reports {@code name} as invalid with the reason when {@code condition} is false. */
    public Validation check(String name, boolean condition, String reason) {
        if (!condition) {
            invalidNames.add(name);
            invalid.add(name + " " + reason);
        }
        return this;
    }

    /** At least one of the named values must be present. */
    public Validation requireOneOf(Map<String, Object> values) {
        boolean any = values.values().stream().anyMatch(v -> !isMissing(v));
        if (!any) {
            missing.add(String.join(" or ", values.keySet()));
        }
        return this;
    }

    public static boolean isMissing(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof CharSequence cs) {
            return cs.toString().isBlank();
        }
        if (value instanceof java.util.Collection<?> c) {
            return c.isEmpty();
        }
        if (value instanceof Map<?, ?> m) {
            return m.isEmpty();
        }
        return false;
    }

    /** Throws when anything was missing or invalid. */
    public void check() {
        if (missing.isEmpty() && invalid.isEmpty()) {
            return;
        }
        List<String> names = new ArrayList<>(missing);
        names.addAll(invalidNames);
        StringBuilder sb = new StringBuilder();
        sb.append("Invalid ").append(vendor).append(" ").append(operation).append(" request: ");
        if (!missing.isEmpty()) {
            sb.append("missing required parameter").append(missing.size() > 1 ? "s " : " ")
                    .append(String.join(", ", missing));
        }
        if (!invalid.isEmpty()) {
            if (!missing.isEmpty()) {
                sb.append("; ");
            }
            sb.append(String.join("; ", invalid));
        }
        throw new CallControlValidationException(vendor, names, sb.toString());
    }
}
