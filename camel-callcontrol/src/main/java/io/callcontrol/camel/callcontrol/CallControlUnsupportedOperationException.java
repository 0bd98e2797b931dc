package io.callcontrol.camel.callcontrol;

import java.util.List;

import io.callcontrol.core.error.CallControlValidationException;

/**
 * The PBX chosen for the exchange cannot do the neutral operation: raised before anything is sent. Names the
 * vendor and the operation (and what the vendor can do instead).
 */
public class CallControlUnsupportedOperationException extends CallControlValidationException {

    private static final long serialVersionUID = 1L;

    private final CallControlOperation operation;

    public CallControlUnsupportedOperationException(String vendor, CallControlOperation operation, String supported) {
        super(vendor, List.of("operation"), "callcontrol:" + operation + " is not supported by " + vendor
                + " (supported: " + supported + "); nothing was sent");
        this.operation = operation;
    }

    public CallControlOperation getOperation() {
        return operation;
    }
}
