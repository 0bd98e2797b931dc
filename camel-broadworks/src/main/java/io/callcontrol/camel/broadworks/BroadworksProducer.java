package io.callcontrol.camel.broadworks;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import io.callcontrol.camel.broadworks.api.BroadworksClient;
import io.callcontrol.camel.broadworks.api.BroadworksClient.UserPath;
import io.callcontrol.camel.broadworks.api.BroadworksRequest;
import io.callcontrol.camel.broadworks.api.CallCreated;
import io.callcontrol.camel.broadworks.api.ImrnCreated;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.camel.producer.Parameter;
import io.callcontrol.core.camel.producer.ParameterValues;
import io.callcontrol.core.error.Validation;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static io.callcontrol.core.camel.producer.Parameter.Wire.BODY;
import static io.callcontrol.core.camel.producer.Parameter.Wire.PATH;
import static io.callcontrol.core.camel.producer.Parameter.Wire.QUERY;

/**
 * Sends one call-service request per exchange, asynchronously. Per operation: its parameter table
 * ({@link #parameters(BroadworksOperation)}), each parameter from its header, else a body field
 * ({@link BroadworksRequest} or a Map), else the endpoint option; then the one request switch.
 */
public class BroadworksProducer extends CallControlProducer<BroadworksOperation> {

    /** Phone number (E.164 with optional +) or extension; BroadWorks also knows * and # feature codes. */
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9*#]{1,32}");

    static final Parameter<BroadworksConfiguration> TENANT_ID = Parameter.of("tenantId", BroadworksConstants.TENANT_ID,
            String.class, BroadworksConfiguration::getTenantId).on(PATH, "tenants").asRequired();
    static final Parameter<BroadworksConfiguration> GROUP_ID = Parameter.of("groupId", BroadworksConstants.GROUP_ID,
            String.class, BroadworksConfiguration::getGroupId).on(PATH, "groups").asRequired();
    static final Parameter<BroadworksConfiguration> USER_ID = Parameter.of("userId", BroadworksConstants.USER_ID,
            String.class, BroadworksConfiguration::getUserId).on(PATH, "users").asRequired();
    static final Parameter<BroadworksConfiguration> CALL_ID = Parameter.of("callId", BroadworksConstants.CALL_ID,
            String.class, BroadworksConfiguration::getCallId).on(PATH, "calls").asRequired();
    static final Parameter<BroadworksConfiguration> PHONE_NUMBER = Parameter.of("phoneNumber",
            BroadworksConstants.PHONE_NUMBER, String.class, BroadworksConfiguration::getPhoneNumber)
            .on(BODY, "phoneNumber").asRequired();
    static final Parameter<BroadworksConfiguration> CALLING_PHONE_NUMBER = Parameter.of("callingPhoneNumber",
            BroadworksConstants.CALLING_PHONE_NUMBER, String.class, BroadworksConfiguration::getCallingPhoneNumber)
            .on(BODY, "callingPhoneNumber").asRequired();
    static final Parameter<BroadworksConfiguration> TRANSFER_CALL_ID = Parameter.of("transferCallId",
            BroadworksConstants.TRANSFER_CALL_ID, String.class, BroadworksConfiguration::getTransferCallId)
            .on(BODY, "transferCallId").asRequired();
    static final Parameter<BroadworksConfiguration> INCLUDE_DETAILS = Parameter.of("includeDetails",
            BroadworksConstants.INCLUDE_DETAILS, Boolean.class, BroadworksConfiguration::isIncludeDetails)
            .on(QUERY, "includeDetails");

    private static final List<Parameter<BroadworksConfiguration>> USER = List.of(TENANT_ID, GROUP_ID, USER_ID);
    private static final List<Parameter<BroadworksConfiguration>> ON_CALL = List.of(TENANT_ID, GROUP_ID, USER_ID,
            CALL_ID);

    private final BroadworksEndpoint endpoint;

    public BroadworksProducer(BroadworksEndpoint endpoint) {
        super(endpoint, BroadworksConstants.SCHEME, BroadworksOperation.class, BroadworksConstants.OPERATION);
        this.endpoint = endpoint;
    }

