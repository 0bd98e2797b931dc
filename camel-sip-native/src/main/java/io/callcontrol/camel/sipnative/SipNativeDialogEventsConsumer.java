package io.callcontrol.camel.sipnative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.callcontrol.camel.sipnative.api.DialogEvent;
import io.callcontrol.camel.sipnative.api.DialogInfo;
import io.callcontrol.camel.sipnative.api.DialogSubscription;
import io.callcontrol.camel.sipnative.api.InboundRequest;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import io.callcontrol.core.camel.CallEventRouter;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallOutcome;
import io.callcontrol.core.event.CallState;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code sip-native:dialog_events}: subscribes to the dialog event package (RFC 4235) of each monitored user,
 * keeps the subscriptions refreshed, and turns each dialog of each NOTIFY into an exchange carrying the
 * normalized {@link CallEvent} (body: {@link DialogEvent}).
 */
public class SipNativeDialogEventsConsumer extends DefaultConsumer implements Suspendable {

    private final SipNativeEndpoint endpoint;
    private WritableHealthCheckRepository healthCheckRepository;
    private SipNativeHealthCheck healthCheck;
    private final List<DialogSubscription> subscriptions = new ArrayList<>();
    /** Tracker (keyed by entity and call id) and ordered dispatcher: each dialog's events in arrival order. */
    private volatile CallEventRouter router;

    public SipNativeDialogEventsConsumer(SipNativeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health checks are optional (camel-health): registered only when a repository exists
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "components",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SipNativeHealthCheck(endpoint, "consumer:" + getRouteId(), this::getSubscriptions);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
        SipNativeConfiguration c = endpoint.getConfiguration();
        io.callcontrol.core.error.Validation.of(SipNativeException.VENDOR, "dialog_events")
                .require("monitoredUsers", c.getMonitoredUsers()).check();
        router = CallEventRouter.start(this, SipNativeException.VENDOR, c.callEventRouterOptions());
        SipUserAgent agent = endpoint.getAgent();
        for (String user : c.getMonitoredUsers().split(",")) {
            if (user.isBlank()) {
                continue;
            }
            DialogSubscription s = new DialogSubscription(agent, user.trim(), "dialog", "application/dialog-info+xml",
                    c.getSubscribeExpires(), c.getResubscribeInterval(), this::onNotify);
            subscriptions.add(s);
            s.start();
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        for (DialogSubscription s : subscriptions) {
            try {
                s.stop().get(endpoint.getConfiguration().getStopGracePeriod(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // best effort: the stack is going down anyway
            }
        }
        subscriptions.clear();
        CallEventRouter r = router;
        router = null;
        if (r != null) {
            r.stop();
        }
        super.doStop();
    }

    /** The subscriptions (for tests and health checks). */
    public List<DialogSubscription> getSubscriptions() {
        return List.copyOf(subscriptions);
    }

    private void onNotify(InboundRequest notify) {
        String body = notify.body();
        if (body == null || body.isBlank() || isSuspendingOrSuspended()) {
            return;
        }
        DialogInfo info;
        try {
            info = DialogInfo.parse(body);
        } catch (Exception e) {
            getExceptionHandler().handleException("Unreadable dialog-info NOTIFY body", e);
            return;
        }
        CallEventRouter r = router;
        if (r == null) {
            return;
        }
        Instant now = Instant.now();
        List<String> present = new ArrayList<>();
        for (DialogInfo.Dialog d : info.dialogs()) {
            DialogEvent ev = new DialogEvent(info.entity(), info.version(), info.state(), d);
            CallEvent event = toCallEvent(ev, now);
            String key = info.entity() + "|" + event.callId();
            present.add(key);
            r.route(event, key, (exchange, routed) -> {
                exchange.getIn().setBody(ev);
                exchange.getIn().setHeader(SipNativeConstants.ENTITY, info.entity());
            }, true, false);
        }
        if ("full".equalsIgnoreCase(info.state()) && r.tracker() != null) {
            // a full dialog-info lists every dialog of the entity: its tracked dialogs not listed have ended
            String prefix = info.entity() + "|";
            for (String k : r.tracker().activeCalls()) {
                if (!k.startsWith(prefix)) {
                    present.add(k);
                }
            }
            r.reconcile(present, (exchange, e) -> exchange.getIn().setHeader(SipNativeConstants.ENTITY, info.entity()));
        }
    }

    /** The event path (tracker and dispatcher), for tests and management; null when stopped. */
    public CallEventRouter getRouter() {
        return router;
    }

    static CallEvent toCallEvent(DialogEvent ev, Instant receivedAt) {
        DialogInfo.Dialog d = ev.dialog();
        String state = d.state() == null ? "" : d.state().toLowerCase();
        CallState cs = switch (state) {
            case "trying", "proceeding" -> CallState.TRYING;
            case "early" -> CallState.RINGING;
            case "confirmed" -> CallState.CONNECTED;
            case "terminated" -> CallState.TERMINATED;
            default -> CallState.UNKNOWN;
        };
        CallDirection dir = "initiator".equalsIgnoreCase(d.direction()) ? CallDirection.OUTBOUND
                : "recipient".equalsIgnoreCase(d.direction()) ? CallDirection.INBOUND : CallDirection.UNKNOWN;
        String local = d.localIdentity() != null ? d.localIdentity() : ev.entity();
        String remote = d.remoteIdentity();
        String reason = null;
        if (d.event() != null || d.code() > 0) {
            reason = ((d.event() == null ? "" : d.event()) + (d.code() > 0 ? " " + d.code() : "")).trim();
        }
        String callId = d.callId() != null ? d.callId() : d.id();
        return CallEvent.builder(SipNativeException.VENDOR)
                .eventId(CallEvent.stableId(SipNativeException.VENDOR, "dialog", ev.entity(), d.id(), state,
                        String.valueOf(ev.version()), reason))
                .eventType("dialog")
                .callId(callId)
                .trackingId(d.id())
                .state(cs)
                .vendorState(d.state())
                .direction(dir)
                .caller(dir == CallDirection.INBOUND ? remote : local)
                .callee(dir == CallDirection.INBOUND ? local : remote)
                .receivedAt(receivedAt)
                .endedAt(cs == CallState.TERMINATED ? receivedAt : null)
                .reason(reason)
                .outcome(cs == CallState.TERMINATED ? outcome(d.event(), d.code()) : null)
                .cause(cs == CallState.TERMINATED && d.code() > 0 ? String.valueOf(d.code()) : null)
                .raw(ev)
                .build();
    }

    /**
     * The outcome of a terminated dialog from its RFC 4235 event attribute and code: the code's SIP status first;
     * cancelled, rejected, timeout (no answer) and error (failed); a bye means it was answered; null otherwise
     * (replaced, none: the tracker decides from what it saw).
     */
    static CallOutcome outcome(String event, int code) {
        CallOutcome bySip = CallOutcome.fromSipStatus(code > 0 ? code : null);
        if (bySip != null) {
            return bySip;
        }
        String e = event == null ? "" : event.toLowerCase(java.util.Locale.ROOT);
        return switch (e) {
            case "cancelled" -> CallOutcome.CANCELLED;
            case "rejected" -> CallOutcome.REJECTED;
            case "timeout" -> CallOutcome.NO_ANSWER;
            case "error" -> CallOutcome.FAILED;
            case "local-bye", "remote-bye" -> CallOutcome.ANSWERED;
            default -> null;
        };
    }
}
