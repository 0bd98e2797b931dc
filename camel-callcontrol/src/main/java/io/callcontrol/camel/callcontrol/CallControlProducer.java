package io.callcontrol.camel.callcontrol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.camel.sipnative.SipNativeConstants;
import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.camel.sipx.SipxConstants;
import io.callcontrol.camel.sipx.SipxException;
import io.callcontrol.camel.sipx.api.SipxCallStatus;
import io.callcontrol.camel.sipx.api.SipxDialog;
import io.callcontrol.camel.sipx.api.SipxStatusLine;
import io.callcontrol.core.error.CallControlException;
import io.callcontrol.core.error.CallControlTimeoutException;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.json.Json;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Maps each exchange's neutral operation onto the chosen PBX's vendor operation and sends it through that vendor
 * endpoint's own producer, asynchronously; the vendor's answer becomes a {@link CallControlResult}. A vendor that
 * cannot do the operation, and missing neutral fields, fail the exchange before anything is sent.
 */
public class CallControlProducer extends DefaultAsyncProducer {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CallControlProducer.class);

    private final CallControlEndpoint endpoint;
    private final CallControlConfiguration conf;

    public CallControlProducer(CallControlEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
        this.conf = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        CallControlComponent c = endpoint.getComponent();
        if (conf.getPbx() != null && !conf.getPbx().isBlank()) {
            c.producer(c.resolvePbx(conf.getPbx(), "pbx")); // connect early
        }
        if (conf.isAwaitOutcome() && conf.getOutcomeEvents() != null && !conf.getOutcomeEvents().isBlank()) {
            c.tracker(c.resolvePbx(conf.getOutcomeEvents(), "outcomeEvents")); // listen before the first originate
        }
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            Message in = exchange.getMessage();
            CallControlOperation op = operation(in);
            CallControlComponent component = endpoint.getComponent();
            Object pbxHeader = in.getHeader(CallControlConstants.PBX);
            Endpoint pbx = component.resolvePbx(pbxHeader != null ? pbxHeader : conf.getPbx(),
                    pbxHeader != null ? CallControlConstants.PBX : "pbx");
            VendorMappings.Vendor vendor = VendorMappings.of(pbx);
            VendorMappings.Mapping mapping = vendor.mapping(op);
            if (mapping == null) {
                throw new CallControlUnsupportedOperationException(vendor.name(), op, vendor.supported());
            }
            CallControlRequest request = request(in);
            Validation v = null; // built only when something is missing
            for (String name : mapping.required()) {
                if (Validation.isMissing(VendorMappings.field(request, name))) {
                    if (v == null) {
                        v = Validation.of(vendor.name(), "callcontrol:" + op);
                    }
                    v.require(name, null);
                }
            }
            if (v != null) {
                v.check();
            }
            boolean await = op == CallControlOperation.originate && awaitOutcome(in);
            OutcomeTracker tracker = null;
            if (await && vendor.outcomeSource() == VendorMappings.OutcomeSource.EVENTS) {
                String events = conf.getOutcomeEvents();
                Validation.of(vendor.name(), "callcontrol:originate").require("outcomeEvents", events).check();
                Endpoint eventsEndpoint = component.resolvePbx(events, "outcomeEvents");
                tracker = component.tracker(eventsEndpoint);
            }
            AsyncProducer vendorProducer = component.producer(pbx);

            in.setBody(null);
            in.setHeader(vendor.operationHeader(), mapping.vendorOperation());
            mapping.toVendor.accept(new VendorMappings.Call(request, pbx), in);
            in.setHeader(CallControlConstants.VENDOR, vendor.name());
            in.setHeader(CallControlConstants.VENDOR_OPERATION, mapping.vendorOperation());

            if (op != CallControlOperation.originate) {
                return vendorProducer.process(exchange, done -> {
                    try {
                        if (exchange.getException() == null) {
                            answer(vendor, mapping, request, exchange.getMessage());
                        }
                    } catch (Exception e) {
                        exchange.setException(e);
                    }
                    callback.done(done);
                });
            }
            OriginateThrottle throttle = component.throttle(pbx, conf);
            OutcomeTracker t = tracker;
            Runnable task = vendor.outcomeSource() == VendorMappings.OutcomeSource.TRANSACTION
                    ? () -> originateTransaction(exchange, callback, vendor, mapping, request, vendorProducer, throttle, await)
                    : () -> originate(exchange, callback, vendor, mapping, request, vendorProducer, throttle, await, t);
            if (!throttle.submit(task)) {
                throw new CallControlException(vendor.name(), "THROTTLED", "callcontrol:originate refused: "
                        + throttle.queued() + " originate requests already wait for " + pbx.getEndpointUri()
                        + " (maxQueuedOriginates); nothing was sent", 0, null);
            }
            return false;
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    private CallControlOperation operation(Message in) {
        Object h = in.getHeader(CallControlConstants.OPERATION);
        if (h == null) {
            if (conf.getOperation() == null || !conf.getOperation().isProducer()) {
                Validation.of(CallControlConstants.SCHEME, "?").require("operation", null).check();
            }
            return conf.getOperation();
        }
        if (h instanceof CallControlOperation o && o.isProducer()) {
            return o;
        }
        try {
            CallControlOperation o = CallControlOperation.valueOf(h.toString().trim());
            if (o.isProducer()) {
                return o;
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        String known = Arrays.stream(CallControlOperation.values()).filter(CallControlOperation::isProducer)
                .map(Enum::name).collect(Collectors.joining(", "));
        Validation.of(CallControlConstants.SCHEME, String.valueOf(h))
                .check(CallControlConstants.OPERATION, false, "must be one of " + known).check();
        return null;
    }

    private boolean awaitOutcome(Message in) {
        Object h = in.getHeader(CallControlConstants.AWAIT_OUTCOME);
        return h != null ? Boolean.parseBoolean(h.toString().trim()) : conf.isAwaitOutcome();
    }

    /** Header, else body field (a CallControlRequest or a Map of its field names), else endpoint option. */
    CallControlRequest request(Message in) {
        Object body = in.getBody();
        CallControlRequest b = null;
        if (body instanceof CallControlRequest r) {
            b = r;
        } else if (body instanceof Map<?, ?> m && !m.isEmpty()) {
            b = Json.MAPPER.convertValue(m, CallControlRequest.class);
        }
        return new CallControlRequest(
                pick(in, CallControlConstants.CALLER, b == null ? null : b.caller(), conf.getCaller()),
                pick(in, CallControlConstants.CALLEE, b == null ? null : b.callee(), conf.getCallee()),
                pick(in, CallControlConstants.CALL_ID, b == null ? null : b.callId(), null),
                pick(in, CallControlConstants.OTHER_CALL_ID, b == null ? null : b.otherCallId(), null),
                pick(in, CallControlConstants.TARGET, b == null ? null : b.target(), conf.getTarget()),
                pick(in, CallControlConstants.PARTY, b == null ? null : b.party(), conf.getParty()),
                pick(in, CallControlConstants.DIGITS, b == null ? null : b.digits(), null));
    }

    private static String pick(Message in, String header, String body, String option) {
        String h = in.getHeader(header, String.class);
        if (h != null && !h.isBlank()) {
            return h.trim();
        }
        if (body != null && !body.isBlank()) {
            return body.trim();
        }
        return option;
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    private static void answer(VendorMappings.Vendor vendor, VendorMappings.Mapping mapping, CallControlRequest request,
                               Message out) {
        // a later vendor endpoint in the route must not inherit the operation this exchange was mapped to
        out.removeHeader(vendor.operationHeader());
        Object raw = out.getBody();
        List<CallInfo> calls = null;
        if (mapping.items != null) {
            calls = new ArrayList<>();
            for (Object item : mapping.items.apply(raw)) {
                CallInfo typed = mapping.typedItem == null ? null : mapping.typedItem.apply(item);
                if (typed != null) {
                    calls.add(typed);
                    continue;
                }
                JsonNode n = item instanceof JsonNode j ? j : Json.MAPPER.valueToTree(item);
                CallInfo c = mapping.item.apply(n);
                calls.add(new CallInfo(c.callId(), c.trackingId(), c.caller(), c.callee(), c.vendorState(),
                        item instanceof JsonNode ? n : item));
            }
        }
        out.setBody(new CallControlResult(vendor.name(), mapping.operation(), mapping.vendorOperation(),
                request.callId(), null, null, null, null, null, calls, raw));
        if (request.callId() != null) {
            out.setHeader(CallControlConstants.CALL_ID, request.callId());
        }
    }

    private static CallControlResult originated(VendorMappings.Vendor vendor, VendorMappings.Mapping mapping,
                                                CallControlRequest request, Message out, CallOutcome outcome) {
        out.removeHeader(vendor.operationHeader());
        VendorMappings.Ids ids = mapping.ids.apply(out);
        CallControlResult r = new CallControlResult(vendor.name(), CallControlOperation.originate,
                mapping.vendorOperation(), ids.callId(), ids.vendorCallId(), ids.trackingId(), request.caller(),
                request.callee(), outcome, null, out.getBody());
        setResult(out, r);
        return r;
    }

    private static void setResult(Message out, CallControlResult r) {
        out.setBody(r);
        set(out, CallControlConstants.CALL_ID, r.callId());
        set(out, CallControlConstants.VENDOR_CALL_ID, r.vendorCallId());
        set(out, CallControlConstants.TRACKING_ID, r.trackingId());
        set(out, CallControlConstants.OUTCOME, r.outcome());
    }

    private static void set(Message m, String name, Object value) {
        if (value != null) {
            m.setHeader(name, value);
        } else {
            m.removeHeader(name);
        }
    }

    // ---- originate over HTTP / WebSocket APIs: the call id at once, then the outcome from events or polling ------

    private void originate(Exchange exchange, AsyncCallback callback, VendorMappings.Vendor vendor,
                           VendorMappings.Mapping mapping, CallControlRequest request, AsyncProducer vendorProducer,
                           OriginateThrottle throttle, boolean await, OutcomeTracker tracker) {
        try {
            vendorProducer.process(exchange, done -> {
                throttle.release();
                CallControlResult r;
                try {
                    if (exchange.getException() != null) {
                        callback.done(false);
                        return;
                    }
                    r = originated(vendor, mapping, request, exchange.getMessage(),
                            await ? null : CallOutcome.PENDING);
                } catch (Exception e) {
                    exchange.setException(e);
                    callback.done(false);
                    return;
                }
                if (!await) {
                    callback.done(false);
                    return;
                }
                CompletableFuture<CallOutcome> outcome;
                if (vendor.outcomeSource() == VendorMappings.OutcomeSource.POLL) {
                    outcome = pollSipx(vendorProducer, r);
                } else {
                    String key = vendor.callKey.apply(new VendorMappings.Ids(r.callId(), r.vendorCallId(), r.trackingId()));
                    if (key == null) {
                        exchange.setException(new CallControlException(vendor.name(), "NO_CALL_ID",
                                "callcontrol:originate: the PBX answered no id to correlate the outcome with", 0, null));
                        callback.done(false);
                        return;
                    }
                    outcome = tracker.await(key, conf.getOutcomeTimeout(), endpoint.getComponent().scheduler());
                }
                outcome.whenComplete((o, err) -> {
                    setResult(exchange.getMessage(), r.withOutcome(err != null ? CallOutcome.FAILED : o));
                    callback.done(false);
                });
            });
        } catch (Throwable e) {
            throttle.release();
            exchange.setException(e);
            callback.done(false);
        }
    }

    /** sipX: polls the call controller's status of the call's calling/called pair (its key) until it is decided. */
    private CompletableFuture<CallOutcome> pollSipx(AsyncProducer vendorProducer, CallControlResult r) {
        CompletableFuture<CallOutcome> result = new CompletableFuture<>();
        String[] key = r.callId().split(":", 3);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(conf.getOutcomeTimeout());
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            if (result.isDone()) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                result.complete(CallOutcome.TIMEOUT);
                return;
            }
            Exchange ex = vendorProducer.getEndpoint().createExchange();
            Message m = ex.getMessage();
            m.setHeader(SipxConstants.OPERATION, "status");
            m.setHeader(SipxConstants.AGENT, key[0]);
            m.setHeader(SipxConstants.CALLING_USER, key[1]);
            m.setHeader(SipxConstants.CALLED_USER, key[2]);
            vendorProducer.process(ex, done -> {
                CallOutcome o = null;
                if (ex.getException() == null) {
                    o = sipxOutcome(ex.getMessage().getBody(SipxCallStatus.class));
                } else if (!(ex.getException() instanceof SipxException.CallNotFound)) {
                    o = CallOutcome.FAILED;
                }
                if (o != null) {
                    result.complete(o);
                } else {
                    endpoint.getComponent().scheduler().schedule(poll[0], conf.getOutcomePollInterval(),
                            TimeUnit.MILLISECONDS);
                }
            });
        };
        endpoint.getComponent().scheduler().schedule(poll[0], conf.getOutcomePollInterval(), TimeUnit.MILLISECONDS);
        return result;
    }

    /** The outcome a sipX status shows (final status line of a REFER call, dialog state of an INVITE call), or null. */
    static CallOutcome sipxOutcome(SipxCallStatus status) {
        if (status == null) {
            return null;
        }
        for (SipxStatusLine line : status.statusLines()) {
            int code = line.statusCode();
            if (code >= 200) {
                return code < 300 ? CallOutcome.ANSWERED
                        : OutcomeClassifier.ofTermination(line.statusLine());
            }
        }
        for (SipxDialog d : status.dialogs()) {
            if (d.state() != null && d.state().normalized() == CallState.CONNECTED) {
                return CallOutcome.ANSWERED;
            }
        }
        for (SipxDialog d : status.dialogs()) {
            if (d.state() != null && d.state().normalized() == CallState.TERMINATED) {
                return CallOutcome.FAILED;
            }
        }
        return null;
    }

    // ---- originate on sip-native: the SIP transaction is the outcome ------------------------------------------

    private void originateTransaction(Exchange exchange, AsyncCallback callback, VendorMappings.Vendor vendor,
                                      VendorMappings.Mapping mapping, CallControlRequest request,
                                      AsyncProducer vendorProducer, OriginateThrottle throttle, boolean await) {
        String callId = VendorMappings.newSipCallId();
        exchange.getMessage().setHeader(SipNativeConstants.CALL_ID, callId);
        // the INVITEs run on a copy: the exchange answers at once (or at outcomeTimeout) whatever the SIP side does
        Exchange copy = exchange.copy();
        CompletableFuture<CallOutcome> outcome = new CompletableFuture<>();
        try {
            vendorProducer.process(copy, done -> {
                throttle.release();
                Exception e = copy.getException();
                if (e == null) {
                    outcome.complete(CallOutcome.ANSWERED);
                } else if (e instanceof SipNativeException s && s.getSipStatus() > 0) {
                    CallOutcome o = OutcomeClassifier.ofSipStatus(s.getSipStatus());
                    outcome.complete(o == null ? CallOutcome.FAILED : o);
                } else if (e instanceof CallControlTimeoutException) {
                    outcome.complete(CallOutcome.NO_ANSWER);
                } else {
                    outcome.completeExceptionally(e);
                }
            });
        } catch (Throwable e) {
            throttle.release();
            outcome.completeExceptionally(e);
        }
        Message out = exchange.getMessage();
        if (!await) {
            out.setHeader(SipNativeConstants.DIALOG_ID, callId);
            originated(vendor, mapping, request, out, CallOutcome.PENDING);
            outcome.whenComplete((o, err) -> {
                if (err != null) {
                    LOG.warn("sip-native originate {} -> {} (call id {}) failed: {}", request.caller(),
                            request.callee(), callId, err.getMessage());
                }
            });
            callback.done(false);
            return;
        }
        endpoint.getComponent().scheduler().schedule(() -> outcome.complete(CallOutcome.TIMEOUT),
                conf.getOutcomeTimeout(), TimeUnit.MILLISECONDS);
        outcome.whenComplete((o, err) -> {
            if (err != null) {
                exchange.setException(err);
                callback.done(false);
                return;
            }
            Message done = copy.getMessage();
            if (o == CallOutcome.ANSWERED) {
                out.setHeaders(done.getHeaders());
                out.setBody(done.getBody());
            } else {
                out.setHeader(SipNativeConstants.DIALOG_ID, callId);
                out.setBody(copy.getException());
            }
            originated(vendor, mapping, request, out, o);
            callback.done(false);
        });
    }
}
