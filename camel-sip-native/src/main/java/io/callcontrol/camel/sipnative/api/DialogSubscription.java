package io.callcontrol.camel.sipnative.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sip.Dialog;
import javax.sip.address.Address;
import javax.sip.header.ExpiresHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscription to one user's dialog event package (RFC 4235): SUBSCRIBE, refresh within the dialog at 80 %
 * of the granted expiry, new subscription after a failure or a terminating NOTIFY, unsubscribe on stop.
 * Each NOTIFY is handed to the listener on a worker thread.
 */
public final class DialogSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(DialogSubscription.class);

    private final SipUserAgent agent;
    private final String target;
    private final String eventPackage;
    private final String accept;
    private final int expires;
    private final long retryInterval;
    private final Consumer<InboundRequest> listener;
    private volatile Dialog dialog;
    private volatile String callId;
    private volatile ScheduledFuture<?> timer;
    private volatile boolean stopped;
    private volatile boolean active;
    private volatile String lastError;
    /** NOTIFYs are handed to the listener one at a time, in the order they arrived. */
    private final java.util.Queue<InboundRequest> notifies = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();

    public DialogSubscription(SipUserAgent agent, String target, String eventPackage, String accept, int expires,
                              long retryInterval, Consumer<InboundRequest> listener) {
        this.agent = agent;
        this.target = target;
        this.eventPackage = eventPackage;
        this.accept = accept;
        this.expires = expires;
        this.retryInterval = retryInterval;
        this.listener = listener;
    }

    public String target() {
        return target;
    }

    /** True while the subscription is accepted and not terminated. */
    public boolean isActive() {
        return active;
    }

    public String lastError() {
        return lastError;
    }

    public void start() {
        stopped = false;
        subscribe();
    }

    private Request build(int exp) throws Exception {
        Request r;
        Dialog d = dialog;
        if (d != null && exp >= 0 && active) {
            r = d.createRequest(Request.SUBSCRIBE);
        } else {
            Address to = agent.toAddress(target);
            r = agent.newRequest(Request.SUBSCRIBE, to, to.getURI(), null);
        }
        r.setHeader(agent.headerFactory().createEventHeader(eventPackage));
        r.setHeader(agent.headerFactory().createHeader("Accept", accept));
        r.setHeader(agent.headerFactory().createExpiresHeader(exp));
        return r;
    }

    private void subscribe() {
        if (stopped) {
            return;
        }
        final Request r;
        final Dialog inDialog = active ? dialog : null;
        try {
            r = build(expires);
        } catch (Exception e) {
            retry(e.getMessage());
            return;
        }
        String newCallId = SipMessages.callId(r);
        if (inDialog == null) {
            String old = callId;
            if (old != null) {
                agent.server().removeSubscriptionHandler(old);
            }
            callId = newCallId;
            // NOTIFY may arrive before the 2xx: listen on the Call-ID before sending
            agent.server().addSubscriptionHandler(newCallId, this::onNotify);
        }
        agent.send(r, inDialog, agent.config().requestTimeout(), null).whenComplete((f, err) -> {
            if (err != null) {
                retry(err.getMessage());
                return;
            }
            Response resp = f.response();
            if (resp.getStatusCode() / 100 != 2) {
                retry(resp.getStatusCode() + " " + resp.getReasonPhrase());
                return;
            }
            if (inDialog == null) {
                dialog = f.dialog();
            }
            active = true;
            lastError = null;
            ExpiresHeader eh = (ExpiresHeader) resp.getHeader(ExpiresHeader.NAME);
            int granted = eh == null ? expires : eh.getExpires();
            if (granted <= 0) {
                granted = expires;
            }
            long refresh = Math.max(1, (long) (granted * 0.8));
            schedule(refresh * 1000L);
        });
    }

    /** Called on the stack thread before the NOTIFY is answered: only queues it, in arrival order. */
    private void onNotify(InboundRequest notify) {
        notifies.add(notify);
        agent.worker().execute(this::drain);
    }

    private void drain() {
        while (draining.compareAndSet(false, true)) {
            try {
                InboundRequest next;
                while ((next = notifies.poll()) != null) {
                    deliver(next);
                }
            } finally {
                draining.set(false);
            }
            if (notifies.isEmpty()) {
                return;
            }
        }
    }

    private void deliver(InboundRequest notify) {
        String state = notify.headers().getOrDefault("Subscription-State", "active");
        try {
            listener.accept(notify);
        } finally {
            if (state.toLowerCase().startsWith("terminated") && !stopped) {
                active = false;
                dialog = null;
                retry("subscription terminated by the notifier: " + state);
            }
        }
    }

    private void retry(String error) {
        active = false;
        dialog = null;
        lastError = error;
        if (stopped) {
            return;
        }
        LOG.warn("Dialog event subscription to {} failed: {}; retrying in {} ms", target, error, retryInterval);
        schedule(retryInterval);
    }

    private void schedule(long millis) {
        if (stopped) {
            return;
        }
        ScheduledFuture<?> old = timer;
        if (old != null) {
            old.cancel(false);
        }
        timer = agent.scheduler().schedule(this::subscribe, millis, TimeUnit.MILLISECONDS);
    }

    /** Cancels the refresh and sends SUBSCRIBE with Expires: 0 in the dialog (best effort). */
    public CompletableFuture<?> stop() {
        stopped = true;
        ScheduledFuture<?> t = timer;
        if (t != null) {
            t.cancel(false);
        }
        Dialog d = dialog;
        String cid = callId;
        CompletableFuture<?> f = CompletableFuture.completedFuture(null);
        if (d != null && active && agent.isRunningOrStopping()) {
            try {
                Request r = d.createRequest(Request.SUBSCRIBE);
                r.setHeader(agent.headerFactory().createEventHeader(eventPackage));
                r.setHeader(agent.headerFactory().createExpiresHeader(0));
                f = agent.send(r, d, agent.config().requestTimeout(), null);
            } catch (Exception e) {
                LOG.debug("unSUBSCRIBE failed", e);
            }
        }
        active = false;
        dialog = null;
        return f.whenComplete((x, e) -> {
            if (cid != null) {
                agent.server().removeSubscriptionHandler(cid);
            }
        });
    }

}
