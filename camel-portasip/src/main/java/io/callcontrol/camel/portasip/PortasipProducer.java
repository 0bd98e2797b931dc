package io.callcontrol.camel.portasip;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.portasip.api.AnswerCallRequest;
import io.callcontrol.camel.portasip.api.CallRequest;
import io.callcontrol.camel.portasip.api.CalleeAnswerMode;
import io.callcontrol.camel.portasip.api.ConferenceParticipantRequest;
import io.callcontrol.camel.portasip.api.ConferenceRequest;
import io.callcontrol.camel.portasip.api.ConvertToOnSpotConferenceRequest;
import io.callcontrol.camel.portasip.api.GetSipCallsListRequest;
import io.callcontrol.camel.portasip.api.JoinCallsRequest;
import io.callcontrol.camel.portasip.api.JoinOnSpotConferenceRequest;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallRequest;
import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.camel.portasip.api.PlayPromptRequest;
import io.callcontrol.camel.portasip.api.SipCallIdentifier;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.api.SipHeaderInfo;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceCallInfo;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceInfo;
import io.callcontrol.camel.portasip.api.SipOnSpotConferenceParticipantInfo;
import io.callcontrol.camel.portasip.api.StopPlayPromptRequest;
import io.callcontrol.camel.portasip.api.SubscriptionRequest;
import io.callcontrol.camel.portasip.api.TransferCallRequest;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiInvoker;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiSettings;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.json.Json;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Calls one PortaSIP method per exchange, asynchronously (never blocks the Camel thread). The request is the
 * body when it is the method's request record (or a Map / JSON String of it); otherwise it is built from headers,
 * which override the endpoint options, which override the component options. The typed response becomes the
 * body.
 */
public class PortasipProducer extends DefaultAsyncProducer {

    private final PortasipEndpoint endpoint;
    private final PortasipConfiguration conf;
    private final java.time.Duration timeout;
    private volatile PortasipCallControlConnection connection;
    private volatile PortasipJsonApiSettings jsonApiSettings;

    public PortasipProducer(PortasipEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.conf = endpoint.getConfiguration();
        this.timeout = java.time.Duration.ofMillis(conf.getRequestTimeout());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (endpoint.getMethod() != null && endpoint.getMethod().transport() == PortasipOperation.Transport.WS_CALL_CONTROL) {
            connection();
        }
    }

    @Override
    protected void doStop() throws Exception {
        PortasipCallControlConnection c;
        synchronized (this) {
            c = connection;
            connection = null;
        }
        if (c != null) {
            endpoint.getComponent().releaseConnection(c);
        }
        super.doStop();
    }

    private PortasipCallControlConnection connection() {
        PortasipCallControlConnection c = connection;
        if (c == null) {
            synchronized (this) {
                c = connection;
                if (c == null) {
                    c = endpoint.getComponent().acquireConnection(conf);
                    connection = c;
                }
            }
        }
        return c;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        PortasipOperation op;
        try {
            String m = exchange.getMessage().getHeader(PortasipConstants.METHOD, String.class);
            if (m == null && endpoint.getMethod() == null) {
                return jsonApi(null, exchange, callback); // a JSON API method the component does not list
            }
            op = m == null ? endpoint.getMethod() : PortasipOperation.fromMethod(m);
        } catch (RuntimeException e) {
            failBeforeSending(exchange, new CallControlValidationException(PortasipException.VENDOR, List.of("method"),
                    e.getMessage()));
            callback.done(true);
            return true;
        }
        return switch (op.transport()) {
            case WS_CALL_CONTROL -> callControl(op, exchange, callback);
            case JSON_API -> jsonApi(op, exchange, callback);
            case CONSUMER -> {
                failBeforeSending(exchange, new CallControlValidationException(PortasipException.VENDOR, List.of("method"),
                        "portasip:" + op + " is a consumer, not a method to call"));
                callback.done(true);
                yield true;
            }
        };
    }

