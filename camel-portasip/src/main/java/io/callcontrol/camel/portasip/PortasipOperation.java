package io.callcontrol.camel.portasip;

import io.callcontrol.camel.portasip.api.AnswerCallRequest;
import io.callcontrol.camel.portasip.api.CallRequest;
import io.callcontrol.camel.portasip.api.ConferenceParticipantRequest;
import io.callcontrol.camel.portasip.api.ConferenceRequest;
import io.callcontrol.camel.portasip.api.ConvertToOnSpotConferenceRequest;
import io.callcontrol.camel.portasip.api.GetOnSpotConferenceListResponse;
import io.callcontrol.camel.portasip.api.GetOnSpotConferenceParticipantListResponse;
import io.callcontrol.camel.portasip.api.GetSipCallsListRequest;
import io.callcontrol.camel.portasip.api.GetSipCallsListResponse;
import io.callcontrol.camel.portasip.api.JoinCallsRequest;
import io.callcontrol.camel.portasip.api.JoinOnSpotConferenceRequest;
import io.callcontrol.camel.portasip.api.JoinOnSpotConferenceResponse;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallRequest;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.camel.portasip.api.PlayPromptRequest;
import io.callcontrol.camel.portasip.api.StopPlayPromptRequest;
import io.callcontrol.camel.portasip.api.SubscriptionRequest;
import io.callcontrol.camel.portasip.api.SuccessResponse;
import io.callcontrol.camel.portasip.api.TransferCallRequest;

/**
 * Every PortaSIP method a route can call, named as in the vendor document ({@code portasip:<method>}), with the
 * API service it belongs to, the transport that carries it and its request / response types.
 * <p>
 * Extension point: the JSON API methods (Session, Voicemail, SMPreferences, AutoAttendant, Conference,
 * DialDirectory) are added here with {@link Transport#JSON_API}; the producer hands those to the JSON API
 * invoker.
 */
public enum PortasipOperation {

    // ---- CallControl: call state notification management ----------------------------------------------
    enable_api_notifications(Service.CallControl, SubscriptionRequest.class, SuccessResponse.class),
    disable_api_notifications(Service.CallControl, SubscriptionRequest.class, SuccessResponse.class),

    // ---- CallControl: Voice API -------------------------------------------------------------------------
    get_sip_calls_list(Service.CallControl, GetSipCallsListRequest.class, GetSipCallsListResponse.class),
    originate_advanced_call(Service.CallControl, OriginateAdvancedCallRequest.class, OriginateAdvancedCallResponse.class),
    answer_call(Service.CallControl, AnswerCallRequest.class, SuccessResponse.class),
    terminate_call(Service.CallControl, CallRequest.class, SuccessResponse.class),
    hold_call(Service.CallControl, CallRequest.class, SuccessResponse.class),
    unhold_call(Service.CallControl, CallRequest.class, SuccessResponse.class),
    transfer_call(Service.CallControl, TransferCallRequest.class, SuccessResponse.class),
    join_calls(Service.CallControl, JoinCallsRequest.class, SuccessResponse.class),

    // ---- CallControl: IVR -------------------------------------------------------------------------------
    play_prompt(Service.CallControl, PlayPromptRequest.class, SuccessResponse.class),
    stop_play_prompt(Service.CallControl, StopPlayPromptRequest.class, SuccessResponse.class),
    start_dtmf_detect(Service.CallControl, CallRequest.class, SuccessResponse.class),
    stop_dtmf_detect(Service.CallControl, CallRequest.class, SuccessResponse.class),
    ring_call(Service.CallControl, CallRequest.class, SuccessResponse.class),
    progress_call(Service.CallControl, CallRequest.class, SuccessResponse.class),

    // ---- CallControl: conferencing ----------------------------------------------------------------------
    join_on_spot_conference(Service.CallControl, JoinOnSpotConferenceRequest.class, JoinOnSpotConferenceResponse.class),
    convert_to_on_spot_conference(Service.CallControl, ConvertToOnSpotConferenceRequest.class, SuccessResponse.class),
    get_on_spot_conference_list(Service.CallControl, ConferenceRequest.class, GetOnSpotConferenceListResponse.class),
    get_on_spot_conference_participant_list(Service.CallControl, ConferenceRequest.class,
            GetOnSpotConferenceParticipantListResponse.class),
    update_on_spot_conference_participant(Service.CallControl, ConferenceParticipantRequest.class, SuccessResponse.class),
    delete_on_spot_conference_participant(Service.CallControl, ConferenceParticipantRequest.class, SuccessResponse.class),

    // ---- consumers (not callable from a producer) ---------------------------------------------------------
    /** Consumer: live {@code sip.call_control_notifications} events over the WebSocket. */
    call_control_notifications(Service.CallControl, Transport.CONSUMER, null, null),
    /** Consumer: the HTTP POSTs originate_advanced_call sends to its state_callback URL. */
    state_callback(Service.CallControl, Transport.CONSUMER, null, null);

    /** PortaSwitch API services (the {@code service} of a request / the {@code /rest/<service>/} path). */
    public enum Service {
        Session,
        CallControl,
        Voicemail,
        SMPreferences,
        AutoAttendant,
        Conference,
        DialDirectory
    }

    /** How a method is carried. */
    public enum Transport {
        /** JSON-RPC over the Call Control WebSocket ({@code wss://host:port/ws}). */
        WS_CALL_CONTROL,
        /** The JSON API over HTTPS ({@code /rest/<service>/<method>/}). */
        JSON_API,
        /** Not a method: an event consumer. */
        CONSUMER
    }

    private final Service service;
    private final Transport transport;
    private final Class<?> requestType;
    private final Class<?> responseType;

    PortasipOperation(Service service, Class<?> requestType, Class<?> responseType) {
        this(service, Transport.WS_CALL_CONTROL, requestType, responseType);
    }

    PortasipOperation(Service service, Transport transport, Class<?> requestType, Class<?> responseType) {
        this.service = service;
        this.transport = transport;
        this.requestType = requestType;
        this.responseType = responseType;
    }

    public Service service() {
        return service;
    }

    public Transport transport() {
        return transport;
    }

    /** The vendor method name, as sent on the wire. */
    public String method() {
        return name();
    }

    public Class<?> requestType() {
        return requestType;
    }

    public Class<?> responseType() {
        return responseType;
    }

    public boolean isConsumer() {
        return transport == Transport.CONSUMER;
    }

    /** The operation of a vendor method name (as in the URI path), or an IllegalArgumentException naming the known ones. */
    public static PortasipOperation fromMethod(String method) {
        for (PortasipOperation op : values()) {
            if (op.name().equals(method)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Unknown PortaSIP method " + method + "; known: "
                + java.util.Arrays.toString(values()));
    }
}
