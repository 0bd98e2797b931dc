package io.callcontrol.camel.portsip;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.callcontrol.camel.portsip.api.AttendedReferRequest;
import io.callcontrol.camel.portsip.api.DirectInitiateRequest;
import io.callcontrol.camel.portsip.api.ExtensionRequest;
import io.callcontrol.camel.portsip.api.InitiateRequest;
import io.callcontrol.camel.portsip.api.PortsipClient;
import io.callcontrol.camel.portsip.api.ReferRequest;
import io.callcontrol.camel.portsip.api.SessionCreated;
import io.callcontrol.camel.portsip.api.SessionList;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.camel.producer.ParameterValues;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Sends one PortSIP call control request per exchange, asynchronously (the Camel thread never waits for the
 * PBX). The operation comes from the {@code CamelPortsipOperation} header or the endpoint; each parameter from
 * its header, else a field of a request body (a {@code Map} with the vendor's field names or one of the
 * {@code api} request records), else the endpoint option. Missing or invalid parameters fail the exchange with a
 * {@link io.callcontrol.core.error.CallControlValidationException} naming them, before any request.
 */
public class PortsipProducer extends CallControlProducer<PortsipOperation> {

    private final PortsipConfiguration configuration;
    private PortsipClient client;

    public PortsipProducer(PortsipEndpoint endpoint) {
        super(endpoint, PortsipException.VENDOR, PortsipOperation.class, PortsipConstants.OPERATION);
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
    protected PortsipOperation endpointOperation() {
        return configuration.getOperation();
    }

    @Override
    protected boolean isProducerOperation(PortsipOperation operation) {
        return operation.isProducer();
    }

    /** A bad operation header is named by the header (the endpoint's operation is checked when it is created). */
    @Override
    protected String operationParameterName() {
        return PortsipConstants.OPERATION;
    }

    @Override
    protected CompletableFuture<?> send(Exchange exchange, PortsipOperation operation) {
        Map<String, Object> params = parameters(operation, exchange);
        return send(operation, params).thenAccept(result -> apply(operation, params, result, exchange.getMessage()));
    }

    /**
     * The request's parameters by wire name (header, else body field, else endpoint option), validated: every
     * missing required parameter and every value of a wrong type is named in one exception.
     */
    Map<String, Object> parameters(PortsipOperation operation, Exchange exchange) {
        Validation v = Validation.of(PortsipException.VENDOR, operation.name());
        ParameterValues resolved = ParameterValues.resolve(exchange, v, operation.parameters(),
                ParameterValues.fields(exchange.getMessage().getBody(), InitiateRequest.class,
                        DirectInitiateRequest.class, ExtensionRequest.class, ReferRequest.class,
                        AttendedReferRequest.class, SessionCreated.class),
                configuration);
        Map<String, Object> values = resolved.byWireName();
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
