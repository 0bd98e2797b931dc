package io.callcontrol.camel.sipnative;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.callcontrol.camel.sipnative.api.InboundHandler;
import io.callcontrol.camel.sipnative.api.InboundRequest;
import io.callcontrol.camel.sipnative.api.Sdp;
import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.Suspendable;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultConsumer;

/**
 * {@code sip-native:invite} and {@code sip-native:message}: every incoming out-of-dialog INVITE (or MESSAGE)
 * becomes an exchange; the route's headers decide the answer. Nothing is kept per request once answered.
 */
public class SipNativeConsumer extends DefaultConsumer implements Suspendable, InboundHandler {

    private final SipNativeEndpoint endpoint;
    private WritableHealthCheckRepository healthCheckRepository;
    private SipNativeHealthCheck healthCheck;
    private final boolean invite;
    private SipUserAgent agent;

    public SipNativeConsumer(SipNativeEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.invite = endpoint.getConfiguration().getOperation() == SipNativeOperation.invite;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        // health checks are optional (camel-health): registered only when a repository exists
        healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(endpoint.getCamelContext(), "components",
                WritableHealthCheckRepository.class);
        if (healthCheckRepository != null) {
            healthCheck = new SipNativeHealthCheck(endpoint, "consumer:" + getRouteId(), null);
            healthCheck.setEnabled(endpoint.getComponent().isHealthCheckConsumerEnabled());
            healthCheckRepository.addHealthCheck(healthCheck);
        }
        agent = endpoint.getAgent();
        InboundHandler existing = invite ? agent.inviteHandler() : agent.messageHandler();
        if (existing != null && existing != this) {
            throw new IllegalStateException("Another sip-native:" + (invite ? "invite" : "message")
                    + " consumer already uses the user agent " + agent.config().key());
        }
        if (invite) {
            agent.setInviteHandler(this);
        } else {
            agent.setMessageHandler(this);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        SipUserAgent a = agent;
        if (a != null) {
            if (invite && a.inviteHandler() == this) {
                a.setInviteHandler(null);
            } else if (!invite && a.messageHandler() == this) {
                a.setMessageHandler(null);
            }
        }
        agent = null;
        super.doStop();
    }

    @Override
    public void onRequest(InboundRequest request) {
        if (!isRunAllowed() || isSuspendingOrSuspended()) {
            request.reject(503, "Service Unavailable");
            return;
        }
        Exchange exchange = createExchange(false);
        Message m = exchange.getIn();
        m.setHeader(SipNativeConstants.METHOD, request.method());
        m.setHeader(SipNativeConstants.CALL_ID, request.callId());
        m.setHeader(SipNativeConstants.DIALOG_ID, request.callId());
        m.setHeader(SipNativeConstants.CALLER, request.caller());
        m.setHeader(SipNativeConstants.CALLER_NAME, request.callerName());
        m.setHeader(SipNativeConstants.CALLEE, request.callee());
        m.setHeader(SipNativeConstants.REQUEST_URI, request.requestUri());
        m.setHeader(SipNativeConstants.SIP_HEADERS, request.headers());
        m.setHeader(SipNativeConstants.CONTENT_TYPE, request.contentType());
        m.setBody(request.body());
        getAsyncProcessor().process(exchange, doneSync -> {
            try {
                if (exchange.getException() != null) {
                    request.reject(500, "Server Internal Error");
                    getExceptionHandler().handleException("Error processing incoming " + request.method(), exchange,
                            exchange.getException());
                } else if (invite) {
                    answerInvite(request, exchange);
                } else {
                    Integer code = exchange.getMessage().getHeader(SipNativeConstants.RESPONSE_CODE, Integer.class);
                    if (code == null || (code >= 200 && code < 300)) {
                        request.answer(null);
                    } else {
                        request.reject(code, exchange.getMessage().getHeader(SipNativeConstants.RESPONSE_REASON, String.class));
                    }
                }
            } catch (Exception e) {
                request.reject(500, "Server Internal Error");
                getExceptionHandler().handleException("Error answering incoming " + request.method(), exchange, e);
            } finally {
                releaseExchange(exchange, false);
            }
        });
    }

    private void answerInvite(InboundRequest request, Exchange exchange) {
        Message m = exchange.getMessage();
        String action = m.getHeader(SipNativeConstants.ACTION, String.class);
        Integer code = m.getHeader(SipNativeConstants.RESPONSE_CODE, Integer.class);
        String reason = m.getHeader(SipNativeConstants.RESPONSE_REASON, String.class);
        List<String> contacts = contacts(m.getHeader(SipNativeConstants.CONTACTS));
        if (action == null) {
            if (!contacts.isEmpty()) {
                action = "redirect";
            } else if (code != null && code >= 200 && code < 300) {
                action = "answer";
            } else {
                action = "reject";
            }
        }
        switch (action.toLowerCase()) {
            case "redirect" -> {
                if (contacts.isEmpty()) {
                    throw new SipNativeException("INVALID_DECISION", "redirect without " + SipNativeConstants.CONTACTS, 0, null);
                }
                int status = code != null && code >= 300 && code < 400 ? code : 302;
                request.redirect(status, reason, contacts);
            }
            case "answer" -> {
                String sdp = m.getBody(String.class);
                if (sdp == null || sdp.equals(request.body())) {
                    sdp = Sdp.inactiveAnswer(request.body(), agent.config().listenAddress());
                }
                request.answer(sdp);
            }
            case "reject" -> {
                int status = code != null && code >= 300 ? code : endpoint.getConfiguration().getDefaultResponseCode();
                request.reject(status, reason);
            }
            default -> throw new SipNativeException("INVALID_DECISION", "unknown " + SipNativeConstants.ACTION + " " + action, 0, null);
        }
    }

    static List<String> contacts(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> {
                if (v != null && !v.toString().isBlank()) {
                    out.add(v.toString().trim());
                }
            });
        } else if (value != null) {
            for (String s : value.toString().split(",")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }
}
