package io.callcontrol.camel.sipnative.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.ResponseEvent;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionState;
import javax.sip.header.CSeqHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.core.error.CallControlAuthenticationException;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.callcontrol.camel.sipnative.api.SipMessages.bodyOf;
import static io.callcontrol.camel.sipnative.api.SipMessages.callId;
import static io.callcontrol.camel.sipnative.api.SipMessages.wrap;

/**
 * The client side of a {@link SipUserAgent}: each request it sends in its own client transaction, with its own
 * timeout and one Digest retry, completed (on the worker pool) by its final answer; the INVITEs not yet finally
 * answered, which a stop cancels and a stack restart fails.
 */
final class OutboundTransactions {

    private static final Logger LOG = LoggerFactory.getLogger(SipUserAgent.class);

    private final SipUserAgent agent;
    private final ConcurrentMap<String, ClientTransaction> pendingInvites = new ConcurrentHashMap<>();

    OutboundTransactions(SipUserAgent agent) {
        this.agent = agent;
    }

    /** Number of INVITEs sent and not yet finally answered. */
    int pendingInviteCount() {
        return pendingInvites.size();
    }

    boolean isPendingInvite(String callId) {
        return pendingInvites.containsKey(callId);
    }

    /** The stack is gone: every pending INVITE fails with the reason. */
    void failAll(String reason) {
        for (ClientTransaction ct : pendingInvites.values()) {
            if (ct.getApplicationData() instanceof Pending p) {
                p.fail(new CallControlConnectionException(SipNativeException.VENDOR, "the SIP stack was restarted: " + reason, null));
            }
        }
        pendingInvites.clear();
    }

    /** The agent stops: CANCELs the INVITEs still ringing; the futures complete once their 487 arrived. */
    List<CompletableFuture<?>> cancelAll() {
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (ClientTransaction ct : pendingInvites.values()) {
            try {
                if (ct.getState() == TransactionState.PROCEEDING) {
                    ClientTransaction cancel = agent.provider().getNewClientTransaction(ct.createCancel());
                    cancel.sendRequest();
                    // the 487 (ACKed by the transaction layer) completes the INVITE: wait for it
                    if (ct.getApplicationData() instanceof Pending p) {
                        pending.add(p.future.exceptionally(t -> null));
                    }
                }
            } catch (Exception e) {
                LOG.debug("CANCEL on stop failed", e);
            }
        }
        pendingInvites.clear();
        return pending;
    }

    /** CANCELs the pending INVITE of this Call-ID; null when there is none. */
    CompletableFuture<Final> cancel(String callId) {
        ClientTransaction ct = pendingInvites.get(callId);
        if (ct == null) {
            return null;
        }
        try {
            Request cancel = ct.createCancel();
            ClientTransaction cct = agent.provider().getNewClientTransaction(cancel);
            Pending p = new Pending(Request.CANCEL, null, null);
            cct.setApplicationData(p);
            p.transaction = cct;
            cct.sendRequest();
            return p.future;
        } catch (Exception e) {
            return CompletableFuture.failedFuture(wrap(e));
        }
    }

    /** A client transaction ended: a request still waiting fails. */
    void transactionTerminated(ClientTransaction ct) {
        if (ct.getApplicationData() instanceof Pending pending && !pending.isSettled() && pending.transaction == ct) {
            pending.fail(new CallControlConnectionException(SipNativeException.VENDOR,
                    pending.method + " transaction ended without a final answer", null));
        }
    }

    /** A final response with the dialog it belongs to (when the request created one). */
    record Final(Response response, Dialog dialog) {
    }

    /**
     * Sends a request in a new client transaction. The future completes with the final response (any status,
     * after one Digest retry on 401/407), or fails with a timeout after {@code timeoutMillis} without a final
     * response, or a connection error. {@code provisional} sees 1xx responses.
     */
    CompletableFuture<Final> send(Request request, Dialog dialog, long timeoutMillis, Consumer<Response> provisional) {
        if (agent.provider() == null) {
            return CompletableFuture.failedFuture(new CallControlConnectionException(SipNativeException.VENDOR,
                    "SIP user agent " + agent.config().identity() + " is not running", null));
        }
        Pending pending = new Pending(request.getMethod(), dialog, provisional);
        try {
            ClientTransaction ct = agent.provider().getNewClientTransaction(request);
            ct.setApplicationData(pending);
            pending.transaction = ct;
            if (pending.createsDialog()) {
                pending.dialog = agent.provider().getNewDialog(ct);
            }
            if (Request.INVITE.equals(request.getMethod())) {
                pendingInvites.put(callId(request), ct);
            }
            if (timeoutMillis > 0) {
                pending.timer = agent.scheduler().schedule(() -> pending.timeout(timeoutMillis), timeoutMillis, TimeUnit.MILLISECONDS);
            }
            if (dialog != null) {
                dialog.sendRequest(ct);
            } else {
                ct.sendRequest();
            }
        } catch (Exception e) {
            pending.fail(wrap(e));
        }
        return pending.future;
    }

    /** State of one outgoing request, attached to its client transaction. */
    final class Pending {
        final String method;
        final Consumer<Response> provisional;
        final CompletableFuture<Final> future = new CompletableFuture<>();
        volatile Dialog dialog;
        volatile ClientTransaction transaction;
        volatile ScheduledFuture<?> timer;
        volatile boolean gotProvisional;
        final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
        int authAttempts;

