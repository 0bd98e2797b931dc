package io.callcontrol.camel.sipnative.api;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sip.ServerTransaction;
import javax.sip.address.Address;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.ToHeader;
import javax.sip.message.Request;

/**
 * An incoming out-of-dialog request (INVITE or MESSAGE) waiting for the route's decision. Exactly one final
 * answer is sent (later calls are ignored); nothing is kept once it is answered, unless the call is answered
 * with {@link #answer(String)}, which makes the agent hold the dialog until the call ends.
 */
public final class InboundRequest {

    private final SipUserAgent agent;
    private final ServerTransaction transaction;
    private final Request request;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final Runnable onAnswered;

    InboundRequest(SipUserAgent agent, ServerTransaction transaction, Request request) {
        this(agent, transaction, request, null);
    }

    /** {@code onAnswered} (may be null) runs once, when the final answer is given. */
    InboundRequest(SipUserAgent agent, ServerTransaction transaction, Request request, Runnable onAnswered) {
        this.agent = agent;
        this.transaction = transaction;
        this.request = request;
        this.onAnswered = onAnswered;
    }

    private boolean claim() {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        if (onAnswered != null) {
            onAnswered.run();
        }
        return true;
    }

    public String method() {
        return request.getMethod();
    }

    public String callId() {
        return ((CallIdHeader) request.getHeader(CallIdHeader.NAME)).getCallId();
    }

    public String caller() {
        return ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI().toString();
    }

    public String callerName() {
        Address a = ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress();
        return a.getDisplayName();
    }

    public String callee() {
        return ((ToHeader) request.getHeader(ToHeader.NAME)).getAddress().getURI().toString();
    }

    public String requestUri() {
        return request.getRequestURI().toString();
    }

    /** Every header of the request (repeated headers joined with ", "); built when first read. */
    public Map<String, String> headers() {
        return new java.util.AbstractMap<>() {
            private Map<String, String> map;

            private synchronized Map<String, String> map() {
                if (map == null) {
                    map = SipMessages.headerMap(request);
                }
                return map;
            }

            @Override
            public java.util.Set<Entry<String, String>> entrySet() {
                return map().entrySet();
            }

            @Override
            public String get(Object key) {
                return map().get(key);
            }

            @Override
            public boolean containsKey(Object key) {
                return map().containsKey(key);
            }

            @Override
            public int size() {
                return map().size();
            }
        };
    }

    public String contentType() {
        ContentTypeHeader ct = (ContentTypeHeader) request.getHeader(ContentTypeHeader.NAME);
        return ct == null ? null : ct.getContentType() + "/" + ct.getContentSubType();
    }

    public String body() {
        byte[] raw = request.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }

    /** The whole request as received. */
    public String raw() {
        return request.toString();
    }

    /** True once a final answer was sent (or the caller cancelled). */
    public boolean isAnswered() {
        return answered.get() || agent.server().isCancelled(transaction);
    }

    /** Final non-2xx answer. */
    public void reject(int status, String reason) {
        if (claim()) {
            agent.server().respond(transaction, request, status, reason, null, null, null);
        }
    }

    /** 3xx answer with one Contact header per target (the first is preferred). */
    public void redirect(int status, String reason, List<String> contacts) {
        if (claim()) {
            agent.server().respond(transaction, request, status, reason, contacts, null, null);
        }
    }

    /** 200 OK (for MESSAGE), or 200 OK with the given SDP (for INVITE: the agent then holds the dialog). */
    public String answer(String sdp) {
        if (claim()) {
            if (Request.INVITE.equals(request.getMethod())) {
                return agent.server().answerInvite(transaction, request, sdp);
            }
            agent.server().respond(transaction, request, 200, null, null, null, null);
        }
        return null;
    }

    /** A provisional answer (180, 183); may be sent before the final one. */
    public void provisional(int status) {
        if (!answered.get()) {
            agent.server().respondProvisional(transaction, request, status);
        }
    }
}
