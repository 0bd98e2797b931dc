package io.callcontrol.camel.portasip.period;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.camel.Predicate;

/**
 * A PortaSIP time period (Appendix C of the PortaSIP media API), as used by the {@code period} of auto attendant
 * menus: {@code sub-period[, sub-period...]} where a sub-period is {@code scale {range [range ...]} [scale {...}]}.
 * <p>
 * Parse once, then ask whether an instant is inside:
 *
 * <pre>
 * PortasipPeriod hours = PortasipPeriod.parse("wd {Mon-Fri} hr {9am-4pm}");
 * boolean open = hours.isInside(Instant.now(), ZoneId.of("Europe/Prague"));
 * </pre>
 *
 * In a route, {@link #inside(String, String)} gives a Camel {@link Predicate} for business-hours routing without
 * a PBX round trip: {@code .choice().when(PortasipPeriod.inside("wd {mo-fr} hr {9am-4pm}", "Europe/Prague"))}.
 * <p>
 * Rules implemented: the nine scales in long or code form (mixable); values as numbers or names (months: first
 * three letters significant, weekdays: first two); hours as 0-23 or 12am, 1am-11am, 12noon, 12pm, 1pm-11pm;
 * ranges {@code v-v} wrap around when the first value is larger (every scale but year); years 0-99 get the first
 * two digits of the current year, a year range given backwards is swapped ({@code 99-1972} is 1972-2099 in the
 * 21st century); whitespace is allowed between any two tokens (also between a number and its am/pm suffix) and
 * separates ranges; case is ignored. Week of the month (1-6) counts weeks starting on Sunday, week 1 being the
 * one that holds the 1st (the document does not say; this is the usual calendar reading). Day of week 1 is
 * Sunday.
 */
public final class PortasipPeriod {

    private final String text;
    private final List<SubPeriod> subPeriods;

    private PortasipPeriod(String text, List<SubPeriod> subPeriods) {
        this.text = text;
        this.subPeriods = List.copyOf(subPeriods);
    }

    /** Parses a period, completing two-digit years with the current (UTC) year's century. */
    public static PortasipPeriod parse(String period) {
        return parse(period, Year.now(Clock.systemUTC()).getValue());
    }

    /**
     * Parses a period.
     *
     * @param  currentYear           the year whose first two digits complete two-digit years
     * @throws PeriodSyntaxException with the position and reason when the period is not valid
     */
    public static PortasipPeriod parse(String period, int currentYear) {
        if (period == null) {
            throw new PeriodSyntaxException("", 0, "the period is missing");
        }
        return new PortasipPeriod(period, new Parser(period, currentYear).parse());
    }

    /** The problem with a period, if any (empty when valid). */
    public static Optional<PeriodSyntaxException> validate(String period) {
        try {
            parse(period);
            return Optional.empty();
        } catch (PeriodSyntaxException e) {
            return Optional.of(e);
        }
    }

    /** Whether the period is valid. */
    public static boolean isValid(String period) {
        return validate(period).isEmpty();
    }

    /** Whether the instant, seen in the given time zone, is inside the period. */
    public static boolean isInside(String period, Instant instant, ZoneId zone) {
        return parse(period).isInside(instant, zone);
    }

    /**
     * A Camel predicate true while the current time (system clock), seen in the zone, is inside the period. The
     * period is parsed (and validated) now.
     *
     * @param zone a zone id such as {@code Europe/Prague} or {@code UTC}
     */
    public static Predicate inside(String period, String zone) {
        return inside(period, ZoneId.of(zone), Clock.systemUTC());
    }

    /** A Camel predicate true while the clock's current time, seen in the zone, is inside the period. */
    public static Predicate inside(String period, ZoneId zone, Clock clock) {
        PortasipPeriod p = parse(period, Year.now(clock).getValue());
        Objects.requireNonNull(zone, "zone");
        return new Predicate() {
            @Override
            public boolean matches(org.apache.camel.Exchange exchange) {
                return p.isInside(clock.instant(), zone);
            }

            @Override
            public String toString() {
                return "inside period [" + p.text + "] in " + zone;
            }
        };
    }

