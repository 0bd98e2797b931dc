package io.callcontrol.camel.portasip.period;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.camel.Predicate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortasipPeriodTest {

    private static final ZoneId UTC = ZoneOffset.UTC;

    /** 2026-01-05 is a Monday; January 2026 starts on a Thursday. */
    private static ZonedDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(UTC);
    }

    private static boolean in(String period, String localDateTime) {
        return PortasipPeriod.parse(period, 2026).contains(at(localDateTime));
    }

    // ---- Appendix C examples ---------------------------------------------------------------------

    @Test
    void example1MondayToFridayNineToFive() {
        String p = "wd {Mon-Fri} hr {9am-4pm}";
        assertThat(in(p, "2026-01-05T09:00:00")).isTrue();
        assertThat(in(p, "2026-01-09T16:59:59")).isTrue(); // Friday, 4 pm is "through 4:59:59"
        assertThat(in(p, "2026-01-05T17:00:00")).isFalse();
        assertThat(in(p, "2026-01-05T08:59:59")).isFalse();
        assertThat(in(p, "2026-01-10T10:00:00")).isFalse(); // Saturday
        assertThat(in(p, "2026-01-11T10:00:00")).isFalse(); // Sunday
    }

    @Test
    void example2TwoSubPeriods() {
        String p = "wd {Mon Wed Fri} hr {9am-4pm}, wd{Tue Thu} hr {9am-2pm}";
        PortasipPeriod period = PortasipPeriod.parse(p, 2026);
        assertThat(period.subPeriods()).hasSize(2);
        assertThat(in(p, "2026-01-07T16:30:00")).isTrue(); // Wednesday
        assertThat(in(p, "2026-01-06T14:59:59")).isTrue(); // Tuesday until 3 pm
        assertThat(in(p, "2026-01-06T15:00:00")).isFalse();
        assertThat(in(p, "2026-01-08T16:00:00")).isFalse(); // Thursday
        assertThat(in(p, "2026-01-09T16:00:00")).isTrue(); // Friday
    }

    @Test
    void example3AlternatingWeeksOfTheMonth() {
        String p = "wk {1 3 5} wd {Mon Wed Fri} hr {9am-4pm}";
        // January 2026: week 1 = 1st-3rd (Thu-Sat), week 2 = 4th-10th, week 3 = 11th-17th, week 5 = 25th-31st
        assertThat(in(p, "2026-01-02T10:00:00")).isTrue(); // Fri, week 1
        assertThat(in(p, "2026-01-05T10:00:00")).isFalse(); // Mon, week 2
        assertThat(in(p, "2026-01-12T10:00:00")).isTrue(); // Mon, week 3
        assertThat(in(p, "2026-01-19T10:00:00")).isFalse(); // Mon, week 4
        assertThat(in(p, "2026-01-30T10:00:00")).isTrue(); // Fri, week 5
        assertThat(PeriodScale.WEEK.valueAt(at("2026-08-31T00:00:00"))).isEqualTo(6); // Aug 2026 starts on Saturday
    }

    @Test
    void example4WinterInAllFiveForms() {
        List<String> forms = List.of("mo {Nov-Feb}", "mo {Jan-Feb Nov-Dec}", "mo {jan feb nov dec}",
                "mo {Jan Feb}, mo {Nov Dec}", "mo {Jan Feb} mo {Nov Dec}");
        for (String form : forms) {
            for (int month = 1; month <= 12; month++) {
                boolean winter = month <= 2 || month >= 11;
                assertThat(in(form, String.format("2026-%02d-15T12:00:00", month)))
                        .as("%s in month %d", form, month).isEqualTo(winter);
            }
        }
        assertThat(PortasipPeriod.parse("mo {Nov-Feb}", 2026).subPeriods().get(0).ranges().get(PeriodScale.MONTH)
                .get(0).wrapsAround()).isTrue();
    }

    @Test
    void example5EveryOtherHalfHour() {
        assertThat(in("minute {0-29}", "2026-03-03T10:29:59")).isTrue();
        assertThat(in("minute {0-29}", "2026-03-03T10:30:00")).isFalse();
    }

    @Test
    void example6Morning() {
        String p = "hour {12am-11am}";
        assertThat(in(p, "2026-03-03T00:00:00")).isTrue();
        assertThat(in(p, "2026-03-03T11:59:59")).isTrue();
        assertThat(in(p, "2026-03-03T12:00:00")).isFalse();
        assertThat(PortasipPeriod.parse(p, 2026)).isEqualTo(PortasipPeriod.parse("hr {0-11}", 2026));
    }

    @Test
    void example7FiveSecondBlocks() {
        String p = "sec {0-4 10-14 20-24 30-34 40-44 50-54}";
        for (int s = 0; s < 60; s++) {
            assertThat(in(p, String.format("2026-03-03T10:00:%02d", s))).as("second %d", s)
                    .isEqualTo(s % 10 < 5);
        }
    }

    @Test
    void example8AlternatingWeekdays() {
        String p = "wd {1 3 5 7} min {0-29}, wd {2 4 6} min {30-59}";
        assertThat(in(p, "2026-01-04T10:10:00")).isTrue(); // Sunday = 1
        assertThat(in(p, "2026-01-04T10:40:00")).isFalse();
        assertThat(in(p, "2026-01-05T10:40:00")).isTrue(); // Monday = 2
        assertThat(in(p, "2026-01-05T10:10:00")).isFalse();
        assertThat(in(p, "2026-01-10T10:10:00")).isTrue(); // Saturday = 7
    }

    @Test
    void appendixASamplePeriods() {
        assertThat(in("hr{0-11}", "2026-01-05T11:00:00")).isTrue();
        assertThat(in("hr{0-2}", "2026-01-05T03:00:00")).isFalse();
    }

    // ---- rules ------------------------------------------------------------------------------------

    @Test
    void longAndCodeFormsMixCaseAndWhitespace() {
        PortasipPeriod reference = PortasipPeriod.parse("wd {mo-fr} hr {9-16}", 2026);
        assertThat(PortasipPeriod.parse("WDAY {MONDAY - friday}hour{ 9 AM -4 pm }", 2026)).isEqualTo(reference);
        assertThat(PortasipPeriod.parse("  wday{2-6} hr {9am-4pm}  ", 2026)).isEqualTo(reference);
        assertThat(PortasipPeriod.parse("wd {Mon-Fri} hr {9am-4pm}", 2026).normalized()).isEqualTo("wd {2-6} hr {9-16}");
        assertThat(PortasipPeriod.parse("year {2026} month {1} week {2} yday {5} mday {5} wday {2} hour {9} "
                                        + "minute {0} second {0}", 2026).contains(at("2026-01-05T09:00:00"))).isTrue();
        assertThat(PortasipPeriod.parse("yr {2026} mo {1} wk {2} yd {5} md {5} wd {2} hr {9} min {0} sec {1}", 2026)
                .contains(at("2026-01-05T09:00:00"))).isFalse();
    }

    @Test
    void namesOnlyFirstLettersSignificant() {
        assertThat(in("mo {January}", "2026-01-20T00:00:00")).isTrue();
        assertThat(in("mo {Septober}", "2026-09-20T00:00:00")).isTrue();
        assertThat(in("wd {Sunday}", "2026-01-04T00:00:00")).isTrue();
        assertThat(in("wd {Sun}", "2026-01-04T00:00:00")).isTrue();
        assertThat(in("wd {su}", "2026-01-04T00:00:00")).isTrue();
        assertThat(in("wd {sa}", "2026-01-04T00:00:00")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "12am,0", "1am,1", "11am,11", "12noon,12", "12pm,12", "1pm,13", "11pm,23", "0,0", "23,23" })
    void hourForms(String form, int hour) {
        PortasipPeriod p = PortasipPeriod.parse("hr {" + form + "}", 2026);
        assertThat(p.subPeriods().get(0).ranges().get(PeriodScale.HOUR).get(0).from()).isEqualTo(hour);
    }

    @Test
    void rangesWrapAroundExceptYear() {
        assertThat(in("mo {9-2}", "2026-12-01T00:00:00")).isTrue();
        assertThat(in("mo {9-2}", "2026-03-01T00:00:00")).isFalse();
        assertThat(in("mo {Sep-Feb}", "2026-02-01T00:00:00")).isTrue();
        assertThat(in("mo {2-9}", "2026-12-01T00:00:00")).isFalse();
        assertThat(in("hr {10pm-5am}", "2026-01-05T23:30:00")).isTrue();
        assertThat(in("hr {10pm-5am}", "2026-01-05T04:30:00")).isTrue();
        assertThat(in("hr {10pm-5am}", "2026-01-05T12:00:00")).isFalse();
        assertThat(in("wd {fr-mo}", "2026-01-04T12:00:00")).isTrue(); // Sunday
        assertThat(in("wd {fr-mo}", "2026-01-07T12:00:00")).isFalse(); // Wednesday
        assertThat(in("min {50-9}", "2026-01-05T10:05:00")).isTrue();
        assertThat(in("yd {360-2}", "2024-12-31T00:00:00")).isTrue(); // leap-year day 366 is inside the wrap
    }

    @Test
    void twoDigitYears() {
        PortasipPeriod p = PortasipPeriod.parse("yr {26}", 2026);
        assertThat(p.contains(at("2026-06-01T00:00:00"))).isTrue();
        assertThat(p.contains(at("2027-06-01T00:00:00"))).isFalse();
        // the document's example: 99-1972 is 1972-1999 in the 20th century and 1972-2099 in the 21st
        PeriodRange r20 = PortasipPeriod.parse("yr {99-1972}", 1999).subPeriods().get(0).ranges()
                .get(PeriodScale.YEAR).get(0);
        assertThat(r20.from()).isEqualTo(1972);
        assertThat(r20.to()).isEqualTo(1999);
        PeriodRange r21 = PortasipPeriod.parse("yr {99-1972}", 2026).subPeriods().get(0).ranges()
                .get(PeriodScale.YEAR).get(0);
        assertThat(r21.from()).isEqualTo(1972);
        assertThat(r21.to()).isEqualTo(2099);
        assertThat(PortasipPeriod.parse("year {2030-2025}", 2026).contains(at("2028-01-01T00:00:00"))).isTrue();
    }

    @Test
    void timeZoneMatters() {
        PortasipPeriod p = PortasipPeriod.parse("hr {9am-4pm}", 2026);
        Instant eightUtc = Instant.parse("2026-01-05T08:30:00Z");
        assertThat(p.isInside(eightUtc, UTC)).isFalse();
        assertThat(p.isInside(eightUtc, ZoneId.of("Europe/Prague"))).isTrue();
        assertThat(PortasipPeriod.isInside("hr {8}", eightUtc, UTC)).isTrue();
    }

    @Test
    void routePredicate() {
        Clock monday10 = Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), UTC);
        Clock saturday10 = Clock.fixed(Instant.parse("2026-01-10T10:00:00Z"), UTC);
        DefaultExchange exchange = new DefaultExchange(new DefaultCamelContext());
        Predicate open = PortasipPeriod.inside("wd {Mon-Fri} hr {9am-4pm}", UTC, monday10);
        Predicate closed = PortasipPeriod.inside("wd {Mon-Fri} hr {9am-4pm}", UTC, saturday10);
        assertThat(open.matches(exchange)).isTrue();
        assertThat(closed.matches(exchange)).isFalse();
        assertThat(PortasipPeriod.inside("hr {0-23}", "UTC").matches(exchange)).isTrue();
        assertThatThrownBy(() -> PortasipPeriod.inside("hr {24}", "UTC")).isInstanceOf(PeriodSyntaxException.class);
    }

    // ---- invalid periods: position and reason -------------------------------------------------

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|0|the period is empty",
            "'   '|0|the period is empty",
            "wd {Mon-Fri|11|missing '}'",
            "xx {1}|0|unknown scale 'xx'",
            "hr {24}|4|hour value 24 out of range",
            "hr {13pm}|4|'13pm' is not a valid hour",
            "hr {0am}|4|'0am' is not a valid hour",
            "hr {11noon}|4|'11noon' is not a valid hour",
            "hr {9xm}|5|unknown hour suffix 'xm'",
            "mo {13}|4|month value 13 out of range 1-12",
            "mo {ju}|4|'ju' is not a valid month value",
            "mo {Jux}|4|'Jux' is not a valid month value",
            "wd {m}|4|'m' is not a valid wday value",
            "wd {8}|4|wday value 8 out of range",
            "wd {0}|4|wday value 0 out of range",
            "min {60}|5|minute value 60 out of range 0-59",
            "sec {-1}|5|expected a value for scale 'second' but found '-'",
            "wd {}|4|no range given for scale 'wd'",
            "'wd {mo},'|8|missing sub-period after ','",
            "wd mo|3|expected '{' after scale 'wd'",
            "md {0}|4|mday value 0 out of range 1-31",
            "yd {366}|4|yday value 366 out of range 1-365",
            "wk {7}|4|week value 7 out of range 1-6",
            "yr {1500}|4|year 1500 is neither a two-digit year",
            "hr {9-}|6|missing value for scale 'hour'",
            "'wd {mo} , , hr {1}'|10|expected a scale name",
            "wd {mo} } hr {1}|8|unexpected '}'",
            "hr {1 - - 2}|8|expected a value for scale 'hour' but found '-'",
            "{1}|0|expected a scale name",
            "wd {mo-fr} hr {9am-5}pm|21|unknown scale 'pm'",
            "hr {99999999}|4|hour value 99999999 out of range",
    })
    void invalidPeriodsNamePositionAndReason(String period, int position, String reason) {
        assertThatThrownBy(() -> PortasipPeriod.parse(period, 2026))
                .isInstanceOfSatisfying(PeriodSyntaxException.class, e -> {
                    assertThat(e.getPosition()).as(e.getMessage()).isEqualTo(position);
                    assertThat(e.getReason()).contains(reason);
                    assertThat(e.getMessage()).contains("position " + position);
                });
        assertThat(PortasipPeriod.isValid(period)).isFalse();
        assertThat(PortasipPeriod.validate(period)).isPresent();
    }

    @Test
    void nullPeriodIsInvalid() {
        assertThatThrownBy(() -> PortasipPeriod.parse(null)).isInstanceOf(PeriodSyntaxException.class)
                .hasMessageContaining("missing");
        assertThat(PortasipPeriod.validate("wd {Mon-Fri} hr {9am-4pm}")).isEmpty();
    }
}
