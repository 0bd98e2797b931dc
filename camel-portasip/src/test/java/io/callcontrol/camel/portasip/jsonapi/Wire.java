package io.callcontrol.camel.portasip.jsonapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;

/** Test helper: what a recorded PortaSIP request carried (form fields, JSON fields, file parts). */
record Wire(String contentType, Map<String, String> fields, List<FilePart> files, String authorization) {

    record FilePart(String name, String filename, String contentType, byte[] content) {
    }

    static Wire of(RecordedRequest r) {
        String ct = r.header("content-type");
        Map<String, String> fields = new LinkedHashMap<>();
        List<FilePart> files = new ArrayList<>();
        if (ct.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : r.bodyAsString().split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        } else if (ct.startsWith("application/json")) {
            Json.tree(r.body()).fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().toString()));
        } else if (ct.startsWith("multipart/form-data")) {
            Matcher bm = Pattern.compile("boundary=([^;]+)").matcher(ct);
            bm.find();
            String body = new String(r.body(), StandardCharsets.ISO_8859_1);
            for (String chunk : body.split("--" + Pattern.quote(bm.group(1)))) {
                int he = chunk.indexOf("\r\n\r\n");
                if (he < 0) {
                    continue;
                }
                String headers = chunk.substring(0, he);
                byte[] content = Arrays.copyOfRange(chunk.getBytes(StandardCharsets.ISO_8859_1), he + 4,
                        chunk.length() - 2);
                Matcher n = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
                Matcher f = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
                Matcher c = Pattern.compile("(?i)content-type: *([^\r\n]+)").matcher(headers);
                String name = n.find() ? n.group(1) : null;
                if (f.find()) {
                    files.add(new FilePart(name, f.group(1), c.find() ? c.group(1) : null, content));
                } else {
                    fields.put(name, new String(content, StandardCharsets.UTF_8));
                }
            }
        } else {
            throw new AssertionError("unexpected content type " + ct);
        }
        return new Wire(ct, fields, files, r.header("authorization"));
    }

    JsonNode json(String field) {
        String v = fields.get(field);
        return v == null ? null : Json.tree(v.getBytes(StandardCharsets.UTF_8));
    }

    JsonNode params() {
        return json("params");
    }

    JsonNode authInfo() {
        return json("auth_info");
    }
}
