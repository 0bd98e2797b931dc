package io.callcontrol.camel.broadworks.springboot;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.broadworks.BroadworksComponent;
import io.callcontrol.camel.broadworks.BroadworksConfiguration;
import io.callcontrol.camel.broadworks.BroadworksConstants;
import io.callcontrol.camel.broadworks.api.CallCreated;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
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
 * The starter binds {@code camel.component.broadworks.*} onto the component Camel creates for {@code broadworks:}
 * URIs, and a request without connection options on the URI logs in to the simulator with the credentials of the
 * properties.
 */
@SpringBootTest(classes = BroadworksStarterTest.App.class, properties = {
        "camel.component.broadworks.username=" + BroadworksStarterTest.USER,
        "camel.component.broadworks.tenant-id=" + BroadworksSimulator.TENANT,
        "camel.component.broadworks.group-id=" + BroadworksSimulator.GROUP,
        "camel.component.broadworks.user-id=" + BroadworksSimulator.USER,
        "camel.component.broadworks.response-timeout=5000",
        "logging.level.io.callcontrol=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class BroadworksStarterTest {

    static final String USER = "ops";
    static final String PASSWORD = "Pr0perties-Secret";
    static final String CALLS = "/api/v1/tenants/foo/groups/foogroup/users/foouser/services/calls/";

    @RegisterExtension
    static SimulatorExtension<BroadworksSimulator> pbx = new SimulatorExtension<>(BroadworksSimulator::new);

    /** The simulator's URL, and the secret (here rather than inline, which the test framework prints at DEBUG). */
    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.broadworks.base-url", () -> pbx.get().baseUrl());
        registry.add("camel.component.broadworks.password", () -> PASSWORD);
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
    void propertiesReachTheWireAndTheResultIsMapped(CapturedOutput output) throws Exception {
        pbx.get().addCredentials(USER, PASSWORD);

        Exchange ex = template.request("broadworks:call",
                e -> e.getMessage().setHeader(BroadworksConstants.PHONE_NUMBER, "+3212345678"));
        assertThat(ex.getException()).isNull();

        List<RecordedRequest> wire = pbx.get().wireLog().all();
        assertThat(wire).hasSize(2);
        assertThat(wire.get(0).method()).isEqualTo("POST");
        assertThat(wire.get(0).path()).isEqualTo(BroadworksSimulator.DEFAULT_LOGIN_PATH);
        JsonNode login = new ObjectMapper().readTree(wire.get(0).bodyAsString());
        assertThat(login.path("username").asText()).isEqualTo(USER);
        assertThat(login.path("password").asText()).isEqualTo(PASSWORD);
        assertThat(wire.get(1).method()).isEqualTo("POST");
        assertThat(wire.get(1).path()).isEqualTo(CALLS);
        assertThat(wire.get(1).header("Authorization")).startsWith("Bearer ");
        assertThat(new ObjectMapper().readTree(wire.get(1).bodyAsString()).path("phoneNumber").asText())
                .isEqualTo("+3212345678");

        CallCreated created = ex.getMessage().getBody(CallCreated.class);
        assertThat(created.callId()).isNotBlank();
        assertThat(ex.getMessage().getHeader(BroadworksConstants.CALL_ID)).isEqualTo(created.callId());
        assertThat(pbx.get().calls(BroadworksSimulator.USER)).hasSize(1);

        BroadworksConfiguration c = camelContext.getComponent("broadworks", BroadworksComponent.class)
                .getConfiguration();
        assertThat(c.getResponseTimeout()).isEqualTo(5000);
        assertThat(c.getConnectTimeout()).as("catalog default kept").isEqualTo(5000);

        // secrets never reach the log, DEBUG included
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void actuatorMasksTheSecretOptionsEvenWhenShowingValues() {
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> shown = configprops.configurationPropertiesWithPrefix("camel.component.broadworks")
                .getContexts().values().stream().flatMap(c -> c.getBeans().values().stream())
                .filter(b -> b.getPrefix().equals("camel.component.broadworks")).findFirst().orElseThrow().getProperties();
        assertThat(shown).containsEntry("username", "******").containsEntry("password", "******")
                .containsEntry("tenantId", BroadworksSimulator.TENANT);

        EnvironmentEndpoint env = new EnvironmentEndpoint(applicationContext.getEnvironment(),
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        assertThat(env.environmentEntry("camel.component.broadworks.username").getProperty().getValue())
                .isEqualTo("******");
        assertThat(env.environmentEntry("camel.component.broadworks.password").getProperty().getValue())
                .isEqualTo("******");
        assertThat(USER).isNotEqualTo("******");
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/broadworks/broadworks.json")) {
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
        assertThat(metadata).containsKey("camel.component.broadworks.enabled");
        assertThat(metadata.get("camel.component.broadworks.enabled").path("description").asText())
                .contains("broadworks component");

        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.broadworks." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
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
        assertThat(metadata.get("camel.component.broadworks.login-path").path("defaultValue").asText())
                .isEqualTo("/api/v01/auth/login");
        assertThat(metadata.get("camel.component.broadworks.emit-initial-calls").path("defaultValue").asBoolean())
                .isTrue();
    }
}
