package io.callcontrol.camel.sipnative;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.callcontrol.camel.sipnative.api.CallLeg;
import io.callcontrol.camel.sipnative.api.Sdp;
import io.callcontrol.camel.sipnative.api.SipNativeRequest;
import io.callcontrol.camel.sipnative.api.SipResponse;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.Validation;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * Sends the SIP requests of every producer operation. Never blocks the calling thread: each operation is a
 * chain of futures completed by the user agent's worker threads, which then call the Camel callback.
 */
public class SipNativeProducer extends CallControlProducer<SipNativeOperation> {

    private static final String VENDOR = SipNativeException.VENDOR;

    private final SipNativeEndpoint endpoint;
    private WritableHealthCheckRepository healthCheckRepository;
    private SipNativeHealthCheck healthCheck;

    public SipNativeProducer(SipNativeEndpoint endpoint) {
        super(endpoint, VENDOR, SipNativeOperation.class, SipNativeConstants.OPERATION);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health checks are optional (camel-health): registered only when a repository exists
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "components",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SipNativeHealthCheck(endpoint, "producer:sip-native-" + endpoint.getConfiguration().getOperation()
                    + "-" + System.identityHashCode(this), null);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckProducerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    /** Result of originate: the dialog ids of both parties (both held until the call ends). */
    public record OriginateResult(String firstDialogId, String secondDialogId, String firstParty, String secondParty) {
    }

    /** Result of click_to_dial: the first party's dialog id and the transfer outcome (final sipfrag line). */
    public record ClickToDialResult(String dialogId, String firstParty, String target, String transferResult) {
    }

    @Override
    protected SipNativeOperation endpointOperation() {
        return endpoint.getConfiguration().getOperation();
    }

    @Override
    protected boolean isProducerOperation(SipNativeOperation op) {
        return op.isProducer();
    }

    @Override
    protected CompletableFuture<?> send(Exchange exchange, SipNativeOperation op) {
        SipUserAgent agent = endpoint.getAgent();
        if (agent == null) {
            throw new IllegalStateException("sip-native endpoint is not started");
        }
        if ("udp".equalsIgnoreCase(agent.config().transport())) {
            return dispatch(agent, exchange, op);
        }
        // a TCP/TLS send may have to connect first: never on the caller's thread
        return CompletableFuture.supplyAsync(() -> dispatch(agent, exchange, op), agent.executor()).thenCompose(x -> x);
    }

    /** Header, then body map key, then endpoint option. */
    private static String param(Exchange exchange, String header, String key, String option) {
        Message m = exchange.getMessage();
        String v = m.getHeader(header, String.class);
        if (v == null) {
            v = fromBody(m.getBody(), key);
        }
        return v != null ? v : option;
    }

    /** A value of a body that carries the whole request: a Map (by key) or a {@link SipNativeRequest}. */
    private static String fromBody(Object body, String key) {
        if (body instanceof Map<?, ?> map && map.get(key) != null) {
            return String.valueOf(map.get(key));
        }
        if (body instanceof SipNativeRequest r) {
            return switch (key) {
                case "target" -> r.target();
                case "firstParty" -> r.firstParty();
                case "secondParty" -> r.secondParty();
                case "dialogId" -> r.dialogId();
                case "digits" -> r.digits();
                case "contentType" -> r.contentType();
                case "body" -> r.body();
                default -> null;
            };
        }
        return null;
    }

    private static Map<String, String> extraHeaders(Exchange exchange) {
        Object h = exchange.getMessage().getHeader(SipNativeConstants.EXTRA_HEADERS);
        Map<String, String> out = new LinkedHashMap<>();
        if (h instanceof Map<?, ?> map) {
            map.forEach((k, v) -> out.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        }
        return out;
    }

    private CompletableFuture<?> dispatch(SipUserAgent agent, Exchange exchange, SipNativeOperation op) {
        SipNativeConfiguration c = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        String target = param(exchange, SipNativeConstants.TARGET, "target", c.getTarget());
        String dialogId = param(exchange, SipNativeConstants.DIALOG_ID, "dialogId", null);
        Map<String, String> extra = extraHeaders(exchange);
        switch (op) {
            case options -> {
                Validation.of(VENDOR, op.name()).require("target", target).check();
                long start = System.nanoTime();
                return agent.request("OPTIONS", target, null, null, extra).thenAccept(r -> {
                    long rtt = (System.nanoTime() - start) / 1_000_000;
                    setResponse(exchange, r);
                    in.setHeader(SipNativeConstants.ROUND_TRIP_TIME, rtt);
                    in.setBody(r);
                });
            }
            case message -> {
                String body = in.getBody() instanceof Map<?, ?> || in.getBody() instanceof SipNativeRequest
                        ? fromBody(in.getBody(), "body") : in.getBody(String.class);
                String ct = param(exchange, SipNativeConstants.CONTENT_TYPE, "contentType", c.getContentType());
                Validation.of(VENDOR, op.name()).require("target", target).require("body", body).check();
                return agent.request("MESSAGE", target, ct, body, extra).thenAccept(r -> {
                    setResponse(exchange, r);
                    failIfNotSuccess(r);
                    in.setBody(r);
                });
            }
            case hold, talk -> {
                String to = target;
                if (to == null && dialogId != null) {
                    CallLeg leg = agent.leg(dialogId);
                    if (leg == null) {
                        throw new SipNativeDialogNotFoundException(dialogId);
                    }
                    to = leg.remoteUri();
                }
                Validation.of(VENDOR, op.name()).requireOneOf(mapOf("target", to, "dialogId", dialogId)).check();
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Event", op.name());
                headers.put("Subscription-State", "active");
                headers.putAll(extra);
                return agent.request("NOTIFY", to, null, null, headers).thenAccept(r -> {
                    setResponse(exchange, r);
                    failIfNotSuccess(r);
                    in.setBody(r);
                });
            }
            case send_dtmf -> {
                String digits = param(exchange, SipNativeConstants.DIGITS, "digits", null);
                Validation.of(VENDOR, op.name()).require("dialogId", dialogId).require("digits", digits)
                        .check("digits", digits == null || digits.matches("[0-9*#A-Da-d]+"), "must only hold 0-9, *, #, A-D")
                        .check();
                if (agent.leg(dialogId) == null) {
                    throw new SipNativeDialogNotFoundException(dialogId);
                }
                CompletableFuture<SipResponse> chain = CompletableFuture.completedFuture(null);
                for (char d : digits.toUpperCase().toCharArray()) {
                    String body = "Signal=" + d + "\r\nDuration=" + c.getDtmfDuration() + "\r\n";
                    chain = chain.thenCompose(prev -> {
                        if (prev != null && !prev.isSuccess()) {
                            return CompletableFuture.completedFuture(prev);
                        }
                        return agent.requestInDialog(dialogId, "INFO", "application/dtmf-relay", body, extra);
                    });
                }
                return chain.thenAccept(r -> {
                    setResponse(exchange, r);
                    failIfNotSuccess(r);
                    in.setHeader(SipNativeConstants.DIALOG_ID, dialogId);
                    in.setBody(r);
                });
            }
            case hangup -> {
                Validation.of(VENDOR, op.name()).require("dialogId", dialogId).check();
                return agent.hangup(dialogId).thenAccept(r -> {
                    setResponse(exchange, r);
                    in.setBody(r);
                });
            }
            case transfer -> {
                Validation.of(VENDOR, op.name()).require("dialogId", dialogId).require("target", target).check();
                CallLeg leg = agent.leg(dialogId);
                if (leg == null) {
                    throw new SipNativeDialogNotFoundException(dialogId);
                }
                boolean wait = c.isWaitForTransferResult();
                return agent.refer(leg, target, wait, c.getTransferTimeout()).handle((frag, err) -> {
                    if (err != null) {
                        throw err instanceof CompletionException ce ? ce : new CompletionException(err);
                    }
                    int code = sipfragCode(frag);
                    in.setHeader(SipNativeConstants.TRANSFER_RESULT, frag);
                    in.setHeader(SipNativeConstants.STATUS_CODE, code);
                    in.setHeader(SipNativeConstants.DIALOG_ID, dialogId);
                    in.setBody(frag);
                    if (code >= 300) {
                        throw SipNativeException.ofStatus(code, "transfer to " + target + " failed: " + frag, frag);
                    }
                    if (wait) {
                        agent.bye(leg, false);
                    }
                    return frag;
                });
            }
            case originate -> {
                String first = param(exchange, SipNativeConstants.FIRST_PARTY, "firstParty", c.getFirstParty());
                String second = param(exchange, SipNativeConstants.SECOND_PARTY, "secondParty", c.getSecondParty());
                Validation.of(VENDOR, op.name()).require("firstParty", first).require("secondParty", second).check();
                return originate(agent, exchange, first, second, extra);
            }
            case click_to_dial -> {
                String first = param(exchange, SipNativeConstants.FIRST_PARTY, "firstParty", c.getFirstParty());
                Validation.of(VENDOR, op.name()).require("firstParty", first).require("target", target).check();
                return clickToDial(agent, exchange, first, target, extra);
            }
            default -> throw new io.callcontrol.core.error.CallControlValidationException(VENDOR, "operation",
                    "sip-native: unsupported operation " + op);
        }
    }

    /** RFC 3725 flow I: INVITE A without SDP, INVITE B with A's offer, ACK B, ACK A with B's answer. */
    private CompletableFuture<?> originate(SipUserAgent agent, Exchange exchange, String first, String second,
                                           Map<String, String> extra) {
        SipNativeConfiguration c = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        String callId = in.getHeader(SipNativeConstants.CALL_ID, String.class);
        return agent.invite(first, null, extra, c.getAnswerTimeout(), null, callId).thenCompose(legA -> {
            String offer = legA.remoteSdp();
            return agent.invite(second, offer, extra, c.getAnswerTimeout(), null).handle((legB, err) -> {
                if (err != null) {
                    // complete A's offer/answer with a rejecting answer, then hang A up: nothing is left behind
                    try {
                        agent.ack(legA, Sdp.rejectingAnswer(offer, agent.config().listenAddress()));
                    } finally {
                        agent.bye(legA, false);
                    }
                    throw err instanceof CompletionException ce ? ce : new CompletionException(err);
                }
                agent.ack(legB, null);
                agent.ack(legA, legB.remoteSdp());
                agent.link(legA, legB);
                in.setHeader(SipNativeConstants.DIALOG_ID, legA.id());
                in.setHeader(SipNativeConstants.SECOND_DIALOG_ID, legB.id());
                in.setHeader(SipNativeConstants.STATUS_CODE, 200);
                in.setBody(new OriginateResult(legA.id(), legB.id(), first, second));
                return legB;
            });
        });
    }

    /** INVITE the first party (auto-answer headers), then REFER it to the target and follow the NOTIFYs. */
    private CompletableFuture<?> clickToDial(SipUserAgent agent, Exchange exchange, String first, String target,
                                             Map<String, String> extra) {
        SipNativeConfiguration c = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        Map<String, String> headers = new LinkedHashMap<>();
        if (c.isAutoAnswer()) {
            String host = agent.config().listenAddress();
            headers.put("Alert-Info", "<http://" + host + "/autoanswer>;info=AutoAnswer");
            headers.put("Call-Info", "<sip:" + host + ">;answer-after=0");
        }
        headers.putAll(extra);
        String offer = Sdp.inactiveOffer(agent.config().listenAddress());
        String callId = in.getHeader(SipNativeConstants.CALL_ID, String.class);
        return agent.invite(first, offer, headers, c.getAnswerTimeout(), null, callId).thenCompose(leg -> {
            agent.ack(leg, null);
            in.setHeader(SipNativeConstants.DIALOG_ID, leg.id());
            return agent.refer(leg, target, c.isWaitForTransferResult(), c.getTransferTimeout()).handle((frag, err) -> {
                if (err != null) {
                    agent.bye(leg, false);
                    throw err instanceof CompletionException ce ? ce : new CompletionException(err);
                }
                int code = sipfragCode(frag);
                in.setHeader(SipNativeConstants.TRANSFER_RESULT, frag);
                in.setHeader(SipNativeConstants.STATUS_CODE, code);
                in.setBody(new ClickToDialResult(leg.id(), first, target, frag));
                if (c.isWaitForTransferResult() || code >= 300) {
                    // the first party now talks to the target (or failed to): our leg is no longer needed
                    agent.bye(leg, false);
                }
                if (code >= 300) {
                    throw SipNativeException.ofStatus(code, "click_to_dial to " + target + " failed: " + frag, frag);
                }
                return frag;
            });
        });
    }

    private static int sipfragCode(String frag) {
        if (frag == null || !frag.startsWith("SIP/2.0 ") || frag.length() < 11) {
            return 0;
        }
        try {
            return Integer.parseInt(frag.substring(8, 11));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Map<String, Object> mapOf(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static void setResponse(Exchange exchange, SipResponse r) {
        Message m = exchange.getMessage();
        m.setHeader(SipNativeConstants.STATUS_CODE, r.status());
        m.setHeader(SipNativeConstants.REASON_PHRASE, r.reason());
        m.setHeader(SipNativeConstants.RESPONSE_HEADERS, r.headers());
        if (r.dialogId() != null) {
            m.setHeader(SipNativeConstants.DIALOG_ID, r.dialogId());
        }
    }

    private static void failIfNotSuccess(SipResponse r) {
        if (!r.isSuccess()) {
            throw SipNativeException.ofStatus(r.status(), r.reason(), r.raw());
        }
    }
}
