package io.callcontrol.camel.portasip.jsonapi;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.core.json.Json;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

/**
 * Runs one PortaSIP JSON API method for a Camel exchange: reads the params from the body (request record, Map or
 * JSON) and the flat parameters from headers (over endpoint defaults), takes the audio of uploads from the body,
 * calls the {@link PortasipJsonApiClient}, and puts the answer on the message.
 * <p>
 * Input: the body is the method's params structure (its request record, a Map or JSON; any other body, e.g. the
 * answer of a previous call, is ignored); for {@code set_*_prompt} / {@code set_vm_greeting} the body is
 * the audio (byte[], File, Path, InputStream, anything Camel converts to byte[], or a {@link PortasipAttachment})
 * with the file name in {@link PortasipJsonApiHeaders#FILE_NAME} (or {@code CamelFileName}, or the file's own
 * name), the other params in headers or {@link PortasipJsonApiHeaders#PARAMS}.
 * <p>
 * Output: the body is the typed answer (a record of the model); for {@code get_*_prompt} / {@code get_vm_greeting}
 * the body is the audio bytes, with {@link PortasipJsonApiHeaders#FILE_NAME}, {@link PortasipJsonApiHeaders#CONTENT_TYPE}
 * ({@code Content-Type} too) and the typed answer in {@link PortasipJsonApiHeaders#RESPONSE}.
 * <p>
 * Holds one client per distinct connection settings (one session each); {@link #close()} logs them out. Never
 * blocks: the returned future completes on the HTTP client's I/O thread.
 */
public final class PortasipJsonApiInvoker implements AutoCloseable {

