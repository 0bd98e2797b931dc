package io.callcontrol.camel.sipx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.callcontrol.camel.sipx.api.SipxCallResult;
import io.callcontrol.camel.sipx.api.SipxRequest;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.camel.producer.Parameter;
import io.callcontrol.core.camel.producer.ParameterValues;
import io.callcontrol.core.error.Validation;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static io.callcontrol.core.camel.producer.Parameter.Wire.PATH;
import static io.callcontrol.core.camel.producer.Parameter.Wire.QUERY;

/**
 * Sends call, transfer and status requests to the sipX call controller, asynchronously. Per operation: its
 * parameter table ({@link #parameters(SipxOperation)}), each parameter from its header, else a body field
 * ({@link SipxRequest} or a Map), else the endpoint option; then the one request switch.
 */
public class SipxProducer extends CallControlProducer<SipxOperation> {

    static final Parameter<SipxConfiguration> CALLING_USER = Parameter.of("callingUser", SipxConstants.CALLING_USER,
            String.class, SipxConfiguration::getCallingUser).on(PATH, "callingUser").asRequired();
    static final Parameter<SipxConfiguration> CALLED_USER = Parameter.of("calledUser", SipxConstants.CALLED_USER,
            String.class, SipxConfiguration::getCalledUser).on(PATH, "calledUser").asRequired();
    static final Parameter<SipxConfiguration> AGENT = Parameter.of("agent", SipxConstants.AGENT, String.class,
            SipxConfiguration::getAgent).on(QUERY, "agent");
    static final Parameter<SipxConfiguration> SIP_METHOD = Parameter.of("sipMethod", SipxConstants.SIP_METHOD,
            String.class, SipxConfiguration::getSipMethod).on(QUERY, "sipMethod");
    static final Parameter<SipxConfiguration> TIMEOUT = Parameter.of("timeout", SipxConstants.TIMEOUT, Integer.class,
            SipxConfiguration::getTimeout).on(QUERY, "timeout");
    static final Parameter<SipxConfiguration> SUBJECT = Parameter.of("subject", SipxConstants.SUBJECT, String.class,
            SipxConfiguration::getSubject).on(QUERY, "subject");
    static final Parameter<SipxConfiguration> FORWARDING_ALLOWED = Parameter.of("forwardingAllowed",
            SipxConstants.FORWARDING_ALLOWED, Boolean.class, SipxConfiguration::getForwardingAllowed)
            .on(QUERY, "isForwardingAllowed");
    static final Parameter<SipxConfiguration> RESULT_CACHE_TIME = Parameter.of("resultCacheTime",
            SipxConstants.RESULT_CACHE_TIME, Integer.class, SipxConfiguration::getResultCacheTime)
            .on(QUERY, "resultCacheTime");
    static final Parameter<SipxConfiguration> TARGET = Parameter.of("target", SipxConstants.TARGET, String.class,
            SipxConfiguration::getTarget).on(QUERY, "target").asRequired();

    private final SipxEndpoint endpoint;

    public SipxProducer(SipxEndpoint endpoint) {
        super(endpoint, SipxConstants.SCHEME, SipxOperation.class, SipxConstants.OPERATION);
        this.endpoint = endpoint;
    }

    /** The parameter table of an operation, in the order sipX takes the query parameters: every operation by name. */
    static List<Parameter<SipxConfiguration>> parameters(SipxOperation op) {
        return switch (op) {
            case call -> List.of(CALLING_USER, CALLED_USER, SIP_METHOD, TIMEOUT, AGENT, SUBJECT, FORWARDING_ALLOWED,
                    RESULT_CACHE_TIME);
            case transfer -> List.of(CALLING_USER, CALLED_USER, TARGET, AGENT);
            case status -> List.of(CALLING_USER, CALLED_USER, AGENT);
        };
    }

    @Override
    protected SipxOperation endpointOperation() {
        return endpoint.getConfiguration().getOperation();
    }

    @Override
    protected CompletableFuture<?> send(Exchange exchange, SipxOperation op) {
        Message in = exchange.getMessage();
        Validation v = Validation.of(SipxConstants.SCHEME, op.name());
        ParameterValues p = ParameterValues.resolve(exchange, v, parameters(op),
                ParameterValues.fields(in.getBody(), SipxRequest.class), endpoint.getConfiguration());
        String sipMethod = p.string(SIP_METHOD);
        if (sipMethod != null) {
            sipMethod = sipMethod.trim().toUpperCase(Locale.ROOT);
            p.put(SIP_METHOD, sipMethod);
            v.check(SIP_METHOD.name(), sipMethod.equals("REFER") || sipMethod.equals("INVITE"), "must be REFER or INVITE");
        }
        for (Parameter<?> seconds : List.of(TIMEOUT, RESULT_CACHE_TIME)) {
            if (p.get(seconds) instanceof Integer i) {
                v.check(seconds.name(), i >= 0, "must not be negative (seconds)");
            }
        }
        v.check();

        String calling = p.string(CALLING_USER);
        String called = p.string(CALLED_USER);
        String agent = p.string(AGENT);
        return switch (op) {
            case status -> endpoint.client().status(calling, called, agent).thenAccept(in::setBody);
            case call -> post(in, op, p, p.on(QUERY), sipMethod, null);
            case transfer -> {
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("action", "transfer");
                params.putAll(p.on(QUERY));
                yield post(in, op, p, params, null, p.string(TARGET));
            }
        };
    }

    private CompletableFuture<?> post(Message in, SipxOperation op, ParameterValues p, Map<String, Object> params,
                                      String sipMethod, String target) {
        String calling = p.string(CALLING_USER);
        String called = p.string(CALLED_USER);
        String agent = p.string(AGENT);
        return endpoint.client().post(calling, called, params).thenAccept(r -> {
            in.setHeader(SipxConstants.HTTP_STATUS, r.status());
            in.setBody(new SipxCallResult(op.name(), calling, called, agent != null ? agent : calling, sipMethod, target,
                    r.status(), r.text()));
        });
    }
}
