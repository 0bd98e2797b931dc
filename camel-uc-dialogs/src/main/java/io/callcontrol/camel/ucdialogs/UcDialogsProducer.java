package io.callcontrol.camel.ucdialogs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.callcontrol.camel.ucdialogs.api.LookupKey;
import io.callcontrol.camel.ucdialogs.api.OriginateResult;
import io.callcontrol.camel.ucdialogs.api.ReferReplacesResult;
import io.callcontrol.camel.ucdialogs.api.SwitchConfResult;
import io.callcontrol.camel.ucdialogs.api.TransferResult;
import io.callcontrol.camel.ucdialogs.api.UcDialog;
import io.callcontrol.camel.ucdialogs.api.UcDialogsAck;
import io.callcontrol.camel.ucdialogs.api.UcDialogsErrorMapper;
import io.callcontrol.camel.ucdialogs.api.UcDialogsRequest;
import io.callcontrol.core.camel.producer.CallControlProducer;
import io.callcontrol.core.camel.producer.Parameter;
import io.callcontrol.core.error.Validation;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;
import io.callcontrol.core.json.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

import static io.callcontrol.camel.ucdialogs.UcDialogsParameters.*;

/**
 * Sends one calls-API request per message, without blocking the calling thread: the operation (header, else
 * endpoint) picks the verb; the request is built from endpoint options, then the body (a
 * {@link UcDialogsRequest} record or a Map, sent field by field; other bodies are ignored), then {@code CamelUcDialogs*} headers; it is validated before anything is sent.
 * The typed answer becomes the body.
 */
public class UcDialogsProducer extends CallControlProducer<UcDialogsOperation> {

    static final String USER_PATH = "/rest/v1/user/sip/calls";
    static final String DOMAIN_PATH = "/rest/v1/uc/calls";
    private static final String V = UcDialogsComponent.SCHEME;
    private static final Pattern NUMBER_WITH_DTMF = Pattern.compile("[^',\\s]+([',][0-9*#A-Da-d',]*)?");
    private static final Pattern DTMF_CHARS = Pattern.compile("[0-9*#A-Da-d',]+");
    private static final Pattern CONF_NUMBER = Pattern.compile("[0-9*#+]+");

    /** The option/header parameters of an operation (its parameter table): every operation by name. */
    static List<Parameter<UcDialogsConfiguration>> parameters(UcDialogsOperation op) {
        return switch (op) {
            case list -> List.of(FILTER, MASK, OFFSET, LIMIT, ORDER, FLAT, COUNT_ONLY);
            case get -> List.of(MASK, FLAT);
            case originate -> List.of(MODE, FROM, TO, CALLER_ID, CALLER_NAME, CALL_TIMEOUT, USE_INTERCOM, RESPONSE_MODE,
                    BINDING);
            case lookup, delete, events -> List.of();
            case refer -> List.of(BY, REFER_TO, RESPONSE_MODE, BINDING);
            case referreplaces -> List.of(MASTER_BY, SLAVE_BY, RESPONSE_MODE, BINDING);
            case switchconf -> List.of(REFER_TO, BY, RESPONSE_MODE, BINDING);
            case referconf -> List.of(BY, RESPONSE_MODE, BINDING);
            case notify -> List.of(CALL_ID, SIDE, EVENT);
            case send_dtmf -> List.of(CALL_ID, SIDE, OPPOSITE, PROTO, DTMF);
            case setup_asr -> List.of(COMMAND, LAYER, SIDE, CALL_ID, OPPOSITE, WAIT);
            case setup_record -> List.of(COMMAND, LAYER, SIDE, CALL_ID);
            case setup_bindings -> List.of(COMMAND, LABEL);
        };
    }

    private final UcDialogsEndpoint endpoint;

    public UcDialogsProducer(UcDialogsEndpoint endpoint) {
        super(endpoint, UcDialogsComponent.SCHEME, UcDialogsOperation.class, UcDialogsConstants.OPERATION);
        this.endpoint = endpoint;
    }

    @Override
    public UcDialogsEndpoint getEndpoint() {
        return endpoint;
    }

