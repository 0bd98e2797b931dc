package io.callcontrol.camel.sipnative.api;

/** Small SDP helpers: the agent itself never sends or receives media. */
public final class Sdp {

    private Sdp() {
    }

    /** An offer of one inactive audio stream (PCMU, PCMA, telephone-event), for calls the agent sets up itself. */
    public static String inactiveOffer(String address) {
        long id = System.currentTimeMillis() / 1000;
        return "v=0\r\n"
                + "o=- " + id + " " + id + " IN IP4 " + address + "\r\n"
                + "s=-\r\n"
                + "c=IN IP4 " + address + "\r\n"
                + "t=0 0\r\n"
                + "m=audio 9 RTP/AVP 0 8 101\r\n"
                + "a=rtpmap:0 PCMU/8000\r\n"
                + "a=rtpmap:8 PCMA/8000\r\n"
                + "a=rtpmap:101 telephone-event/8000\r\n"
                + "a=inactive\r\n";
    }

    /**
     * An answer that rejects every stream of the offer (port 0 on each m-line, RFC 3264 section 6), used to
     * complete an offer/answer exchange before hanging up (3PCC when the second party refuses).
     */
    public static String rejectingAnswer(String offer, String address) {
        long id = System.currentTimeMillis() / 1000;
        StringBuilder sb = new StringBuilder();
        sb.append("v=0\r\n")
                .append("o=- ").append(id).append(' ').append(id).append(" IN IP4 ").append(address).append("\r\n")
                .append("s=-\r\n")
                .append("c=IN IP4 ").append(address).append("\r\n")
                .append("t=0 0\r\n");
        boolean any = false;
        if (offer != null) {
            for (String line : offer.split("\r?\n")) {
                if (line.startsWith("m=")) {
                    String[] parts = line.substring(2).split(" ");
                    if (parts.length >= 4) {
                        sb.append("m=").append(parts[0]).append(" 0");
                        for (int i = 2; i < parts.length; i++) {
                            sb.append(' ').append(parts[i]);
                        }
                        sb.append("\r\n");
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            sb.append("m=audio 0 RTP/AVP 0\r\n");
        }
        return sb.toString();
    }

    /**
     * An answer that accepts the offer's streams but inactive (port 9, {@code a=inactive}), for calls a route
     * answers without media of its own (to park and then transfer them).
     */
    public static String inactiveAnswer(String offer, String address) {
        long id = System.currentTimeMillis() / 1000;
        StringBuilder sb = new StringBuilder();
        sb.append("v=0\r\n")
                .append("o=- ").append(id).append(' ').append(id).append(" IN IP4 ").append(address).append("\r\n")
                .append("s=-\r\n")
                .append("c=IN IP4 ").append(address).append("\r\n")
                .append("t=0 0\r\n");
        boolean any = false;
        if (offer != null) {
            for (String line : offer.split("\r?\n")) {
                if (line.startsWith("m=")) {
                    String[] parts = line.substring(2).split(" ");
                    if (parts.length >= 4) {
                        sb.append("m=").append(parts[0]).append(" 9");
                        for (int i = 2; i < parts.length; i++) {
                            sb.append(' ').append(parts[i]);
                        }
                        sb.append("\r\na=inactive\r\n");
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return inactiveOffer(address);
        }
        return sb.toString();
    }
}
