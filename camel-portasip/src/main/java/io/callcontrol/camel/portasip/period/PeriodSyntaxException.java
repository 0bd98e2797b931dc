package io.callcontrol.camel.portasip.period;

/**
 * A time period string does not follow the format of Appendix C: carries the 0-based character position of the
 * problem and the reason.
 */
public class PeriodSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String period;
    private final int position;
    private final String reason;

    public PeriodSyntaxException(String period, int position, String reason) {
        super("Invalid period at position " + position + ": " + reason + " in \"" + period + "\"");
        this.period = period;
        this.position = position;
        this.reason = reason;
    }

    /** The period text as given. */
    public String getPeriod() {
        return period;
    }

    /** 0-based index of the character where the problem was found. */
    public int getPosition() {
        return position;
    }

    /** Why the period is invalid, e.g. {@code hour value 24 out of range 0-23}. */
    public String getReason() {
        return reason;
    }
}
