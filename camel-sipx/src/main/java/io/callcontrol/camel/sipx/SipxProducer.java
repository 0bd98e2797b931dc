package io.callcontrol.camel.sipx;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.callcontrol.camel.sipx.api.SipxCallResult;
import io.callcontrol.camel.sipx.api.SipxRequest;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/** Sends call, transfer and status requests to the sipX call controller, asynchronously. */
public class SipxProducer extends DefaultAsyncProducer {

    private final SipxEndpoint endpoint;

    public SipxProducer(SipxEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback done) {
        AsyncCallback callback = io.callcontrol.core.metrics.CallControlMetrics.timed(exchange, getEndpoint(), SipxConstants.OPERATION, done);
        CompletableFuture<?> future;
        try {
            future = send(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        future.whenComplete((r, error) -> {
            if (error != null) {
                exchange.setException(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
            callback.done(false);
        });
        return false;
    }

    private CompletableFuture<?> send(Exchange exchange) {
        SipxConfiguration conf = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        Map<String, Object> body = bodyFields(in.getBody());
        SipxOperation op = operation(in, conf);
        String calling = str(resolve(in, SipxConstants.CALLING_USER, body, "callingUser", conf.getCallingUser()));
        String called = str(resolve(in, SipxConstants.CALLED_USER, body, "calledUser", conf.getCalledUser()));
        String agent = str(resolve(in, SipxConstants.AGENT, body, "agent", conf.getAgent()));

        Validation v = Validation.of(SipxConstants.SCHEME, op.name())
                .require("callingUser", calling).require("calledUser", called);
        if (op == SipxOperation.status) {
            v.check();
            return endpoint.client().status(calling, called, agent).thenAccept(s -> in.setBody(s));
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String sipMethod = null;
        String target = null;
        if (op == SipxOperation.call) {
            sipMethod = str(resolve(in, SipxConstants.SIP_METHOD, body, "sipMethod", conf.getSipMethod()));
            if (sipMethod != null) {
                sipMethod = sipMethod.trim().toUpperCase(Locale.ROOT);
                v.check("sipMethod", sipMethod.equals("REFER") || sipMethod.equals("INVITE"), "must be REFER or INVITE");
            }
            Integer timeout = integer(v, "timeout", resolve(in, SipxConstants.TIMEOUT, body, "timeout", conf.getTimeout()));
            Integer cache = integer(v, "resultCacheTime", resolve(in, SipxConstants.RESULT_CACHE_TIME, body,
                    "resultCacheTime", conf.getResultCacheTime()));
            Object fwd = resolve(in, SipxConstants.FORWARDING_ALLOWED, body, "forwardingAllowed", conf.getForwardingAllowed());
            Boolean forwarding = null;
            if (fwd != null) {
                String f = fwd.toString().trim().toLowerCase(Locale.ROOT);
                v.check("forwardingAllowed", f.equals("true") || f.equals("false"), "must be true or false");
                forwarding = Boolean.parseBoolean(f);
            }
            params.put("sipMethod", sipMethod);
            params.put("timeout", timeout);
            params.put("agent", agent);
            params.put("subject", str(resolve(in, SipxConstants.SUBJECT, body, "subject", conf.getSubject())));
            params.put("isForwardingAllowed", forwarding);
            params.put("resultCacheTime", cache);
        } else {
            target = str(resolve(in, SipxConstants.TARGET, body, "target", conf.getTarget()));
            v.require("target", target);
            params.put("action", "transfer");
            params.put("target", target);
            params.put("agent", agent);
        }
        v.check();
        String method = sipMethod;
        String tgt = target;
        return endpoint.client().post(calling, called, params).thenAccept(r -> {
            in.setHeader(SipxConstants.HTTP_STATUS, r.status());
            in.setBody(new SipxCallResult(op == SipxOperation.call ? "call" : "transfer", calling, called,
                    agent != null ? agent : calling, method, tgt, r.status(), r.text()));
        });
    }

    private static Integer integer(Validation v, String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            int i = Integer.parseInt(value.toString().trim());
            v.check(name, i >= 0, "must not be negative (seconds)");
            return i;
        } catch (NumberFormatException e) {
            v.check(name, false, "must be a whole number of seconds");
            return null;
        }
    }

    private SipxOperation operation(Message in, SipxConfiguration conf) {
        Object h = in.getHeader(SipxConstants.OPERATION);
        if (h instanceof SipxOperation o) {
            return o;
        }
        if (h != null) {
            try {
                return SipxOperation.valueOf(h.toString().trim());
            } catch (IllegalArgumentException e) {
                Validation.of(SipxConstants.SCHEME, String.valueOf(h))
                        .check("operation", false, "is not a sipx operation: " + h).check();
            }
        }
        if (conf.getOperation() == null) {
            Validation.of(SipxConstants.SCHEME, "?").require("operation", null).check();
        }
        return conf.getOperation();
    }

    private static Object resolve(Message in, String header, Map<String, Object> body, String field, Object option) {
        Object h = in.getHeader(header);
        if (h != null && !h.toString().isBlank()) {
            return h;
        }
        Object b = body.get(field);
        if (b != null && !b.toString().isBlank()) {
            return b;
        }
        return option;
    }

    private static String str(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodyFields(Object body) {
        if (body instanceof Map<?, ?> m) {
            Map<String, Object> out = new HashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return out;
        }
        if (body instanceof SipxRequest r) {
            return Json.convert(r, Map.class);
        }
        return Map.of();
    }
}
