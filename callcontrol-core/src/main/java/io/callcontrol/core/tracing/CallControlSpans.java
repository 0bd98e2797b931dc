package io.callcontrol.core.tracing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the suite's span decorators put on a span, independent of the tracing API: the span name per operation and
 * the call attributes. Used by {@link TracingSpanDecorators} (camel-tracing: camel-opentelemetry,
 * camel-observation) and {@link TelemetrySpanDecorators} (camel-telemetry: camel-opentelemetry2).
 * <p>
 * Span name: {@code SCHEME:OPERATION} -- the operation header if the exchange sets it, else the endpoint's path
 * ({@code portsip:initiate}, {@code sip-native:hangup}, {@code portsip:events} for a consumer).
 * <p>
 * Attributes (low cardinality: vendor, operation, event type, outcome; the rest per call):
 * <pre>
 * callcontrol.vendor        component scheme
 * callcontrol.operation     operation (or consumer path)
 * callcontrol.call_id       the vendor's call id (session id, dialog id, ...): request header, or the answer's
 * callcontrol.tracking_id   the vendor's tracking id (PortaSIP, BroadWorks), when known
 * callcontrol.event_type    normalized event type of a consumed event
 * callcontrol.call_state    normalized call state of a consumed event
 * callcontrol.outcome       success | the exception's class
 * callcontrol.error_code    the vendor's error code of a CallControlException
 * </pre>
 */
public final class CallControlSpans {

    public static final String VENDOR = "callcontrol.vendor";
    public static final String OPERATION = "callcontrol.operation";
    public static final String CALL_ID = "callcontrol.call_id";
    public static final String TRACKING_ID = "callcontrol.tracking_id";
    public static final String EVENT_TYPE = "callcontrol.event_type";
    public static final String CALL_STATE = "callcontrol.call_state";
    public static final String OUTCOME = "callcontrol.outcome";
    public static final String ERROR_CODE = "callcontrol.error_code";

    /** One component: its scheme, component class, operation header and the headers naming its call and tracking ids. */
    public record Vendor(String scheme, String componentClassName, String operationHeader, List<String> callIdHeaders,
                         List<String> trackingIdHeaders) {
    }

    private CallControlSpans() {
    }

    /** {@code SCHEME:OPERATION}. */
    public static String operationName(Vendor v, Exchange exchange, Endpoint endpoint) {
        return v.scheme() + ":" + operation(v, exchange, endpoint);
    }

    static String operation(Vendor v, Exchange exchange, Endpoint endpoint) {
        Object op = exchange == null || v.operationHeader() == null ? null : exchange.getMessage().getHeader(v.operationHeader());
        if (op != null) {
            return String.valueOf(op);
        }
        String uri = endpoint.getEndpointBaseUri();
        int colon = uri.indexOf(':');
        String path = colon < 0 ? uri : uri.substring(colon + 1);
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        int end = path.indexOf('?');
        return end < 0 ? path : path.substring(0, end);
    }

    /** The attributes known before the exchange is processed (request headers, a consumed event's headers). */
    public static void before(Vendor v, Exchange exchange, Endpoint endpoint, BiConsumer<String, String> low,
                              BiConsumer<String, String> high) {
        low.accept(VENDOR, v.scheme());
        low.accept(OPERATION, operation(v, exchange, endpoint));
        ids(v, exchange.getMessage(), high);
        Message m = exchange.getMessage();
        String type = m.getHeader(CallEventHeaders.EVENT_TYPE, String.class);
        if (type != null) {
            low.accept(EVENT_TYPE, type);
        }
        String state = m.getHeader(CallEventHeaders.STATE, String.class);
        if (state != null) {
            high.accept(CALL_STATE, state);
        }
    }

    /** The attributes known once the exchange is done: the ids the answer gave, the outcome, a vendor error code. */
    public static void after(Vendor v, Exchange exchange, BiConsumer<String, String> low, BiConsumer<String, String> high) {
        ids(v, exchange.getMessage(), high);
        Exception e = exchange.getException();
        low.accept(OUTCOME, e == null ? "success" : e.getClass().getSimpleName());
        Throwable t = e;
        while (t != null && !(t instanceof CallControlException)) {
            t = t.getCause();
        }
        if (t instanceof CallControlException ce && ce.getErrorCode() != null) {
            high.accept(ERROR_CODE, ce.getErrorCode());
        }
    }

    private static void ids(Vendor v, Message m, BiConsumer<String, String> high) {
        String callId = first(m, v.callIdHeaders());
        if (callId != null) {
            high.accept(CALL_ID, callId);
        }
        String tracking = first(m, v.trackingIdHeaders());
        if (tracking != null) {
            high.accept(TRACKING_ID, tracking);
        }
    }

    private static String first(Message m, List<String> headers) {
        for (String h : headers) {
            Object value = m.getHeader(h);
            if (value != null && !value.toString().isEmpty()) {
                return value.toString();
            }
        }
        return null;
    }

    /** The components of the suite. Header names are the components' documented headers. */
    public static final Map<String, Vendor> VENDORS = vendors();

    private static Map<String, Vendor> vendors() {
        Map<String, Vendor> m = new LinkedHashMap<>();
        String callId = CallEventHeaders.CALL_ID;
        String tracking = CallEventHeaders.TRACKING_ID;
        add(m, new Vendor("portsip", "io.callcontrol.camel.portsip.PortsipComponent", "CamelPortsipOperation",
                List.of("CamelPortsipSessionId", callId), List.of(tracking)));
        add(m, new Vendor("portasip", "io.callcontrol.camel.portasip.PortasipComponent", "CamelPortasipMethod",
                List.of("CamelPortasipCallId", callId), List.of("CamelPortasipTrackingId", tracking)));
        add(m, new Vendor("uc-dialogs", "io.callcontrol.camel.ucdialogs.UcDialogsComponent", "CamelUcDialogsOperation",
                List.of("CamelUcDialogsDialogId", "CamelUcDialogsCallId", callId), List.of(tracking)));
        add(m, new Vendor("broadworks", "io.callcontrol.camel.broadworks.BroadworksComponent", "CamelBroadworksOperation",
                List.of("CamelBroadworksCallId", callId), List.of("CamelBroadworksExternalTrackingId", tracking)));
        add(m, new Vendor("sipx", "io.callcontrol.camel.sipx.SipxComponent", "CamelSipxOperation",
                List.of(callId), List.of(tracking)));
        add(m, new Vendor("sip-native", "io.callcontrol.camel.sipnative.SipNativeComponent", "CamelSipNativeOperation",
                List.of("CamelSipNativeDialogId", "CamelSipNativeCallId", callId), List.of(tracking)));
        add(m, new Vendor("callcontrol", "io.callcontrol.camel.callcontrol.CallControlComponent", "CamelCallControlOperation",
                List.of(callId, "CamelCallControlVendorCallId"), List.of(tracking)));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static void add(Map<String, Vendor> m, Vendor v) {
        m.put(v.scheme(), v);
    }
}
