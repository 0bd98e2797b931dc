package io.callcontrol.camel.sipx;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.callcontrol.camel.sipx.api.SipxCallStatus;
import io.callcontrol.camel.sipx.api.SipxDialog;
import io.callcontrol.camel.sipx.api.SipxDialogState;
import io.callcontrol.camel.sipx.api.SipxStatusLine;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.event.CallDirection;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallOutcome;
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
 * {@code sipx:status}: polls the call state of one calling/called pair (and agent) every {@code delay} ms and emits
 * each new status line (REFER calls) or dialog state (INVITE calls) exactly once, as a normalized call event. "call
 * not found" (no call yet, or its record expired) is an empty state, not an error; a dialog that disappears from
 * the answer is reported as terminated (sipX drops ended dialogs).
 */
public class SipxConsumer extends ScheduledPollConsumer {

    public static final String STATUS_LINE = "status_line";
    public static final String DIALOG_STATE = "dialog_state";

    private final SipxEndpoint endpoint;
    private final SnapshotTracker<SipxStatusLine> lines = new SnapshotTracker<>(
            l -> l.callId() + "|" + l.timestamp() + "|" + l.statusLine(), l -> "");
    private final SnapshotTracker<SipxDialog> dialogs = new SnapshotTracker<>(SipxDialog::dialogId, SipxDialog::state);
    /** The per-call state tracker (null with callTracking=false); the poller's thread is the only caller. */
    private CallTracker callTracker;

