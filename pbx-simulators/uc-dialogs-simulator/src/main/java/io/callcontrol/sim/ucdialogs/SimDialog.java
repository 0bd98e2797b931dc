package io.callcontrol.sim.ucdialogs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One B2B dialog as the simulator keeps it: two sides ({@code a} = calling party, {@code b} = called party),
 * each a leg with its own Call-Id, in one of the general states {@code forking -> active -> terminated}.
 */
public final class SimDialog {

    /** General dialog state, as the document groups the many internal ones. */
    public enum Status {
        FORKING, ACTIVE, TERMINATED;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One leg ("shoulder") of the dialog. */
    public static final class Leg {
        final String side;
        final String callid;
        final Long expirets;
        final String localuri;
        final String remoteuri;

        Leg(String side, String callid, Long expirets, String localuri, String remoteuri) {
            this.side = side;
            this.callid = callid;
            this.expirets = expirets;
            this.localuri = localuri;
            this.remoteuri = remoteuri;
        }

        public String side() {
            return side;
        }

        public String callid() {
            return callid;
        }

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("callid", callid);
            m.put("expirets", expirets == null ? "undefined" : expirets);
            m.put("localuri", localuri);
            m.put("remoteuri", remoteuri);
            m.put("side", side);
            return m;
        }
    }

    final String dialogid;
    final String acallid;
    final String inviteid;
    /** Username / number of side A and side B (e.g. {@code sip3}, {@code 16}, {@code conf-rCF-...}). */
    final String aUser;
    final String bUser;
    final String domain;
    final Instant startts;
    final Leg legA;
    final Leg legB;
    final Map<String, Object> opts = new LinkedHashMap<>();
    final Set<String> labels = new LinkedHashSet<>();
    final Set<String> asrLayers = new LinkedHashSet<>();
    final Set<String> recordLayers = new LinkedHashSet<>();
    final List<String> dtmfSent = new ArrayList<>();
    final List<String> notifications = new ArrayList<>();
    volatile Status status = Status.FORKING;
    String confid;

    SimDialog(String dialogid, String acallid, String inviteid, String aUser, String bUser, String domain,
              Instant startts, Long bExpirets) {
        this.dialogid = dialogid;
        this.acallid = acallid;
        this.inviteid = inviteid;
        this.aUser = aUser;
        this.bUser = bUser;
        this.domain = domain;
        this.startts = startts;
        String aUri = uri(aUser, domain);
        String bUri = uri(bUser, domain);
        this.legA = new Leg("a", acallid, null, aUri, bUri);
        this.legB = new Leg("b", "rB2-" + dialogid.substring(dialogid.indexOf('-') + 1) + "-01-" + acallid, bExpirets,
                bUri, aUri);
    }

    static String uri(String user, String domain) {
        return "<sip:" + user + "@" + domain + ">";
    }

    public String dialogid() {
        return dialogid;
    }

    public String acallid() {
        return acallid;
    }

    public String inviteid() {
        return inviteid;
    }

    public Status status() {
        return status;
    }

    public String aUser() {
        return aUser;
    }

    public String bUser() {
        return bUser;
    }

    public Leg legA() {
        return legA;
    }

    public Leg legB() {
        return legB;
    }

    public Set<String> labels() {
        return Set.copyOf(labels);
    }

    public Set<String> asrLayers() {
        return Set.copyOf(asrLayers);
    }

    public Set<String> recordLayers() {
        return Set.copyOf(recordLayers);
    }

    public List<String> dtmfSent() {
        return List.copyOf(dtmfSent);
    }

    public List<String> notifications() {
        return List.copyOf(notifications);
    }

    /** The conference this dialog leads into, when one side is a conference. */
    public String confid() {
        return confid;
    }

    boolean hasConferenceParty() {
        return aUser.startsWith("conf-") || bUser.startsWith("conf-");
    }

    /** The leg named by a side code ({@code a}/{@code b}), a Call-Id, a URI or a username/number. */
    Leg legBy(String by) {
        if (by == null) {
            return null;
        }
        String v = by.trim();
        for (Leg l : List.of(legA, legB)) {
            if (v.equalsIgnoreCase(l.side) || v.equals(l.callid)) {
                return l;
            }
        }
        if (v.equals(legA.localuri) || v.equals(uriBare(legA.localuri)) || v.equals(aUser)) {
            return legA;
        }
        if (v.equals(legB.localuri) || v.equals(uriBare(legB.localuri)) || v.equals(bUser)) {
            return legB;
        }
        return null;
    }

    Leg opposite(Leg l) {
        return l == legA ? legB : legA;
    }

    String userOf(Leg l) {
        return l == legA ? aUser : bUser;
    }

    static String uriBare(String uri) {
        return uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
    }

    List<String> uris() {
        return List.of(legB.localuri, legB.remoteuri, legA.localuri, legA.remoteuri);
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("acallid", acallid);
        m.put("callids", List.of(legB.callid, legA.callid));
        m.put("dialogid", dialogid);
        m.put("esgdlg", "");
        m.put("esgcallid", "");
        m.put("inviteid", inviteid);
        m.put("legs", List.of(legA.toJson(), legB.toJson()));
        m.put("localuri", legA.localuri);
        m.put("opts", new LinkedHashMap<>(opts));
        m.put("remoteuri", legA.remoteuri);
        m.put("site", "SITE1");
        m.put("startts", startts.toEpochMilli());
        m.put("status", status.wire());
        m.put("uris", uris());
        return m;
    }
}
