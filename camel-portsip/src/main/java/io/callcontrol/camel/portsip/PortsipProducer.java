package io.callcontrol.camel.portsip;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.callcontrol.camel.portsip.api.AttendedReferRequest;
import io.callcontrol.camel.portsip.api.DirectInitiateRequest;
import io.callcontrol.camel.portsip.api.ExtensionRequest;
import io.callcontrol.camel.portsip.api.InitiateRequest;
import io.callcontrol.camel.portsip.api.PortsipClient;
import io.callcontrol.camel.portsip.api.ReferRequest;
import io.callcontrol.camel.portsip.api.SessionCreated;
import io.callcontrol.camel.portsip.api.SessionList;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Sends one PortSIP call control request per exchange, asynchronously (the Camel thread never waits for the
 * PBX). The operation comes from the {@code CamelPortsipOperation} header or the endpoint; each parameter from
 * its header, else a field of a request body (a {@code Map} with the vendor's field names or one of the
 * {@code api} request records), else the endpoint option. Missing or invalid parameters fail the exchange with a
 * {@link io.callcontrol.core.error.CallControlValidationException} naming them, before any request.
 */
public class PortsipProducer extends DefaultAsyncProducer {

    /** Marks a value already reported as invalid. */
    private static final Object INVALID = new Object();

    private final PortsipConfiguration configuration;
    private PortsipClient client;

    public PortsipProducer(PortsipEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    public PortsipEndpoint getEndpoint() {
        return (PortsipEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = getEndpoint().getComponent().acquireClient(configuration);
    }

    @Override
    protected void doStop() throws Exception {
        if (client != null) {
            getEndpoint().getComponent().releaseClient(client);
            client = null;
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback done) {
        AsyncCallback callback = io.callcontrol.core.metrics.CallControlMetrics.timed(exchange, getEndpoint(), PortsipConstants.OPERATION, done);
        CompletableFuture<?> call;
        PortsipOperation operation;
        Map<String, Object> params;
        try {
            operation = operation(exchange);
            params = parameters(operation, exchange);
            call = send(operation, params);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        call.whenComplete((result, error) -> {
            try {
                if (error != null) {
                    exchange.setException(PortsipClient.unwrap(error));
                } else {
                    apply(operation, params, result, exchange.getMessage());
                }
            } catch (Exception e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    private PortsipOperation operation(Exchange exchange) {
        Object header = exchange.getMessage().getHeader(PortsipConstants.OPERATION);
        if (header == null) {
            return configuration.getOperation();
        }
        PortsipOperation op = null;
        try {
            op = header instanceof PortsipOperation o ? o : PortsipOperation.valueOf(header.toString().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (op == null || !op.isProducer()) {
            String known = Arrays.stream(PortsipOperation.values()).filter(PortsipOperation::isProducer)
                    .map(Enum::name).collect(Collectors.joining(", "));
            Validation.of(PortsipException.VENDOR, String.valueOf(header))
                    .check(PortsipConstants.OPERATION, false, "must be one of " + known)
                    .check();
        }
        return op;
    }

    /**
     * The request's parameters by wire name (header, else body field, else endpoint option), validated: every
     * missing required parameter and every value of a wrong type is named in one exception.
     */
    Map<String, Object> parameters(PortsipOperation operation, Exchange exchange) {
        Message in = exchange.getMessage();
        Map<?, ?> body = bodyFields(in.getBody());
        Validation v = Validation.of(PortsipException.VENDOR, operation.name());
        Map<String, Object> values = new LinkedHashMap<>();
        for (List<PortsipParameter> group : List.of(operation.required(), operation.optional())) {
            for (PortsipParameter p : group) {
                Object raw = in.getHeader(p.header);
                if (raw == null && body != null) {
                    raw = body.get(p.wire);
                }
                if (raw == null) {
                    raw = p.fromConfig.apply(configuration);
                }
                Object value = convert(exchange, p, raw, v);
                if (value == INVALID) {
                    continue; // already named as invalid
                }
                if (group == operation.required()) {
                    v.require(p.option, value);
                }
                if (value != null) {
                    values.put(p.wire, value);
                }
            }
        }
        if (operation == PortsipOperation.attended_refer) {
            for (int n = 1; n <= 2; n++) {
                String session = (String) values.get("session_" + n);
                Map<String, Object> leg = new LinkedHashMap<>();
                leg.put("session" + n, "0".equals(session) ? null : session);
                leg.put("referTo" + n, values.get("refer_to_" + n));
                v.requireOneOf(leg);
            }
        }
        if (operation.needsToken()) {
            v.require("username", configuration.getUsername()).require("password", configuration.getPassword());
        }
        v.check();
        return values;
    }

    private static Map<?, ?> bodyFields(Object body) {
        if (body instanceof Map<?, ?> m) {
            return m;
        }
        if (body instanceof InitiateRequest || body instanceof DirectInitiateRequest || body instanceof ExtensionRequest
            || body instanceof ReferRequest || body instanceof AttendedReferRequest || body instanceof SessionCreated) {
            return Json.MAPPER.convertValue(body, Map.class);
        }
        return null;
    }

    private static Object convert(Exchange exchange, PortsipParameter p, Object raw, Validation v) {
        if (raw == null || p.type.isInstance(raw)) {
            return raw;
        }
        String text = raw.toString().trim();
        if (p.type == Boolean.class) {
            if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
                return Boolean.valueOf(text);
            }
            v.check(p.option, false, "must be true or false (was '" + raw + "')");
            return INVALID;
        }
        if (p.type.isEnum()) {
            for (Object c : p.type.getEnumConstants()) {
                if (((Enum<?>) c).name().equalsIgnoreCase(text)) {
                    return c;
                }
            }
            v.check(p.option, false, "must be one of " + Arrays.stream(p.type.getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", ")) + " (was '" + raw + "')");
            return INVALID;
        }
        return exchange.getContext().getTypeConverter().convertTo(p.type, exchange, raw);
    }

    private CompletableFuture<?> send(PortsipOperation operation, Map<String, Object> params) {
        String id = (String) params.get("id");
        return switch (operation) {
            case initiate_directly -> client.initiateDirectly(Json.convert(params, DirectInitiateRequest.class));
            case initiate -> client.initiate(Json.convert(params, InitiateRequest.class));
            case destroy -> client.destroy(id);
            case hold -> client.hold(id, Json.convert(params, ExtensionRequest.class));
            case unhold -> client.unhold(id, Json.convert(params, ExtensionRequest.class));
            case refer -> client.refer(id, Json.convert(params, ReferRequest.class));
            case attended_refer -> client.attendedRefer(id, Json.convert(params, AttendedReferRequest.class));
            case list_sessions -> client.listSessions();
            case events -> throw new IllegalStateException("events is not a producer operation");
        };
    }

    /** Puts the answer on the message: the new session (initiate), the session list, or headers only. */
    private static void apply(PortsipOperation operation, Map<String, Object> params, Object result, Message out) {
        switch (operation) {
            case initiate, initiate_directly -> {
                SessionCreated created = (SessionCreated) result;
                out.setBody(created);
                out.setHeader(PortsipConstants.SESSION_ID, created.id());
            }
            case list_sessions -> {
                SessionList list = (SessionList) result;
                out.setBody(list.items());
                out.setHeader(PortsipConstants.SESSION_COUNT, list.items().size());
            }
            default -> out.setHeader(PortsipConstants.SESSION_ID, params.get("id"));
        }
    }
}
