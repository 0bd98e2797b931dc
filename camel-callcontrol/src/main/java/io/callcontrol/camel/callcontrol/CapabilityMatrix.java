package io.callcontrol.camel.callcontrol;

import java.util.List;

/**
 * Renders the capability matrix of the documentation from the mapping table ({@link VendorMappings}): which
 * neutral operation each vendor supports, as which vendor operation, and how the fields map. The adoc holds it
 * between {@code // capability matrix: START} and {@code // capability matrix: END}; a test fails when they differ
 * ({@code tools/update-capability-matrix.sh} rewrites it).
 */
public final class CapabilityMatrix {

    public static final String START = "// capability matrix: START\n";
    public static final String END = "// capability matrix: END\n";

    private CapabilityMatrix() {
    }

    /** The matrix section, markers excluded. */
    public static String render() {
        List<VendorMappings.Vendor> vendors = VendorMappings.vendors();
        StringBuilder sb = new StringBuilder();
        sb.append("[width=\"100%\",options=\"header\"]\n|===\n| Operation");
        for (VendorMappings.Vendor v : vendors) {
            sb.append(" | ").append(v.name());
        }
        sb.append('\n');
        for (CallControlOperation op : CallControlOperation.values()) {
            if (!op.isProducer()) {
                continue;
            }
            sb.append("| `").append(op.name()).append('`');
            for (VendorMappings.Vendor v : vendors) {
                VendorMappings.Mapping m = v.mapping(op);
                sb.append(" | ").append(m == null ? "--" : "`" + m.vendorOperation() + "`");
            }
            sb.append('\n');
        }
        sb.append("| `events`");
        for (VendorMappings.Vendor v : vendors) {
            sb.append(" | yes");
        }
        sb.append("\n| awaitOutcome from");
        for (VendorMappings.Vendor v : vendors) {
            sb.append(" | ").append(switch (v.outcomeSource()) {
                case EVENTS -> "events (outcomeEvents), by " + (v.name().equals("portasip")
                        ? "tracking id, callee leg" : "call id");
                case POLL -> "status polling, by call key";
                case TRANSACTION -> "the SIP transaction";
            });
        }
        sb.append("\n|===\n\nHow each supported operation maps (-- in the matrix: refused with"
                  + " `CallControlUnsupportedOperationException` before anything is sent):\n\n");
        sb.append("[width=\"100%\",cols=\"1,1,1,1,4\",options=\"header\"]\n|===\n"
                  + "| Vendor | Operation | Vendor operation | Required | Mapping\n");
        for (VendorMappings.Vendor v : vendors) {
            for (VendorMappings.Mapping m : v.operations().values()) {
                sb.append("| ").append(v.name()).append(" | `").append(m.operation().name()).append("` | `")
                        .append(m.vendorOperation()).append("` | ")
                        .append(m.required().isEmpty() ? "--" : String.join(", ", m.required()))
                        .append(" | ").append(m.note()).append('\n');
            }
        }
        sb.append("|===\n");
        return sb.toString();
    }

    /** The adoc with its matrix section replaced by the rendered one. */
    public static String update(String adoc) {
        int s = adoc.indexOf(START);
        int e = adoc.indexOf(END);
        if (s < 0 || e < s) {
            throw new IllegalArgumentException("the adoc has no '" + START.trim() + "' ... '" + END.trim() + "' section");
        }
        return adoc.substring(0, s + START.length()) + render() + adoc.substring(e);
    }

    /** The adoc's matrix section as written, markers excluded. */
    public static String section(String adoc) {
        int s = adoc.indexOf(START);
        int e = adoc.indexOf(END);
        return s < 0 || e < s ? null : adoc.substring(s + START.length(), e);
    }
}