    /**
     * The JSON API methods (Session, Voicemail, SMPreferences, AutoAttendant, Conference, DialDirectory) over HTTPS:
     * delegated to the component's {@link PortasipJsonApiInvoker}, with the endpoint's settings.
     */
    protected boolean jsonApi(PortasipOperation op, Exchange exchange, AsyncCallback callback) {
        CompletableFuture<Void> f;
        try {
            PortasipJsonApiSettings settings = jsonApiSettings;
            if (settings == null) {
                settings = PortasipComponent.jsonApiSettings(conf);
                jsonApiSettings = settings;
            }
            String service = conf.getService() != null && !conf.getService().isBlank() ? conf.getService()
                    : op == null ? null : op.service().name();
            f = endpoint.getComponent().jsonApiInvoker().invoke(exchange,
                    op == null ? endpoint.getUnlistedMethod() : op.method(), service, settings);
        } catch (RuntimeException e) {
            failBeforeSending(exchange, e);
            callback.done(true);
            return true;
        }
        f.whenComplete((v, error) -> {
            if (error != null) {
                fail(exchange, error);
            }
            callback.done(false);
        });
        return false;
    }

    private boolean callControl(PortasipOperation op, Exchange exchange, AsyncCallback callback) {
        Object request;
        PortasipCallControlConnection c;
        try {
            request = request(op, exchange.getMessage());
            c = connection();
        } catch (RuntimeException e) {
            failBeforeSending(exchange, e);
            callback.done(true);
            return true;
        }
        c.request(op.service().name(), op.method(), request, timeout).whenComplete((result, error) -> {
            try {
                if (error != null) {
                    fail(exchange, error);
                } else {
                    setResponse(op, exchange.getMessage(), result);
                }
            } catch (Exception e) {
                fail(exchange, e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }

    /** Fails the exchange with the error and says whether the request reached PortaSIP (header DELIVERY). */
    static void fail(Exchange exchange, Throwable error) {
        CallControlProducer.fail(exchange, error);
    }

    /** A failure before anything was sent (bad input, no connection configured): NOT_SENT. */
    static void failBeforeSending(Exchange exchange, Throwable error) {
        CallControlProducer.failBeforeSending(exchange, error);
    }

    private static void setResponse(PortasipOperation op, Message message, JsonNode result) throws Exception {
        Object response = Json.MAPPER.treeToValue(result, op.responseType());
        message.setBody(response);
        if (response instanceof OriginateAdvancedCallResponse r) {
            if (r.trackingId() != null) {
                message.setHeader(PortasipConstants.TRACKING_ID, r.trackingId());
            }
            if (r.call() != null && r.call().id() != null) {
                message.setHeader(PortasipConstants.CALL_ID, r.call().id());
            }
        }
    }

    // ---- request building -----------------------------------------------------------------------------

    Object request(PortasipOperation op, Message in) {
        Object body = in.getBody();
        Object req;
        if (body != null && op.requestType().isInstance(body)) {
            req = body;
        } else if (body instanceof Map<?, ?> map) {
            req = Json.MAPPER.convertValue(map, op.requestType());
        } else if (body instanceof String s && s.trim().startsWith("{")) {
            try {
                req = Json.MAPPER.readValue(s, op.requestType());
            } catch (Exception e) {
                throw new CallControlValidationException(PortasipException.VENDOR, List.of("body"),
                        "Invalid portasip " + op + " request: the body is not a valid " + op.requestType().getSimpleName()
                                + ": " + e.getMessage());
            }
        } else {
            req = build(op, in);
        }
        if (req instanceof OriginateAdvancedCallRequest o && o.stateCallback() == null) {
            String name = str(in, PortasipConstants.STATE_CALLBACK_ENDPOINT, conf.getStateCallbackEndpoint());
            if (name != null) {
                String url = endpoint.getComponent().stateCallbackUrl(name);
                if (url == null) {
                    throw new CallControlValidationException(PortasipException.VENDOR, List.of("stateCallbackEndpoint"),
                            "Invalid portasip originate_advanced_call request: stateCallbackEndpoint " + name
                                    + " names no running portasip:state_callback consumer");
                }
                req = o.withStateCallback(url);
            }
        }
        validate(op, req);
        return req;
    }

    private Object build(PortasipOperation op, Message in) {
        return switch (op) {
            case enable_api_notifications, disable_api_notifications -> SubscriptionRequest.of(
                    lng(in, PortasipConstants.I_ACCOUNT, conf.getIAccount()),
                    lng(in, PortasipConstants.I_CUSTOMER, conf.getICustomer()),
                    lng(in, PortasipConstants.I_MAIN_OFFICE, conf.getIMainOffice()),
                    lng(in, PortasipConstants.I_IVR_AN, conf.getIIvrAn()));
            case get_sip_calls_list -> new GetSipCallsListRequest(
                    lng(in, PortasipConstants.I_ACCOUNT, conf.getIAccount()),
                    lng(in, PortasipConstants.I_CUSTOMER, conf.getICustomer()),
                    lng(in, PortasipConstants.I_MAIN_OFFICE, conf.getIMainOffice()),
                    lng(in, PortasipConstants.I_IVR_AN, conf.getIIvrAn()));
            case originate_advanced_call -> new OriginateAdvancedCallRequest(
                    str(in, PortasipConstants.BILL_ID, conf.getBillId()),
                    bool(in, PortasipConstants.CALLEE_AUTO_PICKUP, conf.getCalleeAutoPickup()),
                    str(in, PortasipConstants.CALLEE_ID, conf.getCalleeId()),
                    str(in, PortasipConstants.CALLER_ID, conf.getCallerId()),
                    str(in, PortasipConstants.STATE_CALLBACK, conf.getStateCallback()),
                    states(in.getHeader(PortasipConstants.STATE_CALLBACK_EVENTS) != null
                            ? in.getHeader(PortasipConstants.STATE_CALLBACK_EVENTS) : conf.getStateCallbackEvents()));
            case answer_call -> new AnswerCallRequest(call(in), answerMode(in));
            case terminate_call, hold_call, unhold_call, start_dtmf_detect, stop_dtmf_detect, ring_call, progress_call ->
                    new CallRequest(call(in));
            case transfer_call -> new TransferCallRequest(call(in), str(in, PortasipConstants.CLD, conf.getCld()),
                    sipHeaders(in.getHeader(PortasipConstants.SIP_HEADERS)));
            case join_calls -> new JoinCallsRequest(call(in), SipCallIdentifier.of(
                    str(in, PortasipConstants.TO_CALL_ID, conf.getToCallId()),
                    str(in, PortasipConstants.TO_CALL_TAG, conf.getToCallTag())));
            case play_prompt -> new PlayPromptRequest(call(in), str(in, PortasipConstants.PROMPT_URL, conf.getPromptUrl()),
                    integer(in, PortasipConstants.ORDER, conf.getOrder()),
                    integer(in, PortasipConstants.REPEAT, conf.getRepeat()));
            case stop_play_prompt -> new StopPlayPromptRequest(call(in), integer(in, PortasipConstants.ORDER, conf.getOrder()));
            case join_on_spot_conference -> new JoinOnSpotConferenceRequest(
                    new SipOnSpotConferenceCallInfo(str(in, PortasipConstants.CALLER_ID, conf.getCallerId()),
                            str(in, PortasipConstants.CALLEE_ID, conf.getCalleeId()), null, null, null),
                    conference(in), null);
            case convert_to_on_spot_conference -> new ConvertToOnSpotConferenceRequest(conference(in),
                    new SipOnSpotConferenceCallInfo(null, null, str(in, PortasipConstants.CALL_ID, conf.getCallId()),
                            null, str(in, PortasipConstants.CALL_TAG, conf.getCallTag())), null, null);
            case get_on_spot_conference_list, get_on_spot_conference_participant_list -> new ConferenceRequest(conference(in));
            case update_on_spot_conference_participant, delete_on_spot_conference_participant ->
                    new ConferenceParticipantRequest(conference(in), new SipOnSpotConferenceParticipantInfo(null,
                            bool(in, PortasipConstants.HOLD, null), bool(in, PortasipConstants.PLAY_ANNOUNCE, null), null,
                            null, null, null, bool(in, PortasipConstants.MUTE, null), null,
                            integer(in, PortasipConstants.PARTICIPANT_ID, conf.getParticipantId()), null, null, null, null, null));
            default -> throw new IllegalArgumentException("portasip:" + op + " is not a Call Control method");
        };
    }

    private SipOnSpotConferenceInfo conference(Message in) {
        return new SipOnSpotConferenceInfo(str(in, PortasipConstants.CONFERENCE_NAME, conf.getConferenceName()),
                str(in, PortasipConstants.CONFERENCE_OWNER_ID, conf.getConferenceOwnerId()), null);
    }

    private SipCallIdentifier call(Message in) {
        String id = str(in, PortasipConstants.CALL_ID, conf.getCallId());
        String tag = str(in, PortasipConstants.CALL_TAG, conf.getCallTag());
        return id == null && tag == null ? null : SipCallIdentifier.of(id, tag);
    }

    private CalleeAnswerMode answerMode(Message in) {
        Object v = in.getHeader(PortasipConstants.CALLEE_ANSWER_MODE);
        if (v instanceof CalleeAnswerMode m) {
            return m;
        }
        if (v != null) {
            try {
                return CalleeAnswerMode.fromWire(v.toString());
            } catch (IllegalArgumentException e) {
                throw new CallControlValidationException(PortasipException.VENDOR, List.of("calleeAnswerMode"),
                        "Invalid portasip answer_call request: " + e.getMessage());
            }
        }
        return conf.getCalleeAnswerMode();
    }

    private static List<SipCallState> states(Object value) {
        if (value == null) {
            return null;
        }
        Collection<?> items = value instanceof Collection<?> c ? c : List.of(value.toString().split(","));
        List<SipCallState> out = new ArrayList<>();
        for (Object o : items) {
            if (o instanceof SipCallState s) {
                out.add(s);
            } else if (o != null && !o.toString().isBlank()) {
                out.add(SipCallState.fromWire(o.toString().trim()));
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static List<SipHeaderInfo> sipHeaders(Object value) {
        if (value == null) {
            return null;
        }
        List<SipHeaderInfo> out = new ArrayList<>();
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.add(new SipHeaderInfo(String.valueOf(k), v == null ? null : String.valueOf(v))));
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) {
                out.add(o instanceof SipHeaderInfo h ? h : Json.MAPPER.convertValue(o, SipHeaderInfo.class));
            }
        } else {
            throw new CallControlValidationException(PortasipException.VENDOR, List.of("sipHeaders"),
                    "Invalid portasip transfer_call request: sip_headers must be a Map or a List of SipHeaderInfo");
        }
        return out;
    }

    private static String str(Message in, String header, String fallback) {
        String v = in.getHeader(header, String.class);
        return v != null ? v : fallback;
    }

    private static Long lng(Message in, String header, Long fallback) {
        Long v = in.getHeader(header, Long.class);
        return v != null ? v : fallback;
    }

    private static Integer integer(Message in, String header, Integer fallback) {
        Integer v = in.getHeader(header, Integer.class);
        return v != null ? v : fallback;
    }

    private static Boolean bool(Message in, String header, Boolean fallback) {
        Boolean v = in.getHeader(header, Boolean.class);
        return v != null ? v : fallback;
    }

    // ---- validation (before anything is sent) ---------------------------------------------------------

    static void validate(PortasipOperation op, Object req) {
        Validation v = Validation.of(PortasipException.VENDOR, op.method());
        if (req instanceof SubscriptionRequest s) {
            v.requireOneOf(ids(s.iAccount(), s.iCustomer(), s.iMainOffice(), s.iIvrAn()));
        } else if (req instanceof GetSipCallsListRequest s) {
            v.requireOneOf(ids(s.iAccount(), s.iCustomer(), s.iMainOffice(), s.iIvrAn()));
        } else if (req instanceof OriginateAdvancedCallRequest o) {
            v.require("billId", o.billId()).require("callerId", o.callerId()).require("calleeId", o.calleeId());
            v.check("stateCallback", o.stateCallbackEvents() == null || o.stateCallback() != null,
                    "is mandatory when stateCallbackEvents is given");
            if (o.stateCallbackEvents() != null) {
                v.check("stateCallbackEvents", o.stateCallbackEvents().stream().noneMatch(
                        s -> s == SipCallState.UNKNOWN || s == SipCallState.STARTED),
                        "must be among trying, ringing, early, connected, terminated, held, holding, queued, dequeued");
            }
            if (o.stateCallback() != null) {
                v.check("stateCallback", o.stateCallback().startsWith("http://") || o.stateCallback().startsWith("https://"),
                        "must be an http(s) URL");
            }
        } else if (req instanceof AnswerCallRequest a) {
            requireCall(v, "call", a.call());
        } else if (req instanceof CallRequest c) {
            requireCall(v, "call", c.call());
        } else if (req instanceof TransferCallRequest t) {
            requireCall(v, "call", t.call());
            v.require("cld", t.cld());
        } else if (req instanceof JoinCallsRequest j) {
            requireCall(v, "call", j.call());
            requireCall(v, "toCall", j.toCall());
        } else if (req instanceof PlayPromptRequest p) {
            requireCall(v, "call", p.call());
            v.require("promptUrl", p.url());
            v.check("order", p.order() == null || p.order() == 2 || p.order() == 3, "must be 2 or 3");
            v.check("repeat", p.repeat() == null || p.repeat() == -1 || p.repeat() > 0, "must be -1 or positive");
        } else if (req instanceof StopPlayPromptRequest p) {
            requireCall(v, "call", p.call());
            v.check("order", p.order() == null || p.order() == 2 || p.order() == 3, "must be 2 or 3");
        } else if (req instanceof JoinOnSpotConferenceRequest j) {
            requireConference(v, j.conferenceInfo());
        } else if (req instanceof ConvertToOnSpotConferenceRequest c) {
            requireConference(v, c.conferenceInfo());
            v.require("callId", c.callInfo() == null ? null : c.callInfo().id());
        } else if (req instanceof ConferenceRequest c) {
            if (op == PortasipOperation.get_on_spot_conference_participant_list) {
                requireConference(v, c.conferenceInfo());
            }
        } else if (req instanceof ConferenceParticipantRequest c) {
            requireConference(v, c.conferenceInfo());
            v.require("participantId", c.participantInfo() == null ? null : c.participantInfo().participantId());
        }
        v.check();
    }

    private static Map<String, Object> ids(Long iAccount, Long iCustomer, Long iMainOffice, Long iIvrAn) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("iAccount", iAccount);
        m.put("iCustomer", iCustomer);
        m.put("iMainOffice", iMainOffice);
        m.put("iIvrAn", iIvrAn);
        return m;
    }

    private static void requireCall(Validation v, String name, SipCallIdentifier call) {
        v.require(name.equals("call") ? "callId" : "toCallId", call == null ? null : call.id());
    }

    private static void requireConference(Validation v, SipOnSpotConferenceInfo c) {
        v.require("conferenceName", c == null ? null : c.name());
        if (c != null && c.name() != null) {
            v.check("conferenceName", c.name().length() <= 64, "must be at most 64 characters");
        }
    }
}
