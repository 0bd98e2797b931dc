package io.callcontrol.camel.portasip.period;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One sub-period: a list of scales, each with its ranges. An instant is inside when, for every scale named, its
 * value is in one of the ranges of that scale (a scale repeated in the same sub-period extends its ranges).
 *
 * @param ranges the ranges of each scale named, in the order of the scales
 */
public record SubPeriod(Map<PeriodScale, List<PeriodRange>> ranges) {

    public SubPeriod {
        ranges = Collections.unmodifiableMap(new EnumMap<>(ranges));
    }

    /** Whether the date-time lies inside this sub-period. */
    public boolean contains(ZonedDateTime t) {
        for (Map.Entry<PeriodScale, List<PeriodRange>> e : ranges.entrySet()) {
            int v = e.getKey().valueAt(t);
            if (e.getValue().stream().noneMatch(r -> r.contains(v))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return ranges.entrySet().stream()
                .map(e -> e.getKey().code() + " {" + e.getValue().stream().map(PeriodRange::toString)
                        .collect(Collectors.joining(" ")) + "}")
                .collect(Collectors.joining(" "));
    }
}