    /** Whether a request record has any component (reflection once per type, not per call). */
    private static final ClassValue<Boolean> HAS_PARAMS = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getRecordComponents().length > 0;
        }
    };

    private final List<PortasipJsonApiClient> clients = new ArrayList<>();

    /** The client for these settings (created on first use; one session per distinct connection). */
    public synchronized PortasipJsonApiClient client(PortasipJsonApiSettings settings) {
        for (PortasipJsonApiClient c : clients) {
            if (c.settings().sameConnection(settings)) {
                return c;
            }
        }
        PortasipJsonApiClient c = new PortasipJsonApiClient(settings);
        clients.add(c);
        return c;
    }

    /** Registers an existing client (e.g. on a shared HTTP client) for its settings. */
    public synchronized void register(PortasipJsonApiClient client) {
        clients.add(0, client);
    }

    /**
     * Runs a method by name: a listed method, or, with a service (header {@link PortasipJsonApiHeaders#SERVICE} or
     * {@code serviceOverride}), any other method of the JSON API.
     */
    public CompletableFuture<Void> invoke(Exchange exchange, String methodName, String serviceOverride,
                                          PortasipJsonApiSettings settings) {
        String service = exchange.getMessage().getHeader(PortasipJsonApiHeaders.SERVICE, serviceOverride, String.class);
        PortasipJsonApiMethod m = PortasipJsonApiMethod.find(methodName);
        if (m != null && (service == null || service.equals(m.service().name()))) {
            return invoke(exchange, m, settings);
        }
        if (service == null || service.isBlank()) {
            return CompletableFuture.failedFuture(new CallControlValidationException(PortasipFaultException.VENDOR,
                    "service", "Unknown PortaSIP JSON API method " + methodName
                                + ": set the service option (or the " + PortasipJsonApiHeaders.SERVICE + " header)"));
        }
        try {
            Message in = exchange.getMessage();
            boolean dry = in.getHeader(PortasipJsonApiHeaders.DRY_RUN, settings.dryRun(), Boolean.class);
            Object params = paramsFromBody(in.getBody(), null);
            PortasipAttachment att = attachmentHeader(exchange);
            return client(settings).callUnlisted(service, methodName, params, att, dry)
                    .thenAccept(r -> apply(exchange, r));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Runs a listed method. */
    public CompletableFuture<Void> invoke(Exchange exchange, PortasipJsonApiMethod method,
                                          PortasipJsonApiSettings settings) {
        try {
            Message in = exchange.getMessage();
            boolean dry = in.getHeader(PortasipJsonApiHeaders.DRY_RUN, settings.dryRun(), Boolean.class);
            Object body = in.getBody();
            PortasipAttachment attachment = null;
            ObjectNode params;
            if (method.attachment() == PortasipJsonApiMethod.Attach.REQUIRED && isAudio(body)) {
                attachment = audioFrom(exchange, body);
                params = toNode(in.getHeader(PortasipJsonApiHeaders.PARAMS));
            } else {
                params = !HAS_PARAMS.get(method.requestType()) ? Json.MAPPER.createObjectNode()
                        : toNode(paramsFromBody(body, method.requestType()));
                if (method.attachment() != PortasipJsonApiMethod.Attach.NONE) {
                    attachment = attachmentHeader(exchange);
                }
            }
            ObjectNode merged = Json.MAPPER.createObjectNode();
            // endpoint defaults < body < headers
            for (String flat : method.flatParams()) {
                Object def = settings.params().get(leaf(flat));
                if (def != null && PortasipJsonApiClient.path(params, flat) == null) {
                    PortasipJsonApiClient.setPath(merged, flat, def);
                }
            }
            merge(merged, params);
            for (String flat : method.flatParams()) {
                String header = PortasipJsonApiHeaders.FLAT.get(leaf(flat));
                Object v = header == null ? null : in.getHeader(header);
                if (v != null) {
                    PortasipJsonApiClient.setPath(merged, flat, v);
                }
            }
            return client(settings).call(method, merged, attachment, dry).thenAccept(r -> apply(exchange, r));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String leaf(String dotted) {
        int i = dotted.lastIndexOf('.');
        return i < 0 ? dotted : dotted.substring(i + 1);
    }

    private static void merge(ObjectNode target, ObjectNode source) {
        source.fields().forEachRemaining(e -> {
            JsonNode existing = target.get(e.getKey());
            if (existing instanceof ObjectNode eo && e.getValue() instanceof ObjectNode so) {
                merge(eo, so);
            } else {
                target.set(e.getKey(), e.getValue());
            }
        });
    }

    private static ObjectNode toNode(Object params) {
        if (params == null) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode n;
        try {
            n = params instanceof JsonNode j ? j.deepCopy()
                    : params instanceof String s ? Json.MAPPER.readTree(s) : Json.MAPPER.valueToTree(params);
        } catch (Exception e) {
            throw new CallControlValidationException(PortasipFaultException.VENDOR, "params",
                    "The params are not valid JSON: " + e.getMessage());
        }
        if (!(n instanceof ObjectNode o)) {
            throw new CallControlValidationException(PortasipFaultException.VENDOR, "params",
                    "The params must be a JSON object (structure), got " + n.getNodeType());
        }
        return o;
    }

    /**
     * The body as params: the method's request record, a Map, a JsonNode or JSON object text. Anything else (null,
     * other text, the typed answer of a previous call, audio) is not params, so a route can chain calls without
     * clearing the body.
     */
    private static Object paramsFromBody(Object body, Class<?> requestType) {
        if (body instanceof String s) {
            return s.trim().startsWith("{") ? s : null;
        }
        if (body instanceof Map<?, ?> || body instanceof JsonNode) {
            return body;
        }
        if (requestType != null && requestType.isInstance(body)) {
            return body;
        }
        return null;
    }

    private static boolean isAudio(Object body) {
        return body instanceof byte[] || body instanceof File || body instanceof Path
               || body instanceof java.io.InputStream || body instanceof WrappedFile<?> || body instanceof PortasipAttachment;
    }

    private static PortasipAttachment attachmentHeader(Exchange exchange) {
        Object a = exchange.getMessage().getHeader(PortasipJsonApiHeaders.ATTACHMENT);
        return a == null ? null : audioFrom(exchange, a);
    }

    private static PortasipAttachment audioFrom(Exchange exchange, Object audio) {
        if (audio instanceof PortasipAttachment pa) {
            return pa;
        }
        Message in = exchange.getMessage();
        String name = in.getHeader(PortasipJsonApiHeaders.FILE_NAME, String.class);
        if (name == null) {
            name = in.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        }
        if (name == null) {
            String fn = in.getHeader(Exchange.FILE_NAME, String.class);
            if (fn != null) {
                name = Path.of(fn).getFileName().toString();
            }
        }
        if (name == null && audio instanceof File f) {
            name = f.getName();
        }
        if (name == null && audio instanceof Path p) {
            name = p.getFileName().toString();
        }
        Object source = audio instanceof WrappedFile<?> wf ? wf.getFile() : audio;
        byte[] bytes = exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, source);
        if (bytes == null) {
            throw new CallControlValidationException(PortasipFaultException.VENDOR, "attachment",
                    "Cannot read the audio attachment from a " + audio.getClass().getName());
        }
        return new PortasipAttachment(name, null, bytes);
    }

    private static void apply(Exchange exchange, PortasipJsonApiResult r) {
        Message out = exchange.getMessage();
        if (r.attachment() != null) {
            out.setBody(r.attachment().content());
            out.setHeader(PortasipJsonApiHeaders.FILE_NAME, r.attachment().filename());
            out.setHeader(PortasipJsonApiHeaders.CONTENT_TYPE, r.attachment().contentType());
            out.setHeader(Exchange.CONTENT_TYPE, r.attachment().contentType());
            out.setHeader(PortasipJsonApiHeaders.RESPONSE, r.response());
        } else {
            out.setBody(r.response());
        }
        JsonNode audioId = r.json() == null ? null : r.json().get("i_audio_file");
        if (audioId != null && audioId.canConvertToInt()) {
            out.setHeader(PortasipJsonApiHeaders.I_AUDIO_FILE, audioId.asInt());
        }
    }

    /** Closes every client (logging their sessions out). */
    @Override
    public synchronized void close() {
        for (PortasipJsonApiClient c : clients) {
            c.close();
        }
        clients.clear();
    }
}
