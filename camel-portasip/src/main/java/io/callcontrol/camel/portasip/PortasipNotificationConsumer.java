package io.callcontrol.camel.portasip;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portasip.api.CallControlNotification;
import io.callcontrol.camel.portasip.api.GetSipCallsListRequest;
import io.callcontrol.camel.portasip.api.GetSipCallsListResponse;
import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.api.SubscriptionRequest;
import io.callcontrol.core.camel.CallEventRouter;
import io.callcontrol.core.camel.OrderedDispatcher;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import io.callcontrol.core.ws.ConnectionState;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code portasip:call_control_notifications}: subscribes with {@code enable_api_notifications} (i_account,
 * i_customer, i_main_office and/or i_ivr_an) on the shared Call Control connection and delivers every
 * {@code sip.call_control_notifications} event: the typed vendor object as body (SipCallInfo,
 * ConferenceInfoNotification or ParticipantInfoNotification) plus the normalized call event headers.
 * <p>
 * After a reconnect (the connection logs in and restores the subscription once) it emits a {@code gap} exchange
 * and reconciles: it lists the calls with {@code get_sip_calls_list} and emits those whose state changed, and a
 * terminated event for calls that ended while the socket was down. Unsubscribes on stop and suspend.
 * <p>
 * Every consumer on the same connection receives every notification of that connection (PortaSIP does not say
 * which subscription a notification belongs to).
 */
