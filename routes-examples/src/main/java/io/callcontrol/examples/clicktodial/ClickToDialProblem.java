package io.callcontrol.examples.clicktodial;

import java.util.List;

/**
 * A click-to-dial request that cannot be read (not JSON, not an object, an unknown or mistyped field, a body of
 * another media type): nothing was dialled. {@link ProblemDetails} answers it with its status and the fields named.
 */
public class ClickToDialProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final List<String> fields;

    public ClickToDialProblem(int status, String title, String detail, List<String> fields) {
        super(detail);
        this.status = status;
        this.title = title;
        this.fields = List.copyOf(fields);
    }

    public int getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getFields() {
        return fields;
    }
}
