package io.callcontrol.kamelets;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kamelets checked the way apache/camel-kamelets checks its own: the rules of its validator
 * ({@code script/validator/validator.go}: file name, type label and name suffix, definition and property titles and
 * descriptions, capitalised title words, no leading article, required properties defined, {@code password} format
 * with the credentials x-descriptor, icon and catalog version annotations, unique titles and descriptions,
 * dependencies covering what the template uses, every parameter declared and used), re-implemented here; plus a
 * JSON schema of the Kamelet resource, the YAML DSL schema of camel-yaml-dsl 4.14.0 on the template, and Camel's own
 * YAML loader turning every file into a route template. Where the upstream validator insists on the provider
 * "Apache Software Foundation", ours is "callcontrol-camel".
 */
class KameletsValidationTest {

    static final Path DIR = Path.of("src/main/resources/kamelets");
    static final Pattern PARAM = Pattern.compile("\\{\\{[?]?([A-Za-z0-9-._]+)(?:[:][^}]*)?}}");
    /** English stop words the upstream validator leaves out of the capitalisation check (the short ones that occur). */
    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "by", "with", "at", "from");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Map<String, String> SCHEMES = Map.of("portsip", "camel-portsip", "portasip", "camel-portasip",
            "uc-dialogs", "camel-uc-dialogs", "broadworks", "camel-broadworks", "sipx", "camel-sipx",
            "sip-native", "camel-sip-native");

    static List<Path> files;

    @BeforeAll
    static void list() throws Exception {
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".kamelet.yaml")).sorted().toList();
        }
    }

    @Test
    void oneSourcePerEventStreamAndTheKeyActions() {
        List<String> names = files.stream().map(p -> p.getFileName().toString().replace(".kamelet.yaml", "")).toList();
        assertThat(names).contains("portsip-events-source", "portasip-call-notifications-source",
                "uc-dialogs-events-source", "broadworks-calls-source", "sipx-status-source",
                "sip-native-dialog-events-source");
        for (String vendor : List.of("portsip", "portasip", "uc-dialogs", "broadworks", "sipx", "sip-native")) {
            assertThat(names).as(vendor + " originate").contains(vendor + "-originate-action");
            assertThat(names).as(vendor + " transfer").contains(vendor + "-transfer-action");
        }
        for (String vendor : List.of("portsip", "portasip", "uc-dialogs", "broadworks", "sip-native")) {
            assertThat(names).contains(vendor + "-hangup-action", vendor + "-hold-action", vendor + "-unhold-action");
        }
        assertThat(names).contains("portsip-attended-transfer-action", "uc-dialogs-attended-transfer-action",
                "broadworks-attended-transfer-action", "uc-dialogs-record-action", "broadworks-record-action");
    }

    @Test
    void theUpstreamValidatorRules() throws Exception {
        List<String> errors = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        for (Path file : files) {
            JsonNode k = YAML.readTree(file.toFile());
            String name = k.path("metadata").path("name").asText();
            // verifyFileNames
            if (!file.getFileName().toString().equals(name + ".kamelet.yaml")) {
                errors.add(file + " does not match the name of the contained kamelet " + name);
            }
            // verifyKameletType
            String type = k.path("metadata").path("labels").path("camel.apache.org/kamelet.type").asText();
            if (!Set.of("source", "sink", "action").contains(type)) {
                errors.add(name + ": invalid camel.apache.org/kamelet.type " + type);
            } else if (!name.endsWith("-" + type)) {
                errors.add(name + " does not end with -" + type);
            }
            // verifyParameters
            JsonNode def = k.path("spec").path("definition");
            JsonNode props = def.path("properties");
            String title = def.path("title").asText();
            if (title.isEmpty()) {
                errors.add(name + ": no title");
            } else if (!type.isEmpty() && !title.endsWith(Character.toUpperCase(type.charAt(0)) + type.substring(1))) {
                errors.add(name + ": title " + title + " does not end with the type");
            }
            if (def.path("description").asText().isEmpty()) {
                errors.add(name + ": no description");
            }
            if (!"object".equals(def.path("type").asText())) {
                errors.add(name + ": definition not of type object");
            }
            Set<String> required = new HashSet<>();
            for (JsonNode r : def.path("required")) {
                if (!required.add(r.asText())) {
                    errors.add(name + ": required " + r.asText() + " listed twice");
                }
                if (!props.has(r.asText())) {
                    errors.add(name + ": required property " + r.asText() + " is not defined");
                }
            }
            Iterator<Map.Entry<String, JsonNode>> it = props.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode p = e.getValue();
                String pt = p.path("title").asText();
                if (p.path("type").asText().isEmpty()) {
                    errors.add(name + "." + e.getKey() + ": no type");
                }
                if (pt.isEmpty()) {
                    errors.add(name + "." + e.getKey() + ": no title");
                }
                for (String w : pt.split(" ")) {
                    if (!w.isEmpty() && !STOPWORDS.contains(w.toLowerCase()) && !Character.isUpperCase(w.charAt(0))
                            && Character.isLetter(w.charAt(0)) && !w.equals("sipX")) {
                        errors.add(name + "." + e.getKey() + ": non-capitalized word in the title: " + w);
                    }
                }
                for (String article : List.of("The ", "A ", "An ")) {
                    if (pt.startsWith(article)) {
                        errors.add(name + "." + e.getKey() + ": title starts with " + article.trim());
                    }
                }
                if (p.path("description").asText().isEmpty()) {
                    errors.add(name + "." + e.getKey() + ": no description");
                }
                // verifyDescriptors
                if ("password".equals(p.path("format").asText())
                        && !p.path("x-descriptors").toString().contains("\"urn:camel:group:credentials\"")) {
                    errors.add(name + "." + e.getKey() + ": password format without urn:camel:group:credentials");
                }
            }
            // verifyAnnotations
            JsonNode ann = k.path("metadata").path("annotations");
            if (!ann.path("camel.apache.org/kamelet.icon").asText().startsWith("data:image/svg+xml;base64,")) {
                errors.add(name + ": no camel.apache.org/kamelet.icon");
            }
            if (!"4.14.0".equals(ann.path("camel.apache.org/catalog.version").asText())) {
                errors.add(name + ": camel.apache.org/catalog.version is not the Camel version 4.14.0");
            }
            if (!"callcontrol-camel".equals(ann.path("camel.apache.org/provider").asText())) {
                errors.add(name + ": camel.apache.org/provider is not callcontrol-camel");
            }
            // verifyDuplicates
            if (!titles.add(title)) {
                errors.add(name + ": duplicate title " + title);
            }
            if (!descriptions.add(def.path("description").asText())) {
                errors.add(name + ": duplicate description");
            }
            // verifyMissingDependencies: what the template uses must be declared
            Set<String> deps = new TreeSet<>();
            k.path("spec").path("dependencies").forEach(d -> deps.add(d.asText()));
            Set<String> needed = new TreeSet<>(List.of("camel:core", "camel:kamelet"));
            String template = k.path("spec").path("template").toString();
            Matcher uris = Pattern.compile("\"(?:uri|to)\":\"([a-z-]+):").matcher(template);
            while (uris.find()) {
                String scheme = uris.group(1);
                if (SCHEMES.containsKey(scheme)) {
                    needed.add("mvn:io.callcontrol:" + SCHEMES.get(scheme) + ":" + System.getProperty("project.version", "0.1.0-SNAPSHOT"));
                } else if (!scheme.equals("kamelet")) {
                    needed.add("camel:" + scheme);
                }
            }
            if (template.contains("\"json\":")) {
                needed.add("camel:jackson");
            }
            if (!deps.containsAll(needed)) {
                errors.add(name + ": dependencies " + deps + " miss " + diff(needed, deps));
            }
            // verifyUsedParams
            Set<String> used = new TreeSet<>();
            Matcher m = PARAM.matcher(template);
            while (m.find()) {
                used.add(m.group(1));
            }
            Set<String> declared = new TreeSet<>();
            props.fieldNames().forEachRemaining(declared::add);
            if (!used.equals(declared)) {
                errors.add(name + ": parameters used " + used + " but declared " + declared);
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(30);
        assertThat(errors).isEmpty();
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void everyKameletMatchesTheKameletSchemaAndItsTemplateTheYamlDslSchema() throws Exception {
        JsonSchema kamelet;
        JsonSchema dsl;
        try (InputStream in = getClass().getResourceAsStream("/kamelet-v1.schema.json")) {
            kamelet = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/camelYamlDsl.json")) {
            dsl = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        ObjectMapper json = new ObjectMapper();
        for (Path file : files) {
            JsonNode k = YAML.readTree(file.toFile());
            assertThat(kamelet.validate(k)).as(file + " against the Kamelet schema").isEmpty();
            // the template is a route template body: validated as - routeTemplate: {id, from}
            ArrayNode doc = json.createArrayNode();
            ObjectNode rt = doc.addObject().putObject("routeTemplate");
            rt.put("id", k.path("metadata").path("name").asText());
            rt.set("from", k.path("spec").path("template").path("from"));
            assertThat(dsl.validate(doc)).as(file + " template against camelYamlDsl.json").isEmpty();
        }
        // the schemas do catch mistakes
        JsonNode broken = YAML.readTree(Files.readString(files.get(0)).replace("kind: Kamelet", "kind: Kamelett"));
        assertThat(kamelet.validate(broken)).isNotEmpty();
        ArrayNode bad = json.createArrayNode();
        bad.addObject().putObject("routeTemplate").put("id", "x").putObject("from").put("uri", "direct:x")
                .putArray("steps").addObject().put("sendTo", "log:x");
        assertThat(dsl.validate(bad)).isNotEmpty();
    }

    @Test
    void camelsYamlLoaderTurnsEveryKameletIntoARouteTemplate() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            for (Path file : files) {
                PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.resolveResource(context, "file:" + file));
            }
            Map<String, Integer> byId = new HashMap<>();
            ((ModelCamelContext) context).getRouteTemplateDefinitions().forEach(t -> byId.merge(t.getId(), 1, Integer::sum));
            assertThat(byId).hasSize(files.size());
        }
    }
}