    /** A validated request, ready to send. */
    record Request(UcDialogsOperation operation, String dialogId, HttpCall call, boolean flat) {
    }

    @Override
    protected UcDialogsOperation endpointOperation() {
        return endpoint.operation();
    }

    @Override
    protected boolean isProducerOperation(UcDialogsOperation op) {
        return op != UcDialogsOperation.events; // the consumer
    }

    @Override
    protected CompletableFuture<?> send(Exchange exchange, UcDialogsOperation op) {
        Request request = prepare(exchange, op);
        UcDialogsConfiguration conf = endpoint.getConfiguration();
        return endpoint.getComponent().httpClient(conf)
                .send(request.call(), endpoint.authStrategy(), UcDialogsErrorMapper.INSTANCE)
                .thenAccept(result -> answer(request, result, exchange.getMessage()));
    }

    // ---- building the request ---------------------------------------------------------------------------

    Request prepare(Exchange exchange, UcDialogsOperation op) {
        Message in = exchange.getMessage();
        UcDialogsConfiguration conf = endpoint.getConfiguration();
        Validation v = Validation.of(V, op.name());
        String scope = str(value(in, conf, SCOPE, v));
        v.require("baseUrl", conf.getBaseUrl());
        v.check("scope", scope == null || scope.equals("user") || scope.equals("domain"), "must be user or domain");

        Map<String, Object> params = new LinkedHashMap<>();
        for (Parameter<UcDialogsConfiguration> p : parameters(op)) {
            Object c = p == LABEL ? labels(p.option().apply(conf)) : p.option().apply(conf);
            if (c != null) {
                params.put(p.wireName(), c);
            }
        }
        String bodyDialogId = mergeBody(in.getBody(), params, v);
        for (Parameter<UcDialogsConfiguration> p : parameters(op)) {
            Object h = header(in, p, v);
            if (h != null) {
                params.put(p.wireName(), h);
            }
        }
        String dialogId = null;
        if (op.onDialog()) {
            dialogId = str(value(in, conf, DIALOG_ID, v));
            if (dialogId == null) {
                dialogId = bodyDialogId;
            }
            v.require("dialogId", dialogId);
        }
        switch (op) {
            case lookup -> lookupKey(in, conf, params, "", LOOKUP_KEY, LOOKUP_VALUE, LOOKUP_DOMAIN, "lookup", v);
            case referreplaces -> lookupKey(in, conf, params, "slave", SLAVE_LOOKUP_KEY, SLAVE_LOOKUP_VALUE,
                    SLAVE_LOOKUP_DOMAIN, "slaveLookup", v);
            case referconf -> lookupKey(in, conf, params, "refer", REFER_LOOKUP_KEY, REFER_LOOKUP_VALUE,
                    REFER_LOOKUP_DOMAIN, "referLookup", v);
            default -> {
            }
        }
        validate(op, params, v);
        v.check();

        String base = withoutTrailingSlashes(conf.getBaseUrl())
                + ("domain".equals(scope) ? DOMAIN_PATH : USER_PATH);
        HttpCall.Builder b = HttpCall.builder(op.verb(), base);
        if (dialogId != null) {
            b.path(dialogId);
        }
        if (op == UcDialogsOperation.list || op == UcDialogsOperation.get) {
            params.forEach(b::query);
        } else if (op != UcDialogsOperation.delete) {
            b.json(params);
        }
        b.header("Accept", "application/json");
        b.responseTimeout(java.time.Duration.ofMillis(conf.getRequestTimeout()));
        return new Request(op, dialogId, b.build(), Boolean.TRUE.equals(params.get("flat")));
    }

