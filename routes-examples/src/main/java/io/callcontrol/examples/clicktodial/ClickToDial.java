package io.callcontrol.examples.clicktodial;

import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.callcontrol.core.error.Validation;

/**
 * A click-to-dial request: call {@code to} from {@code from} on the PBX of {@code vendor}. {@code requestId}
 * (optional on REST; the Kafka record's key when the JSON has none) identifies the request: the same id is originated
 * once, however often it arrives.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClickToDial(String requestId, String vendor, String from, String to) {

    /** The vendors click-to-dial can originate on (each through {@code callcontrol:originate}). */
    public static final Set<String> VENDORS = Set.of("portsip", "portasip", "broadworks", "uc-dialogs", "sip-native");

    /** A phone number (optionally +, E.164 is at most 15 digits) or an extension: digits, at most 20. */
    static final Pattern NUMBER = Pattern.compile("\\+?[0-9]{1,20}");
    /** A BroadWorks user id (user@domain is allowed): no spaces, quotes, separators or control characters. */
    static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@+-]{0,79}");
    /** A PortaSIP account id: digits only. */
    static final Pattern ACCOUNT = Pattern.compile("[0-9]{1,32}");
    /**
     * A SIP URI, strictly: {@code sip:user@host} with an optional port; the user a telephone number or a name of
     * letters, digits and {@code . _ ~ + -}, the host a domain name or IPv4 address -- no parameters, headers,
     * spaces or quotes.
     */
    static final Pattern SIP_URI = Pattern.compile(
            "sip:[A-Za-z0-9._~+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?){0,10}(?::[0-9]{1,5})?");
    static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    public ClickToDial(String vendor, String from, String to) {
        this(null, vendor, from, to);
    }

    /** The same request with this id (a request without one takes the Kafka record's key). */
    public ClickToDial withRequestId(String id) {
        return new ClickToDial(id, vendor, from, to);
    }

    /**
     * Checks every field before anything is dialled; throws a {@code CallControlValidationException} naming each one
     * missing or wrong.
     */
    public void validate() {
        Validation v = Validation.of("click-to-dial", "originate").require("vendor", vendor).require("from", from)
                .require("to", to);
        if (!Validation.isMissing(vendor)) {
            v.check("vendor", VENDORS.contains(vendor), "'" + vendor + "' is not one of " + VENDORS.stream().sorted().toList());
        }
        if (!Validation.isMissing(from)) {
            // the BroadWorks caller is the BroadWorks user (an id), the PortaSIP one an account id, the sip-native one
            // a SIP URI; elsewhere an extension or number of the PBX
            v.check("from", party(from, "broadworks".equals(vendor) ? USER_ID : NUMBER), "'" + printable(from)
                    + "' is not " + ("broadworks".equals(vendor) ? "a BroadWorks user id" : expected()));
        }
        if (!Validation.isMissing(to)) {
            v.check("to", party(to, NUMBER), "'" + printable(to) + "' is not " + expected());
        }
        if (requestId != null) {
            v.check("requestId", REQUEST_ID.matcher(requestId).matches(),
                    "must be 1-100 letters, digits, '.', '_', ':' or '-'");
        }
        v.check();
    }

    /** Whether the party matches the vendor's form: PortaSIP an account id, sip-native a SIP URI, else {@code other}. */
    private boolean party(String value, Pattern other) {
        Pattern p = switch (vendor == null ? "" : vendor) {
            case "portasip" -> ACCOUNT;
            case "sip-native" -> SIP_URI;
            default -> other;
        };
        return p.matcher(value).matches();
    }

    private String expected() {
        return switch (vendor == null ? "" : vendor) {
            case "portasip" -> "a PortaSIP account id (digits)";
            case "sip-native" -> "a SIP URI (sip:user@host[:port])";
            default -> "a phone number or extension (digits, optionally a leading +)";
        };
    }

    private static String printable(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "..." : s;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }

    /** The answer: the vendor's call id and tracking id of the originated call. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String requestId, String vendor, String from, String to, String callId, String trackingId) {
        static Result of(ClickToDial request, String callId, String trackingId) {
            return new Result(request.requestId(), request.vendor(), request.from(), request.to(), callId, trackingId);
        }
    }
}
