package io.callcontrol.camel.ucdialogs.springboot;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.ucdialogs.UcDialogsComponent;
import io.callcontrol.camel.ucdialogs.UcDialogsConfiguration;
import io.callcontrol.camel.ucdialogs.api.UcDialog;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.ucdialogs.SimDialog;
import io.callcontrol.sim.ucdialogs.SimUser;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter binds {@code camel.component.uc-dialogs.*} onto the component Camel creates for {@code uc-dialogs:}
 * URIs, and a request without connection options on the URI reaches the simulator with the Basic credentials of the
 * properties.
 */
@SpringBootTest(classes = UcDialogsStarterTest.App.class, properties = {
        "camel.component.uc-dialogs.username=" + UcDialogsStarterTest.USER,
        "camel.component.uc-dialogs.limit=10",
        "camel.component.uc-dialogs.request-timeout=5000",
        "logging.level.io.callcontrol=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class UcDialogsStarterTest {

    static final String USER = "carol";
    static final String PASSWORD = "Pr0perties-Secret";

    @RegisterExtension
    static SimulatorExtension<UcDialogsSimulator> pbx = new SimulatorExtension<>(UcDialogsSimulator::new);

    /** The simulator's URL, and the secret (here rather than inline, which the test framework prints at DEBUG). */
    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.uc-dialogs.base-url", () -> pbx.get().baseUrl());
        registry.add("camel.component.uc-dialogs.password", () -> PASSWORD);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    CamelContext camelContext;

    @Autowired
    ConfigurableApplicationContext applicationContext;

    @Autowired
    ObjectProvider<SanitizingFunction> sanitizers;

    @Test
    void propertiesReachTheWireAndTheResultIsMapped(CapturedOutput output) {
        pbx.get().addUser(new SimUser(USER, "carol-token", PASSWORD,
                List.of(new SimUser.Account("6f1c0e1a-0002-4b6e-9a51-000000000012", "sip2", "12"))));
        SimDialog dialog = pbx.get().addActiveDialog("sip2", "16");

        Exchange ex = template.request("uc-dialogs:list", e -> {
        });
        assertThat(ex.getException()).isNull();

        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo(UcDialogsSimulator.USER_BASE);
        assertThat(r.queryParam("limit")).isEqualTo("10");
        assertThat(r.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

        @SuppressWarnings("unchecked")
        List<UcDialog> dialogs = ex.getMessage().getBody(List.class);
        assertThat(dialogs).singleElement().satisfies(d -> assertThat(d.dialogid()).isEqualTo(dialog.dialogid()));

        UcDialogsConfiguration c = camelContext.getComponent("uc-dialogs", UcDialogsComponent.class).getConfiguration();
        assertThat(c.getRequestTimeout()).isEqualTo(5000);
        assertThat(c.getScope()).as("catalog default kept").isEqualTo("user");

        // secrets never reach the log, DEBUG included
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void actuatorMasksTheSecretOptionsEvenWhenShowingValues() {
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> shown = configprops.configurationPropertiesWithPrefix("camel.component.uc-dialogs")
                .getContexts().values().stream().flatMap(c -> c.getBeans().values().stream())
                .filter(b -> b.getPrefix().equals("camel.component.uc-dialogs")).findFirst().orElseThrow().getProperties();
        assertThat(shown).containsEntry("username", "******").containsEntry("password", "******")
                .containsEntry("limit", 10);

        EnvironmentEndpoint env = new EnvironmentEndpoint(applicationContext.getEnvironment(),
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        assertThat(env.environmentEntry("camel.component.uc-dialogs.username").getProperty().getValue())
                .isEqualTo("******");
        assertThat(env.environmentEntry("camel.component.uc-dialogs.password").getProperty().getValue())
                .isEqualTo("******");
        assertThat(USER).isNotEqualTo("******");
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/ucdialogs/uc-dialogs.json")) {
            catalog = mapper.readTree(in);
        }
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        Map<String, JsonNode> hints = new LinkedHashMap<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode json = mapper.readTree(in);
                json.path("properties").forEach(p -> metadata.put(p.path("name").asText(), p));
                json.path("hints").forEach(h -> hints.put(h.path("name").asText(), h));
            }
        }
        assertThat(metadata).containsKey("camel.component.uc-dialogs.enabled");
        assertThat(metadata.get("camel.component.uc-dialogs.enabled").path("description").asText())
                .contains("uc-dialogs component");

        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.uc-dialogs." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
            assertThat(metadata).as(key).containsKey(key);
            assertThat(metadata.get(key).path("description").asText()).as(key)
                    .startsWith(option.getValue().path("description").asText().replaceAll("\\.$", ""));
            // the value lists of string and number options become IDE value hints
            if (option.getValue().has("enum") && option.getValue().path("javaType").asText().startsWith("java.lang.")) {
                List<String> values = new ArrayList<>();
                option.getValue().path("enum").forEach(v -> values.add(v.asText()));
                assertThat(hints).as(key).containsKey(key);
                assertThat(hints.get(key).path("values").findValuesAsText("value")).as(key)
                        .containsExactlyElementsOf(values);
            }
        });
        assertThat(metadata.get("camel.component.uc-dialogs.scope").path("defaultValue").asText()).isEqualTo("user");
        // a duration (every time option is one): default 30 s, as the IDE shows it
        assertThat(metadata.get("camel.component.uc-dialogs.request-timeout").path("type").asText())
                .isEqualTo("java.time.Duration");
        assertThat(metadata.get("camel.component.uc-dialogs.request-timeout").path("defaultValue").asText())
                .isEqualTo("30s");
    }
}
