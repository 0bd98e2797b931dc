package io.callcontrol.examples;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The YAML DSL routes are what a low-code designer produces: each file validates against the YAML DSL's JSON
 * schema ({@code schema/camelYamlDsl.json} of camel-yaml-dsl) and loads through Camel's routes loader.
 */
class YamlRoutesSchemaTest {

    private static List<Path> yamlRoutes() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/camel/yaml"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyYamlRouteValidatesAgainstTheYamlDslSchema() throws Exception {
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schema/camelYamlDsl.json")) {
            assertThat(in).as("camel-yaml-dsl's schema/camelYamlDsl.json").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files = yamlRoutes();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("screen-pop.yaml", "call-log.yaml", "missed-calls.yaml");
        for (Path file : files) {
            JsonNode routes = yaml.readTree(file.toFile());
            Set<ValidationMessage> errors = schema.validate(routes);
            assertThat(errors).as(file.toString()).isEmpty();
        }
        // and the schema does catch a mistake
        JsonNode broken = yaml.readTree("- route:\n    from:\n      uri: direct:x\n      steps:\n        - sendTo: log:x\n");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void everyYamlRouteLoadsThroughTheRoutesLoader() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getPropertiesComponent().addInitialProperty("callcontrol.topics.call-events", "call-events");
            context.getPropertiesComponent().addInitialProperty("callcontrol.topics.screen-pop", "screen-pop");
            for (Path file : yamlRoutes()) {
                PluginHelper.getRoutesLoader(context).loadRoutes(
                        ResourceHelper.resolveResource(context, "file:" + file));
            }
            assertThat(((org.apache.camel.model.ModelCamelContext) context).getRouteDefinitions())
                    .extracting(d -> d.getRouteId())
                    .containsExactlyInAnyOrder("call-log-yaml", "remember-connected-yaml", "missed-calls-yaml",
                            "screen-pop-yaml");
        }
    }
}
