package io.callcontrol.sim.portsip;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One simulated PortSIP call session: two parties, a state that moves {@code trying -> ringing -> connected} on
 * the simulator's clock, hold flags per party, and the CDR facts the webhook events report.
 */
final class SimCall {

    /** States of a simulated session, as {@code GET /api/sessions} reports them. */
    enum State {
        trying, ringing, connected, ended
    }

    final String id;
    final String cdrId;
    final String callId;
    final String domain;
    final Map<String, Object> request;
    String caller;
    String callerDisplayName;
    String callee;
    String trunk;
    String userData;
    String direction;
    State state = State.trying;
    /** Bumped on every transition so scheduled steps of an older generation (before a refer) do nothing. */
    int generation;
    final Set<String> heldBy = new LinkedHashSet<>();
    /** Every call target the PBX invited during the call (the CDR's {@code call_targets}); the last is current. */
    final List<Map<String, Object>> targets = new ArrayList<>();
    final Instant startTime;
    Instant ringTime;
    Instant answeredTime;
    Instant endedTime;

    SimCall(String id, String cdrId, String callId, String domain, Map<String, Object> request, Instant startTime) {
        this.id = id;
        this.cdrId = cdrId;
        this.callId = callId;
        this.domain = domain;
        this.request = request;
        this.startTime = startTime;
    }

    boolean involves(String number) {
        return number.equals(caller) || number.equals(callee);
    }

    /** The party on the other side of {@code number}. */
    String otherParty(String number) {
        return number.equals(caller) ? callee : caller;
    }

    Map<String, Object> currentTarget() {
        return targets.isEmpty() ? null : targets.get(targets.size() - 1);
    }

    static String unix(Instant t) {
        return t == null ? "0" : String.valueOf(t.getEpochSecond());
    }

    /** The JSON shape of one item of {@code GET /api/sessions}. */
    Map<String, Object> toListItem() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("cdr_id", cdrId);
        m.put("call_id", callId);
        m.put("domain", domain);
        m.put("caller", caller);
        m.put("caller_display_name", callerDisplayName == null ? "" : callerDisplayName);
        m.put("callee", callee);
        m.put("direction", direction);
        m.put("status", state.name());
        m.put("on_hold", !heldBy.isEmpty());
        m.put("held_by", heldBy.stream().toList());
        m.put("trunk_name", trunk == null ? "" : trunk);
        m.put("user_data", userData == null ? "" : userData);
        m.put("start_time", unix(startTime));
        m.put("ring_time", unix(ringTime));
        m.put("answered_time", unix(answeredTime));
        return m;
    }
}