    /** Copies the fields of a body Map / request record into the params; returns a {@code dialogid} field, if any. */
    private static String mergeBody(Object body, Map<String, Object> params, Validation v) {
        Map<String, Object> fields = null;
        if (body instanceof Map<?, ?> m) {
            fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                fields.put(String.valueOf(e.getKey()), e.getValue());
            }
        } else if (body instanceof UcDialogsRequest r) {
            fields = Json.MAPPER.convertValue(r, new TypeReference<LinkedHashMap<String, Object>>() { });
        }
        if (fields == null) {
            return null;
        }
        Object dialogId = fields.remove("dialogid");
        fields.forEach((k, val) -> {
            if (val != null) {
                params.put(k, val);
            }
        });
        return dialogId == null ? null : dialogId.toString();
    }

    private Object value(Message in, UcDialogsConfiguration conf, Parameter<UcDialogsConfiguration> p, Validation v) {
        Object h = header(in, p, v);
        return h != null ? h : p == LABEL ? labels(p.option().apply(conf)) : p.option().apply(conf);
    }

    /**
     * The label(s) of setup_bindings from the option or the header alike: a List as is, a comma-separated text split
     * into a list ({@code aaa,bbb} -> {@code ["aaa","bbb"]}), a single label as a string.
     */
    static Object labels(Object raw) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        String s = raw.toString();
        return s.contains(",") ? List.of(s.trim().split("\\s*,\\s*")) : s;
    }

    private Object header(Message in, Parameter<UcDialogsConfiguration> p, Validation v) {
        Object raw = in.getHeader(p.header());
        if (raw == null) {
            return null;
        }
        if (p == LABEL) {
            return labels(raw);
        }
        try {
            Object converted = endpoint.getCamelContext().getTypeConverter().mandatoryConvertTo(p.type(), raw);
            if (p.type() == Boolean.class && raw instanceof String s
                    && !s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException(s);
            }
            return converted;
        } catch (Exception e) {
            v.check(p.name(), false, "(header " + p.header() + ") must be a " + p.type().getSimpleName()
                    + ", got '" + raw + "'");
            return null;
        }
    }

    /** Turns {@code <prefix>LookupKey} + value (+ domain) into the wire field {@code <prefix><key>}. */
    private void lookupKey(Message in, UcDialogsConfiguration conf, Map<String, Object> params, String prefix,
                           Parameter<UcDialogsConfiguration> keyParam, Parameter<UcDialogsConfiguration> valueParam, Parameter<UcDialogsConfiguration> domainParam,
                           String optionPrefix, Validation v) {
        String key = str(value(in, conf, keyParam, v));
        String value = str(value(in, conf, valueParam, v));
        String domain = str(value(in, conf, domainParam, v));
        LookupKey lk = LookupKey.dialogid;
        if (key != null) {
            try {
                lk = LookupKey.valueOf(key.trim().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                v.check(keyParam.name(), false, "must be one of dialogid, inviteid, callid, uri, username, sipuserid,"
                        + " sipuserlogin, sipuserphone (got '" + key + "')");
            }
        }
        if (value != null) {
            params.put(prefix + lk.name(), value);
        }
        if (domain != null) {
            params.put(prefix + "domain", domain);
        }
        boolean named = false;
        for (LookupKey k : LookupKey.values()) {
            if (!Validation.isMissing(params.get(prefix + k.name()))) {
                named = true;
            }
        }
        if (!named) {
            v.require(valueParam.name(), null);
        }
        if (params.containsKey(prefix + "domain") && Validation.isMissing(params.get(prefix + "username"))) {
            v.check(domainParam.name(), false, "is only meaningful with the key username");
        }
    }

    /** The URL without its trailing slashes (what {@code replaceAll("/+$", "")} gives, without a regex per request). */
    static String withoutTrailingSlashes(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return end == url.length() ? url : url.substring(0, end);
    }

    private static String str(Object o) {
        return o == null || o.toString().isBlank() ? null : o.toString();
    }

    private static void validate(UcDialogsOperation op, Map<String, Object> p, Validation v) {
        switch (op) {
            case list -> {
                nonNegative(p, "offset", "offset", v);
                nonNegative(p, "limit", "limit", v);
            }
            case originate -> {
                v.require("from", p.get("from")).require("to", p.get("to"));
                pattern(p, "to", "to", NUMBER_WITH_DTMF, "must be a number, optionally followed by ' or , and DTMF", v);
                positive(p, "calltimeout", "callTimeout", v);
                nonNegative(p, "response_mode", "responseMode", v);
            }
            case refer -> {
                v.require("by", p.get("by")).require("referTo", p.get("referto"));
                pattern(p, "referto", "referTo", NUMBER_WITH_DTMF,
                        "must be a number, optionally followed by ' or , and DTMF", v);
                nonNegative(p, "response_mode", "responseMode", v);
            }
            case referreplaces -> {
                v.require("masterBy", p.get("masterby")).require("slaveBy", p.get("slaveby"));
                nonNegative(p, "response_mode", "responseMode", v);
            }
            case switchconf -> {
                pattern(p, "referto", "referTo", CONF_NUMBER,
                        "must be the full conference number with its featurecode prefix (digits, *, #)", v);
                nonNegative(p, "response_mode", "responseMode", v);
            }
            case referconf -> {
                v.require("by", p.get("by"));
                nonNegative(p, "response_mode", "responseMode", v);
            }
            case notify -> {
                v.require("event", p.get("event"));
                leg(p, v);
            }
            case send_dtmf -> {
                v.require("dtmf", p.get("dtmf"));
                pattern(p, "dtmf", "dtmf", DTMF_CHARS, "may hold only 0-9, *, #, A-D and the pauses ' and ,", v);
                oneOf(p, "proto", "proto", v, "sipinfo", "rfc2833");
                leg(p, v);
            }
            case setup_asr -> {
                v.require("layer", p.get("layer"));
                oneOf(p, "command", "command", v, "start", "stop");
                oneOf(p, "side", "side", v, "a", "b");
            }
            case setup_record -> {
                v.require("layer", p.get("layer"));
                oneOf(p, "command", "command", v, "start", "stop");
                oneOf(p, "side", "side", v, "a", "b");
            }
            case setup_bindings -> {
                v.require("command", p.get("command")).require("label", p.get("label"));
                oneOf(p, "command", "command", v, "add", "remove", "replace");
            }
            default -> {
            }
        }
    }

    private static void leg(Map<String, Object> p, Validation v) {
        Map<String, Object> either = new LinkedHashMap<>();
        either.put("callId", p.get("callid"));
        either.put("side", p.get("side"));
        v.requireOneOf(either);
        oneOf(p, "side", "side", v, "a", "b");
    }

    private static void oneOf(Map<String, Object> p, String wire, String option, Validation v, String... allowed) {
        Object val = p.get(wire);
        if (val != null && !List.of(allowed).contains(val.toString())) {
            v.check(option, false, "must be one of " + String.join(", ", allowed) + " (got '" + val + "')");
        }
    }

    private static void pattern(Map<String, Object> p, String wire, String option, Pattern pattern, String reason,
                                Validation v) {
        Object val = p.get(wire);
        if (val != null && !Validation.isMissing(val) && !pattern.matcher(val.toString()).matches()) {
            v.check(option, false, reason + " (got '" + val + "')");
        }
    }

    private static void nonNegative(Map<String, Object> p, String wire, String option, Validation v) {
        Object val = p.get(wire);
        if (val != null) {
            v.check(option, val instanceof Number n && n.longValue() >= 0, "must be a non-negative integer");
        }
    }

    private static void positive(Map<String, Object> p, String wire, String option, Validation v) {
        Object val = p.get(wire);
        if (val != null) {
            v.check(option, val instanceof Number n && n.longValue() > 0, "must be a positive integer");
        }
    }

    // ---- mapping the answer -------------------------------------------------------------------------------

    // the readers of the answers, looked up once (not per answer)
    private static final ObjectReader FLAT_LIST = Json.MAPPER.readerFor(new TypeReference<List<Map<String, Object>>>() { });
    private static final ObjectReader DIALOGS = Json.MAPPER.readerFor(new TypeReference<List<UcDialog>>() { });
    private static final ObjectReader FLAT_DIALOG = Json.MAPPER.readerFor(new TypeReference<Map<String, Object>>() { });
    private static final ObjectReader DIALOG = Json.MAPPER.readerFor(new TypeReference<UcDialog>() { });
    private static final ObjectReader ORIGINATE_RESULT = Json.MAPPER.readerFor(new TypeReference<OriginateResult>() { });
    private static final ObjectReader TRANSFER_RESULT = Json.MAPPER.readerFor(new TypeReference<TransferResult>() { });
    private static final ObjectReader REFER_REPLACES_RESULT = Json.MAPPER.readerFor(new TypeReference<ReferReplacesResult>() { });
    private static final ObjectReader SWITCH_CONF_RESULT = Json.MAPPER.readerFor(new TypeReference<SwitchConfResult>() { });
    private static final ObjectReader ACK = Json.MAPPER.readerFor(new TypeReference<UcDialogsAck>() { });

    private static void answer(Request request, HttpResult result, Message out) {
        JsonNode tree = result.jsonTreeOrNull();
        switch (request.operation()) {
            case list -> {
                if (tree != null && tree.isNumber()) {
                    out.setBody(tree.asInt());
                } else if (tree != null && tree.isObject() && tree.has("count")) {
                    out.setBody(tree.get("count").asInt());
                } else if (request.flat()) {
                    out.setBody(read(tree, FLAT_LIST, List.of()));
                } else {
                    out.setBody(read(tree, DIALOGS, List.of()));
                }
            }
            case get -> out.setBody(request.flat() ? read(tree, FLAT_DIALOG, null)
                    : read(tree, DIALOG, null));
            case lookup -> {
                List<String> ids = new ArrayList<>();
                JsonNode arr = tree != null && tree.isObject() && tree.has("dialogids") ? tree.get("dialogids") : tree;
                if (arr != null && arr.isArray()) {
                    arr.forEach(n -> ids.add(n.isObject() ? n.path("dialogid").asText() : n.asText()));
                } else if (arr != null && arr.isObject() && arr.has("dialogid")) {
                    ids.add(arr.get("dialogid").asText());
                }
                out.setBody(ids);
            }
            case originate -> {
                OriginateResult r = read(tree, ORIGINATE_RESULT, null);
                out.setBody(r);
                if (r != null) {
                    setIf(out, UcDialogsConstants.RESULT, r.resultText());
                    setIf(out, UcDialogsConstants.NEW_DIALOG_ID, r.dialogid());
                }
            }
            case refer, referconf -> {
                TransferResult r = read(tree, TRANSFER_RESULT, null);
                out.setBody(r);
                if (r != null) {
                    setIf(out, UcDialogsConstants.RESULT, r.resultText());
                    setIf(out, UcDialogsConstants.NEW_DIALOG_ID, r.newDialogid());
                }
            }
            case referreplaces -> {
                ReferReplacesResult r = read(tree, REFER_REPLACES_RESULT, null);
                out.setBody(r);
                if (r != null) {
                    setIf(out, UcDialogsConstants.RESULT, r.resultText());
                    setIf(out, UcDialogsConstants.NEW_DIALOG_ID, r.newDialogid());
                }
            }
            case switchconf -> {
                SwitchConfResult r = read(tree, SWITCH_CONF_RESULT, null);
                out.setBody(r);
                if (r != null) {
                    setIf(out, UcDialogsConstants.RESULT, r.resultText());
                    setIf(out, UcDialogsConstants.CONF_ID, r.confid());
                }
            }
            default -> {
                UcDialogsAck ack = read(tree, ACK, null);
                if (ack == null || ack.dialogid() == null) {
                    ack = new UcDialogsAck(request.dialogId(), ack == null ? null : ack.resultText(),
                            ack == null ? null : ack.labels(), ack == null ? null : ack.text());
                }
                out.setBody(ack);
                setIf(out, UcDialogsConstants.RESULT, ack.resultText());
            }
        }
    }

    /** The tree bound to the reader's type (what {@code convertValue} gave, without re-serializing the tree). */
    private static <T> T read(JsonNode tree, ObjectReader type, T empty) {
        if (tree == null || tree.isNull() || tree.isMissingNode()) {
            return empty;
        }
        try {
            return type.readValue(tree);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void setIf(Message m, String name, Object value) {
        if (value != null) {
            m.setHeader(name, value);
        }
    }
}