    /** Whether the instant, seen in the given time zone, is inside the period. */
    public boolean isInside(Instant instant, ZoneId zone) {
        return contains(instant.atZone(zone));
    }

    /** Whether the instant, seen in UTC, is inside the period. */
    public boolean contains(Instant instant) {
        return contains(instant.atZone(ZoneOffset.UTC));
    }

    /** Whether the date-time is inside the period (any of its sub-periods). */
    public boolean contains(ZonedDateTime t) {
        for (SubPeriod s : subPeriods) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The sub-periods, in order. */
    public List<SubPeriod> subPeriods() {
        return subPeriods;
    }

    /** The period text as given. */
    public String text() {
        return text;
    }

    /** A normalized form: code scales, numbers only. */
    public String normalized() {
        return String.join(", ", subPeriods.stream().map(SubPeriod::toString).toList());
    }

    @Override
    public String toString() {
        return text;
    }

    /** Two periods are equal when their normalized forms are (same scales, same ranges, in the same order). */
    @Override
    public boolean equals(Object o) {
        return o instanceof PortasipPeriod p && p.normalized().equals(normalized());
    }

    @Override
    public int hashCode() {
        return normalized().hashCode();
    }

    /** Recursive descent over the characters, tracking positions for the error messages. */
    private static final class Parser {

        private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                "nov", "dec" };
        private static final String[] WEEKDAYS = { "su", "mo", "tu", "we", "th", "fr", "sa" };

        private final String src;
        private final int century;
        private int pos;

        Parser(String src, int currentYear) {
            this.src = src;
            this.century = currentYear / 100 * 100;
        }

        List<SubPeriod> parse() {
            skipWs();
            if (pos == src.length()) {
                throw error(0, "the period is empty");
            }
            List<SubPeriod> subs = new ArrayList<>();
            while (true) {
                subs.add(subPeriod());
                if (pos == src.length()) {
                    return subs;
                }
                if (src.charAt(pos) == ',') {
                    pos++;
                    skipWs();
                    continue;
                }
                throw error(pos, "unexpected '" + src.charAt(pos) + "', expected a scale name or ','");
            }
        }

        private SubPeriod subPeriod() {
            EnumMap<PeriodScale, List<PeriodRange>> ranges = new EnumMap<>(PeriodScale.class);
            do {
                int start = pos;
                String word = letters();
                if (word.isEmpty()) {
                    throw error(pos, pos == src.length() ? "missing sub-period after ','"
                            : "expected a scale name (year/yr, month/mo, week/wk, yday/yd, mday/md, wday/wd, "
                              + "hour/hr, minute/min, second/sec) but found '" + src.charAt(pos) + "'");
                }
                PeriodScale scale = PeriodScale.byName(word);
                if (scale == null) {
                    throw error(start, "unknown scale '" + word + "' (use year/yr, month/mo, week/wk, yday/yd, "
                                       + "mday/md, wday/wd, hour/hr, minute/min, second/sec)");
                }
                skipWs();
                if (pos == src.length() || src.charAt(pos) != '{') {
                    throw error(pos, "expected '{' after scale '" + word + "'");
                }
                pos++;
                skipWs();
                List<PeriodRange> list = ranges.computeIfAbsent(scale, k -> new ArrayList<>());
                if (pos < src.length() && src.charAt(pos) == '}') {
                    throw error(pos, "no range given for scale '" + word + "'");
                }
                while (true) {
                    if (pos == src.length()) {
                        throw error(pos, "missing '}' to close scale '" + word + "'");
                    }
                    if (src.charAt(pos) == '}') {
                        pos++;
                        break;
                    }
                    list.add(range(scale));
                    skipWs();
                }
                skipWs();
            } while (pos < src.length() && Character.isLetter(src.charAt(pos)));
            return new SubPeriod(ranges);
        }

        private PeriodRange range(PeriodScale scale) {
            int start = pos;
            int from = value(scale);
            int to = from;
            skipWs();
            if (pos < src.length() && src.charAt(pos) == '-') {
                pos++;
                skipWs();
                to = value(scale);
            }
            if (scale == PeriodScale.YEAR && from > to) {
                int t = from;
                from = to;
                to = t;
            }
            return new PeriodRange(scale, from, to, start);
        }

        private int value(PeriodScale scale) {
            int start = pos;
            if (pos == src.length()) {
                throw error(pos, "missing value for scale '" + scale.longName() + "'");
            }
            char c = src.charAt(pos);
            if (isDigit(c)) {
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
                String digits = src.substring(start, pos);
                if (digits.length() > 6) {
                    throw error(start, scale.longName() + " value " + digits + " out of range " + rangeText(scale));
                }
                int n = Integer.parseInt(digits);
                if (scale == PeriodScale.HOUR) {
                    return hour(n, digits, start);
                }
                if (scale == PeriodScale.YEAR) {
                    if (n <= 99) {
                        return century + n;
                    }
                    if (n < 1970) {
                        throw error(start, "year " + n + " is neither a two-digit year (0-99) nor 1970 or later");
                    }
                    return n;
                }
                if (n < scale.min() || n > scale.max()) {
                    throw error(start, scale.longName() + " value " + n + " out of range " + rangeText(scale));
                }
                return n;
            }
            if (Character.isLetter(c)) {
                String word = letters();
                if (scale == PeriodScale.MONTH && word.length() >= 3) {
                    for (int i = 0; i < MONTHS.length; i++) {
                        if (word.startsWith(MONTHS[i])) {
                            return i + 1;
                        }
                    }
                }
                if (scale == PeriodScale.WDAY && word.length() >= 2) {
                    for (int i = 0; i < WEEKDAYS.length; i++) {
                        if (word.startsWith(WEEKDAYS[i])) {
                            return i + 1;
                        }
                    }
                }
                throw error(start, "'" + src.substring(start, pos) + "' is not a valid " + scale.longName()
                                   + " value (" + rangeText(scale) + ")");
            }
            if (c == '}' || c == ',') {
                throw error(start, "missing value for scale '" + scale.longName() + "' before '" + c + "'");
            }
            throw error(start, "expected a value for scale '" + scale.longName() + "' but found '" + c + "'");
        }

        private int hour(int n, String digits, int start) {
            int save = pos;
            skipWs();
            int suffixStart = pos;
            String suffix = letters();
            if (suffix.isEmpty()) {
                pos = save;
                if (n > 23) {
                    throw error(start, "hour value " + n + " out of range " + rangeText(PeriodScale.HOUR));
                }
                return n;
            }
            String text = digits + suffix;
            switch (suffix) {
                case "am":
                    if (n >= 1 && n <= 12) {
                        return n == 12 ? 0 : n;
                    }
                    break;
                case "pm":
                    if (n >= 1 && n <= 12) {
                        return n == 12 ? 12 : n + 12;
                    }
                    break;
                case "noon":
                    if (n == 12) {
                        return 12;
                    }
                    break;
                default:
                    throw error(suffixStart, "unknown hour suffix '" + src.substring(suffixStart, pos)
                                             + "' (use am, pm or noon)");
            }
            throw error(start, "'" + text + "' is not a valid hour (" + rangeText(PeriodScale.HOUR) + ")");
        }

        private static String rangeText(PeriodScale scale) {
            return switch (scale) {
                case YEAR -> "0-99 or 1970 and later";
                case MONTH -> "1-12 or jan..dec";
                case WDAY -> "1-7 or su, mo, tu, we, th, fr, sa";
                case HOUR -> "0-23 or 12am, 1am-11am, 12noon, 12pm, 1pm-11pm";
                default -> scale.min() + "-" + scale.max();
            };
        }

        /** Reads letters, lower-cased. */
        private String letters() {
            StringBuilder sb = new StringBuilder();
            while (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                sb.append(Character.toLowerCase(src.charAt(pos)));
                pos++;
            }
            return sb.toString();
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private void skipWs() {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
        }

        private PeriodSyntaxException error(int at, String reason) {
            return new PeriodSyntaxException(src, at, reason);
        }
    }
}
