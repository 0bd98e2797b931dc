package io.callcontrol.examples.clicktodial;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A click-to-dial request: call {@code to} from {@code from} on the PBX of {@code vendor}. */
public record ClickToDial(String vendor, String from, String to) {

    /** The vendors click-to-dial can originate on. */
    public static final Set<String> VENDORS = Set.of("portsip", "broadworks", "uc-dialogs");

    /** Checks every field; the message names each one missing or wrong. */
    public void validate() {
        List<String> problems = new ArrayList<>();
        if (vendor == null || vendor.isBlank()) {
            problems.add("vendor is missing");
        } else if (!VENDORS.contains(vendor)) {
            problems.add("vendor '" + vendor + "' is not one of " + VENDORS.stream().sorted().toList());
        }
        if (from == null || from.isBlank()) {
            problems.add("from is missing");
        }
        if (to == null || to.isBlank()) {
            problems.add("to is missing");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid click-to-dial request: " + String.join(", ", problems));
        }
    }

    /** The answer: the vendor's call id and tracking id of the originated call. */
    public record Result(String vendor, String from, String to, String callId, String trackingId) {
        static Result of(ClickToDial request, String callId, String trackingId) {
            return new Result(request.vendor(), request.from(), request.to(), callId, trackingId);
        }
    }
}