public class PortasipNotificationConsumer extends DefaultConsumer implements Suspendable,
        PortasipCallControlConnection.Listener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PortasipNotificationConsumer.class);

    private static final String TERMINATED_WHILE_DISCONNECTED = "call ended while the connection was down (reconciled)";

    private static final java.util.concurrent.atomic.AtomicLong DEDICATED = new java.util.concurrent.atomic.AtomicLong();

    private final PortasipEndpoint endpoint;
    private final PortasipConfiguration conf;
    private final Map<String, SipCallInfo> known = new ConcurrentHashMap<>();
    private final Map<String, java.util.concurrent.atomic.AtomicLong> ivrSequence = new ConcurrentHashMap<>();
    /** Tracker and ordered dispatcher: each call's notifications reach the route in arrival order. */
    private volatile CallEventRouter router;
    private volatile SubscriptionRequest subscription;
    private volatile PortasipCallControlConnection connection;
    private volatile boolean delivering;

    public PortasipNotificationConsumer(PortasipEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.conf = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Map<String, Object> ids = new java.util.LinkedHashMap<>();
        ids.put("iAccount", conf.getIAccount());
        ids.put("iCustomer", conf.getICustomer());
        ids.put("iMainOffice", conf.getIMainOffice());
        ids.put("iIvrAn", conf.getIIvrAn());
        Validation.of(PortasipException.VENDOR, "call_control_notifications").requireOneOf(ids).check();
        subscription = SubscriptionRequest.of(conf.getIAccount(), conf.getICustomer(), conf.getIMainOffice(), conf.getIIvrAn());
        // routes run on Camel threads of this consumer, never on the socket's event loop; each call's events one
        // after the other in arrival order (the next once the route finished the one before, even an async route)
        router = CallEventRouter.start(this, PortasipException.VENDOR, conf.callEventRouterOptions());
        connection = endpoint.getComponent().acquireConnection(conf,
                conf.isSharedConnection() ? null : "consumer" + DEDICATED.incrementAndGet());
        attach();
    }

    private void attach() {
        delivering = true;
        connection.addListener(this);
        connection.subscribe(subscription).whenComplete((v, e) -> {
            if (e != null) {
                log.warn("portasip: subscription {} not (yet) active: {}", subscription,
                        PortasipCallControlConnection.unwrap(e).getMessage());
            }
        });
    }

    private void detach() {
        delivering = false;
        PortasipCallControlConnection c = connection;
        if (c == null) {
            return;
        }
        c.removeListener(this);
        try {
            // best effort, bounded: a stop must not wait a request timeout (10 s by default) for a peer that went silent
            c.unsubscribe(subscription).get(Math.min(250, Math.max(1, conf.getRequestTimeout())), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            log.debug("portasip: disable_api_notifications {} failed: {}", subscription, e.getMessage());
        }
    }

    @Override
    protected void doStop() throws Exception {
        detach();
        PortasipCallControlConnection c = connection;
        connection = null;
        if (c != null) {
            endpoint.getComponent().releaseConnection(c);
        }
        CallEventRouter r = router;
        router = null;
        if (r != null) {
            r.stop();
        }
        known.clear();
        ivrSequence.clear();
        super.doStop();
    }

    @Override
    protected void doSuspend() throws Exception {
        detach();
    }

    @Override
    protected void doResume() throws Exception {
        if (connection != null) {
            attach();
        }
    }

    // ---- connection listener ----------------------------------------------------------------------------

    @Override
    public void onNotification(CallControlNotification n, JsonNode raw) {
        if (!delivering) {
            return;
        }
        CallControlNotification.Result r = n.result();
        if (r == null) {
            return;
        }
        JsonNode result = raw.path("result");
        if (r.callInfo() != null) {
            SipCallInfo info = r.callInfo();
            String basis = result.path("call_info").toString();
            if (info.call() != null) {
                // notifications carry no event id, and a real change can read like an earlier one (connected again
                // after an unhold, the same digit pressed twice): number them per leg, so none is taken for a
                // duplicate (the socket delivers each notification once)
                basis = basis + "#" + ivrSequence.computeIfAbsent(info.call().id() + "|" + info.call().tag(),
                        k -> new java.util.concurrent.atomic.AtomicLong()).incrementAndGet();
            }
            remember(info);
            dispatch(info, "call_info", basis, false);
        } else if (r.conferenceInfo() != null) {
            String basis = result.path("conference_info").toString();
            route(PortasipEvents.conferenceEvent(r.conferenceInfo(), basis), null,
                    (ex, e) -> PortasipEvents.conferenceHeaders(ex.getMessage(), r.conferenceInfo()));
        } else if (r.participantInfo() != null) {
            String basis = result.path("participant_info").toString();
            route(PortasipEvents.participantEvent(r.participantInfo(), basis), null,
                    (ex, e) -> PortasipEvents.participantHeaders(ex.getMessage(), r.participantInfo()));
        }
    }

    private void remember(SipCallInfo info) {
        if (info.call() == null || info.event() != null) {
            return;
        }
        String key = info.call().id() + "|" + info.call().tag();
        if (info.state() == SipCallState.TERMINATED) {
            known.remove(key);
            ivrSequence.remove(key);
        } else {
            known.put(key, info);
        }
    }

    private void dispatch(SipCallInfo info, String type, String basis, boolean reconciled) {
        CallEvent event = PortasipEvents.callInfoEvent(info, type, reconciled ? "reconciled:" + basis : basis);
        route(event, PortasipEvents.legKey(info), (ex, e) -> {
            PortasipEvents.callInfoHeaders(ex.getMessage(), info, type);
            if (reconciled) {
                ex.getMessage().setHeader(PortasipConstants.RECONCILED, Boolean.TRUE);
            }
        });
    }

    /** Tracked and routed in arrival order per call; waits for room when maxPendingEvents are pending. */
    private void route(CallEvent event, String key, java.util.function.BiConsumer<org.apache.camel.Exchange, CallEvent> populate) {
        CallEventRouter r = router;
        if (r == null) {
            log.debug("portasip: event dropped, consumer stopping");
            return;
        }
        r.route(event, key != null ? key : event.callId(), populate, true, false);
    }

    /** The event path (tracker and dispatcher), for tests and management; null when stopped. */
    public CallEventRouter getRouter() {
        return router;
    }

    @Override
    public void onStateChange(ConnectionState state) {
        if (delivering && conf.isConnectionEvents()) {
            emitConnection("connection", state);
        }
    }

    @Override
    public void onResubscribed() {
        if (!delivering) {
            return;
        }
        emitConnection("gap", ConnectionState.CONNECTED);
        if (conf.isReconcileOnReconnect()) {
            reconcile();
        }
    }

    private void emitConnection(String type, ConnectionState state) {
        CallEventRouter r = router;
        if (r == null) {
            return;
        }
        r.routeOther(OrderedDispatcher.NO_CALL, ex -> {
            ex.getMessage().setBody(new PortasipConnectionEvent(type, state, Instant.now(),
                    conf.getWebSocketUrl()));
            ex.getMessage().setHeader(PortasipConstants.NOTIFICATION_TYPE, type);
            ex.getMessage().setHeader(PortasipConstants.CONNECTION_STATE, state);
        }, true);
    }

    /** Lists the calls and emits what changed while the socket was down. */
    void reconcile() {
        PortasipCallControlConnection c = connection;
        if (c == null) {
            return;
        }
        SubscriptionRequest s = subscription;
        GetSipCallsListRequest req = new GetSipCallsListRequest(s.iAccount(), s.iCustomer(), s.iMainOffice(), s.iIvrAn());
        c.request("CallControl", PortasipOperation.get_sip_calls_list.method(), req).whenComplete((node, e) -> {
            if (e != null) {
                log.warn("portasip: reconciliation after reconnect failed: {}", PortasipCallControlConnection.unwrap(e).getMessage());
                return;
            }
            if (!delivering) {
                return;
            }
            GetSipCallsListResponse list = Json.MAPPER.convertValue(node, GetSipCallsListResponse.class);
            Set<String> seen = new HashSet<>();
            for (SipCallInfo info : list.callsList() == null ? List.<SipCallInfo>of() : list.callsList()) {
                if (info.call() == null) {
                    continue;
                }
                String key = info.call().id() + "|" + info.call().tag();
                seen.add(key);
                SipCallInfo before = known.get(key);
                if (before == null || before.state() != info.state()) {
                    remember(info);
                    dispatch(info, "call_info", Json.writeString(info), true);
                }
            }
            for (Map.Entry<String, SipCallInfo> e2 : known.entrySet()) {
                if (!seen.contains(e2.getKey())) {
                    SipCallInfo b = e2.getValue();
                    SipCallInfo ended = new SipCallInfo(b.call(), b.callee(), b.caller(), SipCallState.TERMINATED,
                            b.transferSuccess(), b.type(), b.trackingId(), b.previousTrackingId(), b.connectTime(),
                            null, TERMINATED_WHILE_DISCONNECTED, b.queueInfo(), null, b.startTime(), null, null, null,
                            null, null, b.dialogId(), b.direction(), b.localParty(), b.remoteParty(), b.sipTransportId());
                    known.remove(e2.getKey());
                    dispatch(ended, "call_info", Json.writeString(ended), true);
                }
            }
        });
    }

    /** Calls this consumer currently believes active (for tests and management). */
    public int knownCalls() {
        return known.size();
    }
}
