package io.callcontrol.camel.sipnative.api;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ServerTransaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionState;
import javax.sip.header.EventHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.stack.SIPServerTransaction;
import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.core.error.CallControlConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.callcontrol.camel.sipnative.api.SipMessages.bodyOf;
import static io.callcontrol.camel.sipnative.api.SipMessages.callId;
import static io.callcontrol.camel.sipnative.api.SipMessages.callIdOrNull;
import static io.callcontrol.camel.sipnative.api.SipMessages.reasonOf;
import static io.callcontrol.camel.sipnative.api.SipMessages.sipfragStatus;
import static io.callcontrol.camel.sipnative.api.SipMessages.statelessTag;

/**
 * The server side of a {@link SipUserAgent}: every request the stack delivers (on a stack thread, so nothing here
 * blocks) is screened, bounded ({@code maxPendingRequests}, the stack's queue delay), answered where the agent
 * answers it itself (OPTIONS, BYE, CANCEL, in-dialog INFO, NOTIFY, re-INVITE, 420, 405) or handed to its consumer
 * on the worker pool; and every answer the agent or a consumer sends goes out here.
 */
final class InboundDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SipUserAgent.class);
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, INFO, NOTIFY, REFER, SUBSCRIBE";
    static final long TRYING_DELAY_MILLIS = 200;
    static final String ACCEPT = "application/sdp, text/plain, application/dialog-info+xml, message/sipfrag";

    private final SipUserAgent agent;
    private final InboundLimiter inbound;
    private final ConcurrentMap<String, Consumer<InboundRequest>> subscriptionNotifyHandlers = new ConcurrentHashMap<>();
    private final Map<ServerTransaction, Boolean> cancelled = new ConcurrentHashMap<>();

    InboundDispatcher(SipUserAgent agent, SipLimits limits) {
        this.agent = agent;
        this.inbound = new InboundLimiter(limits);
    }

    InboundLimiter limiter() {
        return inbound;
    }

    /** The handler runs on the stack thread and must only queue the NOTIFY (no blocking, no processing). */
    void addSubscriptionHandler(String callId, Consumer<InboundRequest> handler) {
        subscriptionNotifyHandlers.put(callId, handler);
    }

    void removeSubscriptionHandler(String callId) {
        subscriptionNotifyHandlers.remove(callId);
    }

    /** The agent stopped: no subscription is followed any more. */
    void clear() {
        subscriptionNotifyHandlers.clear();
    }

    /** A server transaction ended: its CANCEL mark goes. */
    void transactionTerminated(ServerTransaction st) {
        cancelled.remove(st);
    }

    void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (Request.ACK.equals(method)) {
            return;
        }
        String invalid = RequestScreen.problem(request);
        if (invalid != null) {
            // answered without a transaction: the request is not one the transaction layer should hold
            LOG.debug("Rejecting {}: {}", method, invalid);
            respondStateless(request, RequestScreen.status(invalid), RequestScreen.reason(invalid));
            return;
        }
        ServerTransaction st = event.getServerTransaction();
        boolean permit = false;
        if (st == null && agent.isRunning() && isNewInbound(request)) {
            if (congested() || !inbound.tryAcquire()) {
                overloaded(request);
                return;
            }
            permit = true;
        }
        boolean handedOff = false;
        try {
            if (st == null) {
                try {
                    st = agent.provider().getNewServerTransaction(request);
                } catch (TransactionAlreadyExistsException e) {
                    return; // a retransmission, the transaction layer answers it
                } catch (Exception e) {
                    LOG.warn("No server transaction for {} (answering 500 statelessly): {}", method, e.toString());
                    respondStateless(request, 500, null);
                    return;
                }
            }
            if (!agent.isRunning()) {
                respond(st, request, 503, null, null, null, null);
                return;
            }
            try {
                handedOff = dispatch(st, request, event.getDialog(), permit);
            } catch (Exception e) {
                LOG.warn("Error handling {}", method, e);
                respond(st, request, 500, null, null, null, null);
            }
        } finally {
            if (permit && !handedOff) {
                inbound.release();
            }
        }
    }

    /**
     * True while received datagrams wait longer than {@code maxQueueDelay} for a stack thread: the stack cannot
     * keep up, new requests are refused (cheaply, without a transaction) so that it catches up instead of
     * answering everything too late.
     */
    private boolean congested() {
        long limit = agent.limits().maxQueueDelay();
        GuardedMessageProcessorFactory f = agent.processorFactory();
        if (limit <= 0 || f == null || f.queueDelay() <= limit) {
            return false;
        }
        inbound.countRefused();
        return true;
    }

    /** An out-of-dialog INVITE or MESSAGE a consumer takes (the requests {@code maxPendingRequests} bounds). */
    private boolean isNewInbound(Request request) {
        String method = request.getMethod();
        if (!Request.INVITE.equals(method) && !Request.MESSAGE.equals(method)) {
            return false;
        }
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (to == null || to.getTag() != null) {
            return false;
        }
        return Request.INVITE.equals(method) ? agent.inviteHandler() != null : agent.messageHandler() != null;
    }

    /** Beyond maxPendingRequests: a stateless 503 with Retry-After, or nothing. */
    private void overloaded(Request request) {
        SipLimits limits = agent.limits();
        if (!limits.rejectWhenOverloaded()) {
            return;
        }
        try {
            Response r = agent.messageFactory().createResponse(Response.SERVICE_UNAVAILABLE, request);
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to != null && to.getTag() == null) {
                to.setTag(statelessTag(request));
            }
            if (limits.retryAfter() > 0) {
                r.addHeader(agent.headerFactory().createRetryAfterHeader(limits.retryAfter()));
            }
            agent.provider().sendResponse(r);
        } catch (Exception e) {
            LOG.warn("Could not send 503 for {} {}: {}", request.getMethod(), callIdOrNull(request), e.toString());
        }
    }

    /** Returns true when the request was handed to a consumer (which then owns the inbound permit). */
    private boolean dispatch(ServerTransaction st, Request request, Dialog dialog, boolean permit) throws Exception {
        String method = request.getMethod();
        if (!Request.CANCEL.equals(method) && request.getHeader(RequireHeader.NAME) != null) {
            List<String> required = new ArrayList<>();
            for (Iterator<?> it = request.getHeaders(RequireHeader.NAME); it.hasNext(); ) {
                required.add(((RequireHeader) it.next()).getOptionTag());
            }
            Response r = agent.messageFactory().createResponse(Response.BAD_EXTENSION, request);
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(toTagFor(st));
            }
            for (String tag : required) {
                r.addHeader(agent.headerFactory().createUnsupportedHeader(tag));
            }
            sendResponse(st, r);
            return false;
        }
        String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        String callId = callId(request);
        switch (method) {
            case Request.INVITE -> {
                if (toTag != null) {
                    reInvite(st, request, callId);
                } else {
                    InboundHandler h = agent.inviteHandler();
                    if (h == null) {
                        respond(st, request, Response.TEMPORARILY_UNAVAILABLE, null, null, null, null);
                    } else {
                        InboundRequest in = new InboundRequest(agent, st, request, permit ? inbound::release : null);
                        // RFC 3261 8.2.6.1: 100 Trying only when the final answer takes longer than 200 ms
                        ServerTransaction tx = st;
                        try {
                            agent.scheduler().schedule(() -> {
                                if (!in.isAnswered() && tx.getState() == TransactionState.TRYING) {
                                    in.provisional(Response.TRYING);
                                }
                            }, TRYING_DELAY_MILLIS, TimeUnit.MILLISECONDS);
                        } catch (java.util.concurrent.RejectedExecutionException e) {
                            // the timer is full (overload): the 100 is optional, the transaction absorbs retransmissions
                        }
                        return handOff(h, in);
                    }
                }
            }
            case Request.CANCEL -> cancel(st, request);
            case Request.BYE -> {
                CallLeg leg = legFor(request, callId);
                if (leg == null || !agent.legs().remove(callId, leg)) {
                    respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
                } else {
                    respond(st, request, Response.OK, null, null, null, null);
                    agent.hangUpPartner(leg);
                }
            }
            case Request.MESSAGE -> {
                InboundHandler h = agent.messageHandler();
                if (h == null) {
                    respond(st, request, Response.METHOD_NOT_ALLOWED, null, null, null, null);
                } else {
                    return handOff(h, new InboundRequest(agent, st, request, permit ? inbound::release : null));
                }
            }
            case Request.NOTIFY -> notify(st, request, callId);
            case Request.INFO -> respond(st, request, legFor(request, callId) != null ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST,
                    null, null, null, null);
            case Request.OPTIONS -> respond(st, request, Response.OK, null, null, null, null);
            case Request.SUBSCRIBE -> respond(st, request, Response.BAD_EVENT, null, null, null, null);
            case Request.REFER -> respond(st, request, toTag == null || !agent.legs().containsKey(callId)
                    ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.DECLINE, null, null, null, null);
            default -> respond(st, request, Response.METHOD_NOT_ALLOWED, null, null, null, null);
        }
        return false;
    }

    /** Hands a request to its consumer on the worker pool; the request is answered even if that fails. */
    private boolean handOff(InboundHandler h, InboundRequest in) {
        try {
            agent.worker().execute(() -> {
                try {
                    h.onRequest(in);
                } catch (RuntimeException e) {
                    LOG.warn("Consumer failed on incoming {}", in.method(), e);
                    in.reject(Response.SERVER_INTERNAL_ERROR, null);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            in.reject(Response.SERVICE_UNAVAILABLE, null);
        }
        return true;
    }

    /** The held leg an in-dialog request belongs to: same Call-ID and both tags of its dialog, else null. */
    private CallLeg legFor(Request request, String callId) {
        CallLeg leg = agent.legs().get(callId);
        if (leg == null) {
            return null;
        }
        String fromTag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
        String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        Dialog d = leg.dialog();
        if (d.getLocalTag() != null && !d.getLocalTag().equals(toTag)) {
            return null;
        }
        if (d.getRemoteTag() != null && !d.getRemoteTag().equals(fromTag)) {
            return null;
        }
        return leg;
    }

    private void reInvite(ServerTransaction st, Request request, String callId) throws Exception {
        CallLeg leg = legFor(request, callId);
        if (leg == null) {
            respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
            return;
        }
        // the agent has no media of its own: a session refresh gets the last SDP again, a real change is refused
        if (leg.localSdp() == null) {
            respond(st, request, Response.NOT_ACCEPTABLE_HERE, null, null, null, null);
            return;
        }
        respond(st, request, Response.OK, null, null, "application/sdp", leg.localSdp());
    }

    private void cancel(ServerTransaction st, Request request) {
        ServerTransaction invite = st instanceof SIPServerTransaction sst ? (ServerTransaction) sst.getCanceledInviteTransaction() : null;
        if (invite == null) {
            respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
            return;
        }
        respond(st, request, Response.OK, null, null, null, null);
        if (invite.getState() == TransactionState.PROCEEDING || invite.getState() == TransactionState.TRYING) {
            cancelled.put(invite, Boolean.TRUE);
            respond(invite, invite.getRequest(), Response.REQUEST_TERMINATED, null, null, null, null);
        }
    }

    boolean isCancelled(ServerTransaction st) {
        return cancelled.containsKey(st);
    }

    private void notify(ServerTransaction st, Request request, String callId) {
        EventHeader event = (EventHeader) request.getHeader(EventHeader.NAME);
        String pkg = event == null ? "" : event.getEventType();
        if ("refer".equalsIgnoreCase(pkg)) {
            CallLeg leg = legFor(request, callId);
            if (leg == null) {
                respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
                return;
            }
            respond(st, request, Response.OK, null, null, null, null);
            String frag = bodyOf(request);
            String state = String.valueOf(request.getHeader("Subscription-State"));
            CompletableFuture<String> f = leg.referResult();
            if (frag != null) {
                leg.lastSipfrag(frag.trim());
                int code = sipfragStatus(frag);
                if (code >= 200 && f != null) {
                    agent.worker().execute(() -> f.complete(frag.trim()));
                }
            }
            if (state.toLowerCase().contains("terminated") && f != null) {
                String last = leg.lastSipfrag();
                agent.worker().execute(() -> f.complete(last == null ? "SIP/2.0 200 OK" : last));
            }
            return;
        }
        Consumer<InboundRequest> h = subscriptionNotifyHandlers.get(callId);
        if (h == null) {
            respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
            return;
        }
        // queued (in arrival order) before the 200 lets the notifier send the next NOTIFY
        h.accept(new InboundRequest(agent, st, request));
        respond(st, request, Response.OK, null, null, null, null);
    }

    void respondProvisional(ServerTransaction st, Request request, int status) {
        try {
            Response r = agent.messageFactory().createResponse(status, request);
            if (status > 100) {
                ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
                to.setTag(toTagFor(st));
                r.addHeader(agent.contactHeader());
            }
            st.sendResponse(r);
        } catch (Exception e) {
            LOG.warn("Could not send {} for {} {}: {}", status, request.getMethod(), callIdOrNull(request), reasonOf(e));
            LOG.debug("Sending the response failed", e);
        }
    }

    private String toTagFor(ServerTransaction st) {
        // the branch id of the transaction is unique: derive the To tag from it, keep no per-call state
        return Integer.toHexString(st.getBranchId().hashCode()) + "a";
    }

    /** Answers a request; returns whether the response was handed to the transport. */
    boolean respond(ServerTransaction st, Request request, int status, String reason, List<String> contacts,
                    String contentType, String body) {
        try {
            Response r = agent.messageFactory().createResponse(status, request);
            if (reason != null && !reason.isBlank()) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to.getTag() == null && status > 100) {
                to.setTag(toTagFor(st));
            }
            if (contacts != null) {
                for (String c : contacts) {
                    r.addHeader(agent.headerFactory().createContactHeader(agent.toAddress(c)));
                }
            }
            if (status == Response.METHOD_NOT_ALLOWED || (status == Response.OK && Request.OPTIONS.equals(request.getMethod()))) {
                for (String m : ALLOW.split(", ")) {
                    r.addHeader(agent.headerFactory().createAllowHeader(m));
                }
            }
            if (status == Response.OK && Request.OPTIONS.equals(request.getMethod())) {
                for (String type : ACCEPT.split(", ")) {
                    int slash = type.indexOf('/');
                    r.addHeader(agent.headerFactory().createAcceptHeader(type.substring(0, slash), type.substring(slash + 1)));
                }
            }
            if (status / 100 == 2 && (Request.INVITE.equals(request.getMethod()))) {
                r.addHeader(agent.contactHeader());
            }
            agent.setBody(r, contentType, body);
            sendResponse(st, r);
            return true;
        } catch (Exception e) {
            LOG.warn("Could not send {} for {} {}: {}", status, request.getMethod(), callIdOrNull(request), reasonOf(e));
            LOG.debug("Sending the response failed", e);
            return false;
        }
    }

    private void sendResponse(ServerTransaction st, Response r) throws Exception {
        if (st == null) {
            agent.provider().sendResponse(r);
        } else {
            if (r.getStatusCode() >= 300 && st instanceof gov.nist.javax.sip.stack.SIPTransaction tx
                    && Request.INVITE.equals(st.getRequest().getMethod())) {
                // timer I: how long the transaction absorbs retransmitted ACKs once the final answer was ACKed
                tx.setTimerT4((int) Math.max(tx.getBaseTimerInterval(), agent.limits().inviteAckLinger()));
            }
            st.sendResponse(r);
        }
    }

    private void respondStateless(Request request, int status, String reason) {
        try {
            Response r = agent.messageFactory().createResponse(status, request);
            if (reason != null && !reason.isBlank()) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to != null && to.getTag() == null) {
                to.setTag(statelessTag(request));
            }
            agent.provider().sendResponse(r);
        } catch (Exception e) {
            LOG.warn("Could not send {} (stateless) for {} {}: {}", status, request.getMethod(), callIdOrNull(request), reasonOf(e));
            LOG.debug("Sending the response failed", e);
        }
    }

    /** 200 OK with SDP to an incoming INVITE; the agent holds the dialog until BYE. Returns the dialog id. */
    String answerInvite(ServerTransaction st, Request request, String sdp) {
        try {
            if (isCancelled(st)) {
                return null;
            }
            Dialog d = agent.provider().getNewDialog(st);
            String callId = callId(request);
            CallLeg leg = new CallLeg(callId, d, ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI().toString());
            leg.remoteSdp(bodyOf(request));
            leg.localSdp(sdp);
            // held before the 200 OK goes out (a BYE may follow it at once); requests on it wait for the 200 OK
            agent.legs().put(callId, leg);
            if (!respond(st, request, Response.OK, null, null, sdp == null ? null : "application/sdp", sdp)) {
                agent.legs().remove(callId, leg);
                leg.established().completeExceptionally(new CallControlConnectionException(SipNativeException.VENDOR,
                        "the 200 OK answering " + callId + " could not be sent", null));
                return null;
            }
            leg.established().complete(null);
            return callId;
        } catch (Exception e) {
            LOG.warn("Could not answer INVITE", e);
            respond(st, request, Response.SERVER_INTERNAL_ERROR, null, null, null, null);
            return null;
        }
    }
}