        Pending(String method, Dialog dialog, Consumer<Response> provisional) {
            this.method = method;
            this.dialog = dialog;
            this.provisional = provisional;
        }

        boolean createsDialog() {
            return dialog == null && (Request.INVITE.equals(method) || Request.SUBSCRIBE.equals(method));
        }

        void done() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
            ClientTransaction ct = transaction;
            if (ct != null && Request.INVITE.equals(method)) {
                pendingInvites.remove(callId(ct.getRequest()), ct);
            }
        }

        boolean isSettled() {
            return settled.get();
        }

        void complete(Response response, Dialog d) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            done();
            Final f = new Final(response, d != null ? d : dialog);
            agent.worker().execute(() -> future.complete(f));
        }

        void fail(Throwable t) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            done();
            agent.worker().execute(() -> future.completeExceptionally(t));
        }

        void timeout(long millis) {
            if (isSettled()) {
                return;
            }
            ClientTransaction ct = transaction;
            fail(new CallControlTimeoutException(SipNativeException.VENDOR,
                    method + " to " + (ct == null ? "?" : ct.getRequest().getRequestURI()) + " got no final answer within " + millis + " ms", null));
            if (ct != null && Request.INVITE.equals(method) && gotProvisional) {
                try {
                    agent.provider().getNewClientTransaction(ct.createCancel()).sendRequest();
                } catch (Exception e) {
                    LOG.debug("CANCEL after timeout failed", e);
                }
            }
        }
    }

    void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        ClientTransaction ct = event.getClientTransaction();
        if (ct == null) {
            strayResponse(event);
            return;
        }
        Object data = ct.getApplicationData();
        if (!(data instanceof Pending pending)) {
            return;
        }
        int status = response.getStatusCode();
        if ((status == 401 || status == 407) && agent.config().password() != null && pending.authAttempts < 1 && !pending.isSettled()) {
            pending.authAttempts++;
            try {
                ClientTransaction retry = agent.authHelper().handleChallenge(response, ct, agent.provider(), 5, true);
                retry.setApplicationData(pending);
                pending.transaction = retry;
                if (Request.INVITE.equals(pending.method)) {
                    pendingInvites.put(callId(retry.getRequest()), retry);
                }
                Dialog inDialog = ct.getDialog();
                boolean wasInDialog = inDialog != null && inDialog.getState() == DialogState.CONFIRMED;
                if (wasInDialog) {
                    inDialog.sendRequest(retry);
                } else {
                    if (Request.INVITE.equals(pending.method) || Request.SUBSCRIBE.equals(pending.method)) {
                        pending.dialog = agent.provider().getNewDialog(retry);
                    }
                    retry.sendRequest();
                }
            } catch (Exception e) {
                pending.fail(wrap(e));
            }
            return;
        }
        if (status == 401 || status == 407) {
            pending.fail(new CallControlAuthenticationException(SipNativeException.VENDOR, String.valueOf(status),
                    response.getReasonPhrase(), status, response.toString(), null));
            return;
        }
        if (status < 200) {
            pending.gotProvisional = true;
            if (pending.provisional != null) {
                agent.worker().execute(() -> pending.provisional.accept(response));
            }
            return;
        }
        if (pending.isSettled()) {
            // final answer after we gave up: a late 2xx to an INVITE must be ACKed and hung up
            if (status < 300 && Request.INVITE.equals(pending.method) && event.getDialog() != null) {
                ackAndBye(event.getDialog(), response);
            }
            return;
        }
        pending.complete(response, event.getDialog());
    }

    private void strayResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (cseq == null || !Request.INVITE.equals(cseq.getMethod()) || response.getStatusCode() / 100 != 2) {
            return;
        }
        CallLeg leg = agent.legs().get(callId(response));
        Dialog d = event.getDialog();
        try {
            if (leg != null && leg.lastAck() != null) {
                leg.dialog().sendAck(leg.lastAck());
            } else if (leg == null && d != null) {
                ackAndBye(d, response);
            }
        } catch (Exception e) {
            LOG.debug("Could not answer a retransmitted 2xx", e);
        }
    }

    private void ackAndBye(Dialog d, Response response) {
        try {
            long seq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
            Request ack = d.createAck(seq);
            String offer = bodyOf(response);
            if (offer != null) {
                agent.setBody(ack, "application/sdp", Sdp.rejectingAnswer(offer, agent.config().listenAddress()));
            }
            d.sendAck(ack);
            Request bye = d.createRequest(Request.BYE);
            ClientTransaction ct = agent.provider().getNewClientTransaction(bye);
            d.sendRequest(ct);
        } catch (Exception e) {
            LOG.debug("Could not hang up a late-answered call", e);
        }
    }

    void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        ClientTransaction ct = event.getClientTransaction();
        if (ct != null && ct.getApplicationData() instanceof Pending pending) {
            pending.fail(new CallControlTimeoutException(SipNativeException.VENDOR,
                    pending.method + " to " + ct.getRequest().getRequestURI() + " timed out (no answer to the retransmissions)", null));
        }
    }
}
