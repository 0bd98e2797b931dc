package io.callcontrol.designer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Writes the catalog low-code designers load, in the layout of Kaoto's catalog (KaotoIO/camel-catalog):
 *
 * <pre>
 * callcontrol-catalog/
 *   index.json                                   catalog library: {name, version, definitions: [{name, version, runtime, fileName}]}
 *   camel-main/VERSION/index.json                catalog definition: {name, version, runtime, catalogs: {components, kamelets}, schemas}
 *   camel-main/VERSION/camel-catalog-aggregate-components.json   scheme to the component's catalog JSON (+ propertiesSchema)
 *   camel-main/VERSION/kamelets-aggregate.json   Kamelet name to the Kamelet as JSON (+ propertiesSchema)
 *   karavan/components/SCHEME.json, karavan/kamelets/NAME.kamelet.yaml   the same, as the folders Karavan reads
 * </pre>
 *
 * Inputs: the catalog JSON camel-package-maven-plugin generated in every {@code camel-*} module of the root POM and
 * the Kamelets of the kamelets module. Run by the build (exec:java at process-classes); arguments: root dir,
 * output dir, project version, Camel version.
 */
public final class DesignerCatalogGenerator {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private DesignerCatalogGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        String version = args[2];
        String camel = args[3];
        Path defDir = out.resolve("camel-main").resolve(version);
        Files.createDirectories(defDir);
        Files.createDirectories(out.resolve("karavan/components"));
        Files.createDirectories(out.resolve("karavan/kamelets"));

        ObjectNode components = JSON.createObjectNode();
        for (Path json : componentJsons(root)) {
            ObjectNode c = (ObjectNode) JSON.readTree(json.toFile());
            String scheme = c.path("component").path("scheme").asText();
            Files.copy(json, out.resolve("karavan/components/" + scheme + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            c.set("propertiesSchema", propertiesSchema(c.path("component").path("title").asText(),
                    c.path("component").path("description").asText(), c.path("properties"), true));
            components.set(scheme, c);
        }
        ObjectNode kamelets = JSON.createObjectNode();
        try (Stream<Path> s = Files.list(root.resolve("kamelets/src/main/resources/kamelets"))) {
            for (Path y : s.filter(p -> p.toString().endsWith(".kamelet.yaml")).sorted().toList()) {
                ObjectNode k = (ObjectNode) YAML.readTree(y.toFile());
                Files.copy(y, out.resolve("karavan/kamelets/" + y.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                JsonNode def = k.path("spec").path("definition");
                ObjectNode schema = propertiesSchema(def.path("title").asText(), def.path("description").asText(),
                        def.path("properties"), false);
                if (def.has("required")) {
                    schema.set("required", def.get("required"));
                }
                k.set("propertiesSchema", schema);
                kamelets.set(k.path("metadata").path("name").asText(), k);
            }
        }
        String componentsFile = "camel-catalog-aggregate-components.json";
        String kameletsFile = "kamelets-aggregate.json";
        JSON.writeValue(defDir.resolve(componentsFile).toFile(), components);
        JSON.writeValue(defDir.resolve(kameletsFile).toFile(), kamelets);

        ObjectNode definition = JSON.createObjectNode();
        definition.put("name", "callcontrol-camel " + version + " (Camel Main " + camel + ")");
        definition.put("version", version);
        definition.put("runtime", "Main");
        definition.put("camelCatalogVersion", camel);
        ObjectNode catalogs = definition.putObject("catalogs");
        entry(catalogs, "components", "Call control components (callcontrol-camel)", version, componentsFile);
        entry(catalogs, "kamelets", "Call control Kamelets (callcontrol-camel)", version, kameletsFile);
        definition.putObject("schemas");
        JSON.writeValue(defDir.resolve("index.json").toFile(), definition);

        ObjectNode library = JSON.createObjectNode();
        library.put("name", "callcontrol-camel catalog");
        library.put("version", 1);
        ArrayNode defs = library.putArray("definitions");
        ObjectNode d = defs.addObject();
        d.put("name", definition.path("name").asText());
        d.put("version", version);
        d.put("runtime", "Main");
        d.put("fileName", "camel-main/" + version + "/index.json");
        JSON.writeValue(out.resolve("index.json").toFile(), library);
        System.out.println("[designer-catalog] " + components.size() + " components, " + kamelets.size()
                + " Kamelets -> " + out);
    }

    static void entry(ObjectNode catalogs, String name, String description, String version, String file) {
        ObjectNode e = catalogs.putObject(name);
        e.put("name", name);
        e.put("description", description);
        e.put("version", version);
        e.put("file", file);
    }

    /** A JSON schema (draft-07) of a set of options, as Kaoto shows them in its configuration form. */
    static ObjectNode propertiesSchema(String title, String description, JsonNode props, boolean camelCatalog) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("type", "object");
        schema.put("title", title);
        schema.put("description", description);
        ObjectNode properties = schema.putObject("properties");
        List<String> required = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = props.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            ObjectNode s = properties.putObject(e.getKey());
            String type = p.path("type").asText("string");
            if (camelCatalog) {
                type = switch (type) {
                    case "integer", "number", "boolean", "array", "string" -> type;
                    case "duration", "enum" -> "string";
                    default -> "string";
                };
                s.put("title", p.path("displayName").asText(e.getKey()));
                if (p.path("required").asBoolean()) {
                    required.add(e.getKey());
                }
                if (p.path("secret").asBoolean()) {
                    s.put("format", "password");
                }
            } else {
                s.put("title", p.path("title").asText(e.getKey()));
                if (p.has("format")) {
                    s.put("format", p.path("format").asText());
                }
            }
            s.put("type", type);
            s.put("description", p.path("description").asText());
            if (p.has("enum")) {
                s.set("enum", p.get("enum"));
            }
            JsonNode def = camelCatalog ? p.get("defaultValue") : p.get("default");
            if (def != null) {
                s.set("default", def);
            }
        }
        if (!required.isEmpty()) {
            ArrayNode r = schema.putArray("required");
            required.forEach(r::add);
        }
        return schema;
    }

    /** The generated catalog JSON of every component module listed in the root POM. */
    static List<Path> componentJsons(Path root) throws IOException {
        Matcher m = Pattern.compile("<module>(camel-[^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        Map<String, Path> out = new TreeMap<>();
        while (m.find()) {
            Path meta = root.resolve(m.group(1)).resolve("src/generated/resources/META-INF");
            if (!Files.isDirectory(meta)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(meta)) {
                for (Path p : s.filter(x -> x.toString().endsWith(".json")).toList()) {
                    if (JSON.readTree(p.toFile()).has("component")) {
                        out.put(m.group(1) + "/" + p.getFileName(), p);
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }
}