    /** The parameter table of an operation: every operation by name. */
    static List<Parameter<BroadworksConfiguration>> parameters(BroadworksOperation op) {
        return switch (op) {
            case call -> List.of(TENANT_ID, GROUP_ID, USER_ID, PHONE_NUMBER);
            case list_calls -> List.of(TENANT_ID, GROUP_ID, USER_ID, INCLUDE_DETAILS);
            case get_call, release, hold, reconnect, start_recording, pause_recording, resume_recording,
                 stop_recording -> ON_CALL;
            case blind_transfer -> List.of(TENANT_ID, GROUP_ID, USER_ID, CALL_ID, PHONE_NUMBER);
            case consultative_transfer -> List.of(TENANT_ID, GROUP_ID, USER_ID, CALL_ID, TRANSFER_CALL_ID);
            case retrieve -> USER;
            case create_imrn -> List.of(TENANT_ID, GROUP_ID, USER_ID, PHONE_NUMBER, CALLING_PHONE_NUMBER);
            case calls -> List.of();
        };
    }

    @Override
    protected BroadworksOperation endpointOperation() {
        return endpoint.getConfiguration().getOperation();
    }

    @Override
    protected boolean isProducerOperation(BroadworksOperation op) {
        return op != BroadworksOperation.calls; // the consumer
    }

    @Override
    protected CompletableFuture<?> send(Exchange exchange, BroadworksOperation op) {
        Validation v = Validation.of(BroadworksConstants.SCHEME, op.name());
        ParameterValues p = ParameterValues.resolve(exchange, v, parameters(op),
                ParameterValues.fields(exchange.getMessage().getBody(), BroadworksRequest.class),
                endpoint.getConfiguration());
        String callId = p.string(CALL_ID);
        String phone = p.string(PHONE_NUMBER);
        String transfer = p.string(TRANSFER_CALL_ID);
        number(v, PHONE_NUMBER, phone);
        number(v, CALLING_PHONE_NUMBER, p.string(CALLING_PHONE_NUMBER));
        v.check(TRANSFER_CALL_ID.name(), transfer == null || !transfer.equals(callId), "must differ from callId");
        v.check();

        BroadworksClient client = endpoint.client();
        UserPath path = new UserPath(p.string(TENANT_ID), p.string(GROUP_ID), p.string(USER_ID));
        return switch (op) {
            case call -> client.call(path, phone).thenAccept(r -> created(exchange, r));
            case list_calls -> client.listCalls(path, Boolean.TRUE.equals(p.get(INCLUDE_DETAILS)))
                    .thenAccept(r -> exchange.getMessage().setBody(r.calls()));
            case get_call -> client.getCall(path, callId).thenAccept(r -> {
                exchange.getMessage().setBody(r);
                exchange.getMessage().setHeader(BroadworksConstants.EXTERNAL_TRACKING_ID, r.externalTrackingId());
            });
            case release -> client.release(path, callId);
            case retrieve -> client.retrieve(path).thenAccept(r -> created(exchange, r));
            case create_imrn -> client.createImrn(path, phone, p.string(CALLING_PHONE_NUMBER))
                    .thenAccept((ImrnCreated r) -> {
                        exchange.getMessage().setBody(r);
                        exchange.getMessage().setHeader(BroadworksConstants.IMRN, r.imrn());
                    });
            case blind_transfer -> client.modify(path, callId, op.action(), Map.of("phoneNumber", phone));
            case consultative_transfer -> client.modify(path, callId, op.action(), Map.of("transferCallId", transfer));
            case hold, reconnect, start_recording, pause_recording, resume_recording, stop_recording ->
                    client.modify(path, callId, op.action(), Map.of());
            case calls -> throw new IllegalStateException("calls is the consumer"); // refused by operation()
        };
    }

    private static void number(Validation v, Parameter<?> p, String value) {
        if (value != null) {
            v.check(p.name(), NUMBER.matcher(value).matches(), "must be a phone number or an extension (digits, leading +)");
        }
    }

    private static void created(Exchange exchange, CallCreated r) {
        Message m = exchange.getMessage();
        m.setBody(r);
        m.setHeader(BroadworksConstants.CALL_ID, r.callId());
        m.setHeader(BroadworksConstants.EXTERNAL_TRACKING_ID, r.externalTrackingId());
    }
}