    public SipxConsumer(SipxEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected int poll() throws Exception {
        SipxConfiguration conf = endpoint.getConfiguration();
        Validation.of(SipxConstants.SCHEME, "status").require("callingUser", conf.getCallingUser())
                .require("calledUser", conf.getCalledUser()).check();
        SipxCallStatus status;
        try {
            status = endpoint.client().status(conf.getCallingUser(), conf.getCalledUser(), conf.getAgent())
                    .get(conf.getConnectTimeout() + (long) conf.getResponseTimeout() + 1000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SipxException.CallNotFound) {
                status = new SipxCallStatus(null, List.of(), List.of(), null);
            } else {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }
        int emitted = 0;
        for (Change<SipxStatusLine> c : lines.update(status.statusLines())) {
            if (c.type() == ChangeType.APPEARED && isRunAllowed()) {
                emit(c.current(), statusEvent(c.current()), STATUS_LINE);
                emitted++;
            }
        }
        for (Change<SipxDialog> c : dialogs.update(status.dialogs())) {
            if (!isRunAllowed()) {
                break;
            }
            if (c.type() == ChangeType.DISAPPEARED) {
                SipxDialogState last = c.previous().state();
                if (last == SipxDialogState.TERMINATED || last == SipxDialogState.COMPLETED) {
                    continue;
                }
                SipxDialog gone = new SipxDialog(c.previous().dialogId(), c.previous().localParty(),
                        c.previous().remoteParty(), "Terminated Dialog");
                emit(gone, dialogEvent(gone).toBuilder().reason(CallTracker.DISAPPEARED).build(), DIALOG_STATE);
            } else {
                emit(c.current(), dialogEvent(c.current()), DIALOG_STATE);
            }
            emitted++;
        }
        if (callTracker != null && isRunAllowed()) {
            // a call whose status lines are gone (its record expired: "call not found") ended, how is not known
            java.util.Set<String> present = new java.util.HashSet<>();
            status.statusLines().forEach(l -> present.add(l.callId()));
            status.dialogs().forEach(d -> present.add(d.dialogId()));
            for (CallEvent gone : callTracker.reconcile(present)) {
                emitTracked(gone, gone, STATUS_LINE);
                emitted++;
            }
        }
        return emitted;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SipxConfiguration conf = endpoint.getConfiguration();
        callTracker = conf.isCallTracking()
                ? new CallTracker(SipxConstants.SCHEME, conf.callEventRouterOptions().tracker()) : null;
    }

    private String trackingId() {
        SipxConfiguration conf = endpoint.getConfiguration();
        String agent = conf.getAgent() != null ? conf.getAgent() : conf.getCallingUser();
        return agent + ":" + conf.getCallingUser() + ":" + conf.getCalledUser();
    }

    CallEvent statusEvent(SipxStatusLine line) {
        SipxConfiguration conf = endpoint.getConfiguration();
        CallState state = stateOf(line.statusCode());
        return CallEvent.builder(SipxConstants.SCHEME)
                .eventId(CallEvent.stableId(SipxConstants.SCHEME, trackingId(), line.callId(),
                        String.valueOf(line.timestamp()), line.statusLine()))
                .eventType(STATUS_LINE)
                .callId(line.callId())
                .trackingId(trackingId())
                .state(state)
                .vendorState(line.statusLine())
                .direction(CallDirection.OUTBOUND)
                .caller(conf.getCallingUser())
                .callee(conf.getCalledUser())
                .vendorTime(line.timestamp() > 0 ? line.time() : null)
                .connectedAt(state == CallState.CONNECTED && line.timestamp() > 0 ? line.time() : null)
                .endedAt(state == CallState.TERMINATED && line.timestamp() > 0 ? line.time() : null)
                .reason(state == CallState.TERMINATED ? line.statusLine() : null)
                .outcome(state == CallState.TERMINATED ? CallOutcome.fromSipStatus(line.statusCode()) : null)
                .cause(state == CallState.TERMINATED ? String.valueOf(line.statusCode()) : null)
                .raw(line)
                .build();
    }

    /**
     * SIP status code to normalized state. 401/407 are authentication challenges in the middle of the call setup
     * (the document's example continues with 100 Trying after 407), so they stay TRYING.
     */
    static CallState stateOf(int code) {
        if (code == 401 || code == 407 || (code >= 100 && code < 180)) {
            return CallState.TRYING;
        }
        if (code >= 180 && code < 183) {
            return CallState.RINGING;
        }
        if (code >= 183 && code < 200) {
            return CallState.EARLY;
        }
        if (code >= 200 && code < 300) {
            return CallState.CONNECTED;
        }
        if (code >= 300) {
            return CallState.TERMINATED;
        }
        return CallState.UNKNOWN;
    }

    CallEvent dialogEvent(SipxDialog d) {
        SipxConfiguration conf = endpoint.getConfiguration();
        Instant now = Instant.now();
        CallState state = d.state().normalized();
        return CallEvent.builder(SipxConstants.SCHEME)
                .eventId(CallEvent.stableId(SipxConstants.SCHEME, trackingId(), d.dialogId(), d.state().name()))
                .eventType(DIALOG_STATE)
                .callId(d.dialogId())
                .trackingId(trackingId())
                .state(state)
                .vendorState(d.dialogState())
                .direction(CallDirection.OUTBOUND)
                .caller(conf.getCallingUser())
                .callee(d.remoteParty() != null ? d.remoteParty() : conf.getCalledUser())
                .occurredAt(now)
                .connectedAt(state == CallState.CONNECTED ? now : null)
                .endedAt(state == CallState.TERMINATED ? now : null)
                .raw(d)
                .build();
    }

    private void emit(Object body, CallEvent event, String kind) {
        CallEvent routed = event;
        if (callTracker != null) {
            CallTracker.Decision d = callTracker.track(event);
            if (!d.routed()) {
                return;
            }
            routed = d.event();
        }
        emitTracked(body, routed, kind);
    }

    private void emitTracked(Object body, CallEvent event, String kind) {
        Exchange exchange = createExchange(false);
        try {
            Message m = exchange.getMessage();
            m.setBody(body);
            CallEventHeaders.apply(m, event);
            m.setHeader(SipxConstants.EVENT_KIND, kind);
            m.setHeader(SipxConstants.CALLING_USER, endpoint.getConfiguration().getCallingUser());
            m.setHeader(SipxConstants.CALLED_USER, endpoint.getConfiguration().getCalledUser());
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        } finally {
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Error processing sipX call event", exchange,
                        exchange.getException());
            }
            releaseExchange(exchange, false);
        }
    }

    @Override
    protected void doStop() throws Exception {
        super.doStop();
        lines.reset();
        dialogs.reset();
        callTracker = null;
    }
}
