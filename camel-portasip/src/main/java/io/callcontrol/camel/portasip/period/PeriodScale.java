package io.callcontrol.camel.portasip.period;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The nine scales of a PortaSIP time period (Appendix C of the PortaSIP media API), each with its long form, its
 * code form and the range of values the document allows.
 */
public enum PeriodScale {

    /** {@code year} / {@code yr}: 0-99 (two-digit, completed with the current century) or 1970 and later. */
    YEAR("year", "yr", 0, Integer.MAX_VALUE),
    /** {@code month} / {@code mo}: 1-12 or jan..dec (first three letters significant). */
    MONTH("month", "mo", 1, 12),
    /** {@code week} / {@code wk}: week of the month, 1-6 (weeks start on Sunday; week 1 holds the 1st). */
    WEEK("week", "wk", 1, 6),
    /** {@code yday} / {@code yd}: day of the year, 1-365. */
    YDAY("yday", "yd", 1, 365),
    /** {@code mday} / {@code md}: day of the month, 1-31. */
    MDAY("mday", "md", 1, 31),
    /** {@code wday} / {@code wd}: day of the week, 1-7 = Sunday..Saturday, or su, mo, tu, we, th, fr, sa. */
    WDAY("wday", "wd", 1, 7),
    /** {@code hour} / {@code hr}: 0-23, or 12am, 1am-11am, 12noon, 12pm, 1pm-11pm. */
    HOUR("hour", "hr", 0, 23),
    /** {@code minute} / {@code min}: 0-59. */
    MINUTE("minute", "min", 0, 59),
    /** {@code second} / {@code sec}: 0-59. */
    SECOND("second", "sec", 0, 59);

    private final String longName;
    private final String code;
    private final int min;
    private final int max;

    PeriodScale(String longName, String code, int min, int max) {
        this.longName = longName;
        this.code = code;
        this.min = min;
        this.max = max;
    }

    /** Long form, e.g. {@code wday}. */
    public String longName() {
        return longName;
    }

    /** Code form, e.g. {@code wd}. */
    public String code() {
        return code;
    }

    /** Smallest value the document allows (after name/am-pm conversion). */
    public int min() {
        return min;
    }

    /** Largest value the document allows (after name/am-pm conversion). */
    public int max() {
        return max;
    }

    /** Whether a range whose first value is larger than the second wraps around (every scale but year). */
    public boolean wraps() {
        return this != YEAR;
    }

    /** The largest value the calendar can produce (366 for a leap year's last day, 6 for week of month, ...). */
    int calendarMax() {
        return this == YDAY ? 366 : max;
    }

    /** The scale named by a long or code form (case-insensitive), or null. */
    public static PeriodScale byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (PeriodScale s : values()) {
            if (s.longName.equals(n) || s.code.equals(n)) {
                return s;
            }
        }
        return null;
    }

    /** The value of this scale at the given date-time, in the numbering the period format uses. */
    public int valueAt(ZonedDateTime t) {
        return switch (this) {
            case YEAR -> t.getYear();
            case MONTH -> t.getMonthValue();
            case WEEK -> weekOfMonth(t);
            case YDAY -> t.getDayOfYear();
            case MDAY -> t.getDayOfMonth();
            case WDAY -> t.getDayOfWeek().getValue() % 7 + 1; // Sunday=1 .. Saturday=7
            case HOUR -> t.getHour();
            case MINUTE -> t.getMinute();
            case SECOND -> t.get(ChronoField.SECOND_OF_MINUTE);
        };
    }

    private static int weekOfMonth(ZonedDateTime t) {
        int firstWday = t.withDayOfMonth(1).getDayOfWeek().getValue() % 7; // Sunday=0
        return (t.getDayOfMonth() - 1 + firstWday) / 7 + 1;
    }
}
