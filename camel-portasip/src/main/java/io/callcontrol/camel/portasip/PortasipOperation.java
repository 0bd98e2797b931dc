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
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiMethod;

/**
 * Every PortaSIP method a route can call, named as in the vendor document ({@code portasip:<method>}), with the
 * API service it belongs to, the transport that carries it and its request / response types.
 * <p>
 * The JSON API methods (Session, Voicemail, SMPreferences, AutoAttendant, Conference, DialDirectory) are listed
 * with {@link Transport#JSON_API} (one per {@link PortasipJsonApiMethod}); the producer hands those to the JSON API
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

    // ---- JSON API (HTTPS /rest/Session/<method>/) ------------------------------------------------------
    login(PortasipJsonApiMethod.login),
    logout(PortasipJsonApiMethod.logout),
    ping(PortasipJsonApiMethod.ping),
    refresh_access_token(PortasipJsonApiMethod.refresh_access_token),

    // ---- JSON API (HTTPS /rest/Voicemail/<method>/) ------------------------------------------------------
    get_vm_settings(PortasipJsonApiMethod.get_vm_settings),
    set_vm_settings(PortasipJsonApiMethod.set_vm_settings),
    get_vm_greeting(PortasipJsonApiMethod.get_vm_greeting),
    set_vm_greeting(PortasipJsonApiMethod.set_vm_greeting),

    // ---- JSON API (HTTPS /rest/SMPreferences/<method>/) ------------------------------------------------------
    get_folder_preferences(PortasipJsonApiMethod.get_folder_preferences),
    set_folder_preferences(PortasipJsonApiMethod.set_folder_preferences),
    get_display_preferences(PortasipJsonApiMethod.get_display_preferences),
    set_display_preferences(PortasipJsonApiMethod.set_display_preferences),

    // ---- JSON API (HTTPS /rest/AutoAttendant/<method>/) ------------------------------------------------------
    get_menu_list(PortasipJsonApiMethod.get_menu_list),
    create_menu(PortasipJsonApiMethod.create_menu),
    update_menu(PortasipJsonApiMethod.update_menu),
    del_menu(PortasipJsonApiMethod.del_menu),
    set_menu_prompt(PortasipJsonApiMethod.set_menu_prompt),
    get_menu_prompt(PortasipJsonApiMethod.get_menu_prompt),
    get_menu_transition_list(PortasipJsonApiMethod.get_menu_transition_list),
    set_menu_transition(PortasipJsonApiMethod.set_menu_transition),
    del_menu_transition(PortasipJsonApiMethod.del_menu_transition),
    get_menu_transition_prompt(PortasipJsonApiMethod.get_menu_transition_prompt),
    set_menu_transition_prompt(PortasipJsonApiMethod.set_menu_transition_prompt),

    // ---- JSON API (HTTPS /rest/Conference/<method>/) ------------------------------------------------------
    get_conf_info(PortasipJsonApiMethod.get_conf_info),
    get_conf_list(PortasipJsonApiMethod.get_conf_list),
    create_conf(PortasipJsonApiMethod.create_conf),
    update_conf(PortasipJsonApiMethod.update_conf),
    del_conf(PortasipJsonApiMethod.del_conf),
    set_conf_prompt(PortasipJsonApiMethod.set_conf_prompt),
    get_conf_prompt(PortasipJsonApiMethod.get_conf_prompt),

    // ---- JSON API (HTTPS /rest/DialDirectory/<method>/) ------------------------------------------------------
    get_dir_info(PortasipJsonApiMethod.get_dir_info),
    create_dir_entry(PortasipJsonApiMethod.create_dir_entry),
    update_dir_entry(PortasipJsonApiMethod.update_dir_entry),
    get_dir_entry(PortasipJsonApiMethod.get_dir_entry),
    del_dir_entry(PortasipJsonApiMethod.del_dir_entry),

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

    PortasipOperation(PortasipJsonApiMethod jsonApiMethod) {
        this(Service.valueOf(jsonApiMethod.service().name()), Transport.JSON_API, jsonApiMethod.requestType(),
                jsonApiMethod.responseType());
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
