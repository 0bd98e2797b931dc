package io.callcontrol.examples.clicktodial;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.apache.camel.Exchange;

/**
 * Reads a click-to-dial request from a REST body or a Kafka record, strictly: anything that is not one JSON object of
 * the known text fields is a {@link ClickToDialProblem} naming what is wrong (the route answers it 400/415 before
 * anything is dialled); the fields are then validated by {@link ClickToDial#validate()}. Kept apart from the route so
 * that any route (or component) originating click-to-dial can use it.
 */
public final class ClickToDialRequests {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private ClickToDialRequests() {
    }

    /**
     * The request of a {@code POST /api/click-to-dial}: the body must be JSON ({@code application/json} or
     * {@code application/*+json}; a request without a Content-Type is read as JSON too).
     */
    public static ClickToDial fromRest(Exchange exchange) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (contentType != null && !contentType.isBlank() && !isJson(contentType)) {
            throw new ClickToDialProblem(415, "Unsupported Media Type",
                    "the body must be JSON (Content-Type application/json), not " + contentType, List.of());
        }
        return parse(exchange.getMessage().getBody(String.class), null);
    }

    /** The request of a Kafka record: its JSON value; its key is the request id when the JSON has none. */
    public static ClickToDial fromKafka(String value, String key) {
        return parse(value, key);
    }

    /** The request of the missed-call mail's link: {@code GET /api/click-to-dial?vendor=..&from=..&to=..}. */
    public static ClickToDial fromQuery(Exchange exchange) {
        return new ClickToDial(exchange.getMessage().getHeader("requestId", String.class),
                exchange.getMessage().getHeader("vendor", String.class),
                exchange.getMessage().getHeader("from", String.class),
                exchange.getMessage().getHeader("to", String.class));
    }

    static ClickToDial parse(String body, String defaultRequestId) {
        if (body == null || body.isBlank()) {
            throw new ClickToDialProblem(400, "Bad Request",
                    "the body is empty: a JSON object {\"vendor\", \"from\", \"to\"} is expected", List.of("body"));
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ClickToDialProblem(400, "Bad Request", "the body is not valid JSON: " + e.getOriginalMessage()
                    + location(e), List.of("body"));
        }
        if (tree == null || !tree.isObject()) {
            throw new ClickToDialProblem(400, "Bad Request", "the body must be a JSON object {\"vendor\", \"from\", \"to\"}, not "
                    + (tree == null ? "nothing" : "a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT)),
                    List.of("body"));
        }
        ClickToDial request;
        try {
            request = JSON.treeToValue(tree, ClickToDial.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ClickToDialProblem(400, "Bad Request", "unknown field '" + e.getPropertyName() + "' (the fields are "
                    + "requestId, vendor, from, to)", List.of(e.getPropertyName()));
        } catch (MismatchedInputException e) {
            String field = e.getPath().isEmpty() ? "body" : e.getPath().get(0).getFieldName();
            throw new ClickToDialProblem(400, "Bad Request", "field '" + field + "' must be a string", List.of(field));
        } catch (JsonProcessingException e) {
            throw new ClickToDialProblem(400, "Bad Request", "the body cannot be read: " + e.getOriginalMessage(),
                    List.of("body"));
        }
        if (request.requestId() == null && defaultRequestId != null && !defaultRequestId.isBlank()) {
            request = request.withRequestId(defaultRequestId);
        }
        return request;
    }

    private static boolean isJson(String contentType) {
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                                              + e.getLocation().getColumnNr() + ")";
    }
}
