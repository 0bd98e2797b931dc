package io.callcontrol.camel.broadworks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

import io.callcontrol.camel.broadworks.api.BroadworksClient;
import io.callcontrol.camel.broadworks.api.BroadworksClient.UserPath;
import io.callcontrol.camel.broadworks.api.BroadworksRequest;
import io.callcontrol.camel.broadworks.api.CallCreated;
import io.callcontrol.camel.broadworks.api.ImrnCreated;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/** Sends one call-service request per exchange, asynchronously. */
public class BroadworksProducer extends DefaultAsyncProducer {

    /** Phone number (E.164 with optional +) or extension; BroadWorks also knows * and # feature codes. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{1,32}");

    private final BroadworksEndpoint endpoint;

    public BroadworksProducer(BroadworksEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback done) {
        AsyncCallback callback = io.callcontrol.core.metrics.CallControlMetrics.timed(exchange, getEndpoint(), BroadworksConstants.OPERATION, done);
        CompletableFuture<?> future;
        try {
            future = send(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        future.whenComplete((result, error) -> {
            if (error != null) {
                exchange.setException(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error);
            }
            callback.done(false);
        });
        return false;
    }

    private CompletableFuture<?> send(Exchange exchange) {
        BroadworksConfiguration conf = endpoint.getConfiguration();
        Message in = exchange.getMessage();
        Map<String, Object> body = bodyFields(in.getBody());
        BroadworksOperation op = operation(in, conf);
        String tenant = resolve(in, BroadworksConstants.TENANT_ID, body, "tenantId", conf.getTenantId());
        String group = resolve(in, BroadworksConstants.GROUP_ID, body, "groupId", conf.getGroupId());
        String user = resolve(in, BroadworksConstants.USER_ID, body, "userId", conf.getUserId());
        String callId = resolve(in, BroadworksConstants.CALL_ID, body, "callId", conf.getCallId());
        String phone = resolve(in, BroadworksConstants.PHONE_NUMBER, body, "phoneNumber", conf.getPhoneNumber());
        String calling = resolve(in, BroadworksConstants.CALLING_PHONE_NUMBER, body, "callingPhoneNumber",
                conf.getCallingPhoneNumber());
        String transfer = resolve(in, BroadworksConstants.TRANSFER_CALL_ID, body, "transferCallId",
                conf.getTransferCallId());
        String details = resolve(in, BroadworksConstants.INCLUDE_DETAILS, body, "includeDetails",
                String.valueOf(conf.isIncludeDetails()));

        Validation v = Validation.of(BroadworksConstants.SCHEME, op.name())
                .check("operation", op != BroadworksOperation.calls, "calls is the consumer; producers use a call-service operation")
                .require("tenantId", tenant).require("groupId", group).require("userId", user);
        if (op.needsCallId()) {
            v.require("callId", callId);
        }
        switch (op) {
            case call, blind_transfer -> number(v.require("phoneNumber", phone), "phoneNumber", phone);
            case create_imrn -> {
                number(v.require("phoneNumber", phone), "phoneNumber", phone);
                number(v.require("callingPhoneNumber", calling), "callingPhoneNumber", calling);
            }
            case consultative_transfer -> v.require("transferCallId", transfer)
                    .check("transferCallId", transfer == null || !transfer.equals(callId), "must differ from callId");
            default -> {
            }
        }
        v.check();

        BroadworksClient client = endpoint.client();
        UserPath path = new UserPath(tenant, group, user);
        return switch (op) {
            case call -> client.call(path, phone).thenAccept(r -> created(exchange, r));
            case list_calls -> client.listCalls(path, Boolean.parseBoolean(details))
                    .thenAccept(r -> exchange.getMessage().setBody(r.calls()));
            case get_call -> client.getCall(path, callId).thenAccept(r -> {
                exchange.getMessage().setBody(r);
                exchange.getMessage().setHeader(BroadworksConstants.EXTERNAL_TRACKING_ID, r.externalTrackingId());
            });
            case release -> client.release(path, callId);
            case retrieve -> client.retrieve(path).thenAccept(r -> created(exchange, r));
            case create_imrn -> client.createImrn(path, phone, calling).thenAccept((ImrnCreated r) -> {
                exchange.getMessage().setBody(r);
                exchange.getMessage().setHeader(BroadworksConstants.IMRN, r.imrn());
            });
            case blind_transfer -> client.modify(path, callId, op.action(), Map.of("phoneNumber", phone));
            case consultative_transfer -> client.modify(path, callId, op.action(), Map.of("transferCallId", transfer));
            default -> client.modify(path, callId, op.action(), Map.of());
        };
    }

    private static void number(Validation v, String name, String value) {
        if (value != null && !value.isBlank()) {
            v.check(name, NUMBER.matcher(value).matches(), "must be a phone number or an extension (digits, leading +)");
        }
    }

    private static void created(Exchange exchange, CallCreated r) {
        Message m = exchange.getMessage();
        m.setBody(r);
        m.setHeader(BroadworksConstants.CALL_ID, r.callId());
        m.setHeader(BroadworksConstants.EXTERNAL_TRACKING_ID, r.externalTrackingId());
    }

    private BroadworksOperation operation(Message in, BroadworksConfiguration conf) {
        Object h = in.getHeader(BroadworksConstants.OPERATION);
        if (h instanceof BroadworksOperation o) {
            return o;
        }
        if (h != null) {
            try {
                return BroadworksOperation.valueOf(h.toString().trim());
            } catch (IllegalArgumentException e) {
                Validation.of(BroadworksConstants.SCHEME, String.valueOf(h))
                        .check("operation", false, "is not a broadworks operation: " + h).check();
            }
        }
        if (conf.getOperation() == null) {
            Validation.of(BroadworksConstants.SCHEME, "?").require("operation", null).check();
        }
        return conf.getOperation();
    }

    /** Header, else body field, else endpoint option. */
    private static String resolve(Message in, String header, Map<String, Object> body, String field, String option) {
        Object h = in.getHeader(header);
        if (h != null && !h.toString().isBlank()) {
            return h.toString();
        }
        Object b = body.get(field);
        if (b != null && !b.toString().isBlank()) {
            return b.toString();
        }
        return option;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bodyFields(Object body) {
        if (body instanceof Map<?, ?> m) {
            Map<String, Object> out = new HashMap<>();
            m.forEach((k, val) -> out.put(String.valueOf(k), val));
            return out;
        }
        if (body instanceof BroadworksRequest r) {
            return Json.convert(r, Map.class);
        }
        return Map.of();
    }
}
