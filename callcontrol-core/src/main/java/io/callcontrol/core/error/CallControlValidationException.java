package io.callcontrol.core.error;

import java.util.List;

/**
 * Invalid input detected before anything was sent: names the parameter(s) that are missing or wrong.
 */
public class CallControlValidationException extends CallControlException {

    private static final long serialVersionUID = 1L;

    private final List<String> parameters;

    public CallControlValidationException(String vendor, List<String> parameters, String message) {
        super(vendor, "INVALID_INPUT", message, 0, null, null, null);
        this.parameters = List.copyOf(parameters);
    }

    public CallControlValidationException(String vendor, String parameter, String message) {
        this(vendor, List.of(parameter), message);
    }

    /** The parameters that are missing or invalid, by the name the route uses (option / header / field). */
    public List<String> getParameters() {
        return parameters;
    }
}
