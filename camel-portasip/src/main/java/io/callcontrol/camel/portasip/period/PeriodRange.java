package io.callcontrol.camel.portasip.period;

/**
 * One range of a scale, {@code v} or {@code v-v}, with names, am/pm forms and two-digit years already converted
 * to numbers. A range whose {@code from} is larger than its {@code to} wraps around (e.g. months 9-2 are
 * September through February), except for years, which are stored in ascending order.
 *
 * @param scale    the scale the range belongs to
 * @param from     first value (inclusive)
 * @param to       last value (inclusive)
 * @param position 0-based position of the range in the period text
 */
public record PeriodRange(PeriodScale scale, int from, int to, int position) {

    /** Whether the range wraps around the end of its scale. */
    public boolean wrapsAround() {
        return from > to;
    }

    /** Whether the scale value {@code v} lies in this range. */
    public boolean contains(int v) {
        return from <= to ? v >= from && v <= to : v >= from || v <= to;
    }

    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
