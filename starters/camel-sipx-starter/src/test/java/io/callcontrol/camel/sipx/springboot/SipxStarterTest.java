package io.callcontrol.camel.sipx.springboot;

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
import io.callcontrol.camel.sipx.SipxAuthMethod;
import io.callcontrol.camel.sipx.SipxComponent;
import io.callcontrol.camel.sipx.SipxConfiguration;
import io.callcontrol.camel.sipx.api.SipxCallResult;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.sipx.SipxSimulator;
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
 * The starter binds {@code camel.component.sipx.*} onto the component Camel creates for {@code sipx:} URIs, and a
 * request without connection options on the URI reaches the simulator with the Basic credentials of the properties.
 */
@SpringBootTest(classes = SipxStarterTest.App.class, properties = {
        "camel.component.sipx.username=" + SipxStarterTest.USER,
        "camel.component.sipx.auth-method=BASIC",
        "camel.component.sipx.calling-user=" + SipxStarterTest.USER,
        "camel.component.sipx.called-user=user2",
        "camel.component.sipx.timeout=30",
        "logging.level.io.callcontrol=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class SipxStarterTest {

    static final String USER = "user9";
    static final String PASSWORD = "90210-secret";

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> pbx = new SimulatorExtension<>(SipxSimulator::new);

    /** The simulator's URL, and the secret (here rather than inline, which the test framework prints at DEBUG). */
    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sipx.base-url", () -> pbx.get().baseUrl());
        registry.add("camel.component.sipx.password", () -> PASSWORD);
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
        pbx.get().addUser(USER, PASSWORD);

        Exchange ex = template.request("sipx:call", e -> {
        });
        assertThat(ex.getException()).isNull();

        assertThat(pbx.get().wireLog().size()).as("Basic is preemptive").isEqualTo(1);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo(SipxSimulator.DIRECT_PREFIX + USER + "/user2");
        assertThat(r.queryParam("timeout")).isEqualTo("30");
        assertThat(r.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

        SipxCallResult result = ex.getMessage().getBody(SipxCallResult.class);
        assertThat(result.callingUser()).isEqualTo(USER);
        assertThat(result.calledUser()).isEqualTo("user2");

        SipxConfiguration c = camelContext.getComponent("sipx", SipxComponent.class).getConfiguration();
        assertThat(c.getAuthMethod()).isEqualTo(SipxAuthMethod.basic);
        assertThat(c.getResponseTimeout()).as("catalog default kept").isEqualTo(30000);

        // secrets never reach the log, DEBUG included
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void actuatorMasksTheSecretOptionsEvenWhenShowingValues() {
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> shown = configprops.configurationPropertiesWithPrefix("camel.component.sipx")
                .getContexts().values().stream().flatMap(c -> c.getBeans().values().stream())
                .filter(b -> b.getPrefix().equals("camel.component.sipx")).findFirst().orElseThrow().getProperties();
        assertThat(shown).containsEntry("username", "******").containsEntry("password", "******")
                .containsEntry("calledUser", "user2");

        EnvironmentEndpoint env = new EnvironmentEndpoint(applicationContext.getEnvironment(),
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        assertThat(env.environmentEntry("camel.component.sipx.username").getProperty().getValue())
                .isEqualTo("******");
        assertThat(env.environmentEntry("camel.component.sipx.password").getProperty().getValue())
                .isEqualTo("******");
        assertThat(USER).isNotEqualTo("******");
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/sipx/sipx.json")) {
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
        assertThat(metadata).containsKey("camel.component.sipx.enabled");
        assertThat(metadata.get("camel.component.sipx.enabled").path("description").asText())
                .contains("sipx component");

        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.sipx." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
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
        assertThat(metadata.get("camel.component.sipx.auth-method").path("type").asText())
                .isEqualTo("io.callcontrol.camel.sipx.SipxAuthMethod");
        assertThat(metadata.get("camel.component.sipx.auth-method").path("defaultValue").asText()).isEqualTo("digest");
    }
}
