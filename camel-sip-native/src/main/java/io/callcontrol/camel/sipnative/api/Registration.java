package io.callcontrol.camel.sipnative.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sip.address.Address;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the agent's identity registered: REGISTER (answering Digest challenges), refresh at 80 % of the
 * granted lifetime, re-register after {@code registerRetryInterval} on failure, unREGISTER on stop.
 * One Call-ID for the whole registration, CSeq incremented per REGISTER (RFC 3261 section 10.2).
 */
public final class Registration {

    private static final Logger LOG = LoggerFactory.getLogger(Registration.class);

    /** Registration state as reported by {@link #state()}. */
    public enum State { REGISTERING, REGISTERED, FAILED, UNREGISTERED }

    private final SipUserAgent agent;
    private final SipAgentConfig config;
    private final String callId = "reg-" + SipMessages.newTag() + SipMessages.newTag();
    private long cseq;
    private volatile State state = State.UNREGISTERED;
    private volatile int lastStatus;
    private volatile String lastError;
    private volatile int grantedExpires;
    private final java.util.concurrent.atomic.AtomicInteger successes = new java.util.concurrent.atomic.AtomicInteger();
    private volatile ScheduledFuture<?> timer;
    private volatile boolean stopped;
    private volatile CompletableFuture<Void> firstAttempt = new CompletableFuture<>();

    Registration(SipUserAgent agent, SipAgentConfig config) {
        this.agent = agent;
        this.config = config;
    }

    public State state() {
        return state;
    }

    /** Status code of the last final answer to REGISTER (0 when none). */
    public int lastStatus() {
        return lastStatus;
    }

    public String lastError() {
        return lastError;
    }

    /** How many REGISTERs succeeded so far (the first and each refresh). */
    public int successCount() {
        return successes.get();
    }

    /** Lifetime the registrar granted, seconds. */
    public int grantedExpires() {
        return grantedExpires;
    }

    /** Completes after the first REGISTER attempt ended (registered or failed). */
    public CompletableFuture<Void> firstAttempt() {
        return firstAttempt;
    }

    void start() {
        register(config.registerExpires());
    }

    private synchronized Request build(int expires) throws Exception {
        String registrar = config.registrar();
        if (registrar == null || registrar.isBlank()) {
            registrar = "sip:" + SipMessages.hostPart(config.identity());
        }
        Address to = agent.toAddress(config.identity());
        URI ruri = agent.toAddress(registrar).getURI();
        Request r = agent.newRequest(Request.REGISTER, to, ruri, callId);
        ((CallIdHeader) r.getHeader(CallIdHeader.NAME)).setCallId(callId);
        ((CSeqHeader) r.getHeader(CSeqHeader.NAME)).setSeqNumber(++cseq);
        ((ContactHeader) r.getHeader(ContactHeader.NAME)).setExpires(expires);
        r.addHeader(agent.headerFactory().createExpiresHeader(expires));
        return r;
    }

    private CompletableFuture<Void> register(int expires) {
        if (expires > 0) {
            state = State.REGISTERING;
        }
        final Request r;
        try {
            r = build(expires);
        } catch (Exception e) {
            failed(0, e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        return agent.send(r, null, config.requestTimeout(), null).handle((f, err) -> {
            if (expires == 0) {
                state = State.UNREGISTERED;
                return null;
            }
            if (err != null) {
                Throwable t = err instanceof java.util.concurrent.CompletionException && err.getCause() != null ? err.getCause() : err;
                int status = t instanceof io.callcontrol.core.error.CallControlException ce ? ce.getHttpStatus() : 0;
                failed(status, t.getMessage());
            } else if (f.response().getStatusCode() / 100 == 2) {
                registered(f.response());
            } else {
                failed(f.response().getStatusCode(), f.response().getStatusCode() + " " + f.response().getReasonPhrase());
            }
            return null;
        });
    }

    private void registered(Response response) {
        int expires = config.registerExpires();
        ExpiresHeader eh = (ExpiresHeader) response.getHeader(ExpiresHeader.NAME);
        if (eh != null) {
            expires = eh.getExpires();
        }
        // our own binding's expires param, when the registrar lists it, wins (RFC 3261 section 10.2.4)
        for (var it = response.getHeaders(ContactHeader.NAME); it.hasNext(); ) {
            ContactHeader c = (ContactHeader) it.next();
            String uri = c.getAddress().getURI().toString();
            if (uri.contains(config.listenAddress() + ":" + config.listenPort()) && c.getExpires() > 0) {
                expires = c.getExpires();
            }
        }
        grantedExpires = expires;
        lastStatus = response.getStatusCode();
        lastError = null;
        state = State.REGISTERED;
        successes.incrementAndGet();
        long refresh = Math.max(1, (long) (expires * 0.8));
        LOG.info("{} registered for {} s, refreshing in {} s", config.identity(), expires, refresh);
        schedule(refresh * 1000L);
        firstAttempt.complete(null);
    }

    private void failed(int status, String error) {
        lastStatus = status;
        lastError = error;
        state = State.FAILED;
        LOG.warn("REGISTER of {} failed: {}; retrying in {} ms", config.identity(), error, config.registerRetryInterval());
        schedule(config.registerRetryInterval());
        firstAttempt.complete(null);
    }

    private void schedule(long millis) {
        if (stopped) {
            return;
        }
        timer = agent.scheduler().schedule(() -> register(config.registerExpires()), millis, TimeUnit.MILLISECONDS);
    }

    /** Re-registers now (e.g. after the network came back). */
    public void refreshNow() {
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        register(config.registerExpires());
    }

    CompletableFuture<Void> stop() {
        stopped = true;
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        if (state == State.REGISTERED) {
            return register(0);
        }
        return CompletableFuture.completedFuture(null);
    }
}
