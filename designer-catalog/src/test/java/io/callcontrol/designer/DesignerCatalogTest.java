package io.callcontrol.designer;

import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the generated catalog the way Kaoto loads a catalog library from a URL: the library {@code index.json} over
 * HTTP, the definition its entry's {@code fileName} points at (resolved against the library's URL), then every catalog
 * file of the definition (resolved against the definition's URL), each checked against a JSON schema of what Kaoto
 * reads (written for this test after KaotoIO/camel-catalog's types), and each entry's {@code propertiesSchema} compiled
 * as the draft-07 schema Kaoto's forms use. No Kaoto runs here: this is the loading path and the shapes, not Kaoto's UI.
 */
class DesignerCatalogTest {

    static final Path DIR = Path.of(System.getProperty("catalog.dir", "target/classes/callcontrol-catalog"));
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchemaFactory V7 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    static HttpServer server;
    static URI base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            Path file = DIR.resolve(ex.getRequestURI().getPath().substring("/catalog/".length())).normalize();
            if (!file.startsWith(DIR) || !Files.isRegularFile(file)) {
                ex.sendResponseHeaders(404, -1);
                ex.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/catalog/index.json");
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    static JsonNode get(URI uri) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static JsonSchema schema(String resource) throws Exception {
        try (InputStream in = DesignerCatalogTest.class.getResourceAsStream("/" + resource)) {
            return V7.getSchema(in);
        }
    }

    @Test
    void loadsLikeKaotoFromTheLibraryUrl() throws Exception {
        JsonNode library = get(base);
        assertThat(schema("kaoto-catalog-library.schema.json").validate(library)).isEmpty();
        JsonNode entry = library.path("definitions").get(0);
        assertThat(entry.path("runtime").asText()).isEqualTo("Main");
        URI defUri = base.resolve(entry.path("fileName").asText());
        JsonNode definition = get(defUri);
        assertThat(schema("kaoto-catalog-definition.schema.json").validate(definition)).isEmpty();
        assertThat(definition.path("catalogs").has("components")).isTrue();
        assertThat(definition.path("catalogs").has("kamelets")).isTrue();

        JsonNode components = get(defUri.resolve(definition.path("catalogs").path("components").path("file").asText()));
        assertThat(components.fieldNames()).toIterable().contains("portsip", "portasip", "uc-dialogs",
                "broadworks", "sipx", "sip-native");
        JsonSchema componentSchema = schema("kaoto-component-entry.schema.json");
        Iterator<Map.Entry<String, JsonNode>> it = components.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> c = it.next();
            assertThat(componentSchema.validate(c.getValue())).as(c.getKey()).isEmpty();
            assertThat(c.getValue().path("component").path("groupId").asText()).isEqualTo("io.callcontrol");
            // the properties schema is a usable draft-07 schema: the operation path parameter is required
            JsonNode ps = c.getValue().path("propertiesSchema");
            JsonSchema form = V7.getSchema(ps);
            assertThat(form.validate(JSON.createObjectNode())).as(c.getKey() + ": empty form rejected").isNotEmpty();
            c.getValue().path("properties").fields().forEachRemaining(p -> {
                if (p.getValue().path("secret").asBoolean()) {
                    assertThat(ps.path("properties").path(p.getKey()).path("format").asText()).isEqualTo("password");
                }
            });
        }

        JsonNode kamelets = get(defUri.resolve(definition.path("catalogs").path("kamelets").path("file").asText()));
        List<String> files;
        try (Stream<Path> s = Files.list(DIR.resolve("karavan/kamelets"))) {
            files = s.map(p -> p.getFileName().toString().replace(".kamelet.yaml", "")).toList();
        }
        assertThat(kamelets.size()).isEqualTo(files.size()).isGreaterThanOrEqualTo(30);
        List<String> problems = new ArrayList<>();
        kamelets.fields().forEachRemaining(k -> {
            JsonNode v = k.getValue();
            if (!"Kamelet".equals(v.path("kind").asText()) || !k.getKey().equals(v.path("metadata").path("name").asText())) {
                problems.add(k.getKey() + ": not a Kamelet named by its key");
            }
            if (v.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText().isEmpty()) {
                problems.add(k.getKey() + ": no type label (Kaoto sorts sources/actions/sinks by it)");
            }
            JsonNode ps = v.path("propertiesSchema");
            JsonSchema form = V7.getSchema(ps);
            if (v.path("spec").path("definition").has("required") && form.validate(JSON.createObjectNode()).isEmpty()) {
                problems.add(k.getKey() + ": propertiesSchema does not require the required properties");
            }
            if (!ps.path("properties").fieldNames().hasNext() && v.path("spec").path("definition").path("properties").size() > 0) {
                problems.add(k.getKey() + ": empty propertiesSchema");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(kamelets.has("portsip-events-source")).isTrue();
        assertThat(kamelets.path("portsip-originate-action").path("propertiesSchema").path("properties").path("password")
                .path("format").asText()).isEqualTo("password");
    }

    @Test
    void karavanFoldersHoldComponentDescriptorsAndKamelets() throws Exception {
        try (Stream<Path> s = Files.list(DIR.resolve("karavan/components"))) {
            List<Path> json = s.toList();
            assertThat(json).extracting(p -> p.getFileName().toString()).contains("portsip.json", "sip-native.json");
            for (Path p : json) {
                assertThat(JSON.readTree(p.toFile()).path("component").path("scheme").asText())
                        .isEqualTo(p.getFileName().toString().replace(".json", ""));
            }
        }
    }
}
