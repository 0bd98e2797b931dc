package io.callcontrol.camel.broadworks;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.broadworks.api.BroadworksCallListEntry;
import io.callcontrol.camel.broadworks.api.BroadworksCallState;
import io.callcontrol.camel.broadworks.api.BroadworksClient.UserPath;
import io.callcontrol.camel.broadworks.api.CallPersonality;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallTracker;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.poll.SnapshotTracker;
import io.callcontrol.core.poll.SnapshotTracker.Change;
import io.callcontrol.core.poll.SnapshotTracker.ChangeType;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.support.ScheduledPollConsumer;

/**
 * {@code broadworks:calls}: polls the user's call list with details every {@code delay} ms and emits one call
 * event per call that appeared ({@code call_appeared}), changed state ({@code call_state_changed}) or disappeared
 * ({@code call_released}) since the previous poll -- each change exactly once. A failed poll changes nothing, so
 * the next successful poll reports what happened meanwhile (a call released during an outage is still reported).
 */
public class BroadworksConsumer extends ScheduledPollConsumer {

    public static final String APPEARED = "call_appeared";
    public static final String CHANGED = "call_state_changed";
    public static final String RELEASED = "call_released";

    private final BroadworksEndpoint endpoint;
    private final SnapshotTracker<BroadworksCallListEntry> tracker =
            new SnapshotTracker<>(BroadworksCallListEntry::callId, BroadworksCallListEntry::state);
    private final Map<String, Integer> changeCounts = new HashMap<>();
    /** The per-call state tracker (null with callTracking=false); the poller's thread is the only caller. */
    private CallTracker callTracker;

    public BroadworksConsumer(BroadworksEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected int poll() throws Exception {
        BroadworksConfiguration conf = endpoint.getConfiguration();
        Validation.of(BroadworksConstants.SCHEME, "calls").require("tenantId", conf.getTenantId())
                .require("groupId", conf.getGroupId()).require("userId", conf.getUserId()).check();
        UserPath user = new UserPath(conf.getTenantId(), conf.getGroupId(), conf.getUserId());
        List<BroadworksCallListEntry> calls;
        try {
            calls = endpoint.client().listCalls(user, true)
                    .get(conf.getConnectTimeout() + (long) conf.getResponseTimeout() + 1000, TimeUnit.MILLISECONDS)
                    .calls();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        boolean first = !tracker.isPrimed();
        List<Change<BroadworksCallListEntry>> changes = tracker.update(calls);
        if (first && !conf.isEmitInitialCalls()) {
            return 0;
        }
        int emitted = 0;
        for (Change<BroadworksCallListEntry> change : changes) {
            if (!isRunAllowed()) {
                break;
            }
            if (change.type() == ChangeType.DISAPPEARED
                    && change.previous().state() == BroadworksCallState.RELEASED) {
                changeCounts.remove(change.key()); // its release was already reported as a state change
                continue;
            }
            emit(change);
            emitted++;
        }
        return emitted;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        BroadworksConfiguration conf = endpoint.getConfiguration();
        callTracker = conf.isCallTracking()
                ? new CallTracker(BroadworksConstants.SCHEME, conf.callEventRouterOptions().tracker()) : null;
    }

    private void emit(Change<BroadworksCallListEntry> change) {
        CallEvent event = toEvent(change);
        if (callTracker != null) {
            CallTracker.Decision d = callTracker.track(event);
            if (!d.routed()) {
                return;
            }
            event = d.event();
        }
        Exchange exchange = createExchange(false);
        try {
            Message m = exchange.getMessage();
            BroadworksCallListEntry call = change.current() != null ? change.current() : change.previous();
            m.setBody(call);
            CallEventHeaders.apply(m, event);
            m.setHeader(BroadworksConstants.CALL_ID, call.callId());
            m.setHeader(BroadworksConstants.EXTERNAL_TRACKING_ID, call.externalTrackingId());
            m.setHeader(BroadworksConstants.CHANGE_TYPE, change.type().name());
            if (change.previous() != null) {
                m.setHeader(BroadworksConstants.PREVIOUS_STATE, change.previous().state());
            }
            m.setHeader(BroadworksConstants.TENANT_ID, endpoint.getConfiguration().getTenantId());
            m.setHeader(BroadworksConstants.GROUP_ID, endpoint.getConfiguration().getGroupId());
            m.setHeader(BroadworksConstants.USER_ID, endpoint.getConfiguration().getUserId());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing BroadWorks call event", exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
        }
    }

    CallEvent toEvent(Change<BroadworksCallListEntry> change) {
        BroadworksConfiguration conf = endpoint.getConfiguration();
        BroadworksCallListEntry call = change.current() != null ? change.current() : change.previous();
        Instant now = Instant.now();
        String type;
        CallState state;
        String vendorState;
        String idPart;
        String reason = null;
        if (change.type() == ChangeType.DISAPPEARED) {
            // the call list has no release cause: a call that left it ended, how is not known
            reason = CallTracker.DISAPPEARED;
            type = RELEASED;
            state = CallState.TERMINATED;
            vendorState = BroadworksCallState.RELEASED.wire();
            idPart = "released";
            changeCounts.remove(call.callId());
        } else {
            type = change.type() == ChangeType.APPEARED ? APPEARED : CHANGED;
            state = call.state() == null ? CallState.UNKNOWN : call.state().normalized();
            vendorState = call.state() == null ? null : call.state().wire();
            if (change.type() == ChangeType.APPEARED) {
                idPart = "appeared";
            } else {
                int n = changeCounts.merge(call.callId(), 1, Integer::sum);
                idPart = "changed#" + n + ":" + (change.previous().state() == null ? "" : change.previous().state().wire());
            }
        }
        String user = call.endpoint() != null && call.endpoint().addressOfRecord() != null
                ? call.endpoint().addressOfRecord() : conf.getUserId();
        String remote = call.remoteParty() == null ? null : call.remoteParty().address();
        CallDirection direction = direction(call.personality());
        boolean inbound = direction == CallDirection.INBOUND;
        return CallEvent.builder(BroadworksConstants.SCHEME)
                .eventId(CallEvent.stableId(BroadworksConstants.SCHEME, conf.getTenantId(), conf.getGroupId(),
                        conf.getUserId(), call.callId(), idPart, vendorState))
                .eventType(type)
                .callId(call.callId())
                .trackingId(call.externalTrackingId())
                .state(state)
                .vendorState(vendorState)
                .direction(direction)
                .caller(inbound ? remote : user)
                .callee(inbound ? user : remote)
                .occurredAt(now)
                .startedAt(call.startedAt())
                .connectedAt(call.answeredAt())
                .endedAt(change.type() == ChangeType.DISAPPEARED ? now : null)
                .reason(reason)
                .raw(call)
                .build();
    }

    private static CallDirection direction(CallPersonality p) {
        if (p == null) {
            return CallDirection.UNKNOWN;
        }
        return switch (p) {
            case CLICK_TO_DIAL, ORIGINATOR -> CallDirection.OUTBOUND;
            case TERMINATOR -> CallDirection.INBOUND;
            default -> CallDirection.UNKNOWN;
        };
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        tracker.reset();
        changeCounts.clear();
        callTracker = null;
    }
}
