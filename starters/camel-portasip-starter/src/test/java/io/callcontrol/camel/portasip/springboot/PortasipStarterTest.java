package io.callcontrol.camel.portasip.springboot;

import java.time.Duration;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.camel.portasip.PortasipConfiguration;
import io.callcontrol.camel.portasip.api.GetSipCallsListResponse;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiTransport;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.PortasipSimulator;
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
 * The starter binds {@code camel.component.portasip.*} onto the component Camel creates for {@code portasip:} URIs,
 * and a request without connection options on the URI logs in over the simulator's WebSocket with the credentials of
 * the properties.
 */
@SpringBootTest(classes = PortasipStarterTest.App.class, properties = {
        "camel.component.portasip.login=" + PortasipStarterTest.LOGIN,
        "camel.component.portasip.i-customer=30",
        "camel.component.portasip.request-timeout=3000",
        "camel.component.portasip.json-api-transport=JSON",
        "camel.component.portasip.max-authentication-attempts=5",
        "logging.level.io.callcontrol=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class PortasipStarterTest {

    static final String LOGIN = "ops";
    static final String PASSWORD = "Pr0perties-Secret";

    @RegisterExtension
    static SimulatorExtension<PortasipSimulator> pbx = new SimulatorExtension<>(PortasipSimulator::new);

    /** The simulator's URL, and the secret (here rather than inline, which the test framework prints at DEBUG). */
    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.portasip.web-socket-url", () -> "ws://127.0.0.1:" + pbx.get().port() + "/ws");
        registry.add("camel.component.portasip.password", () -> PASSWORD);
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
        pbx.get().addCredentials(LOGIN, PASSWORD);
        pbx.get().incomingCall("123002", "123007");
        pbx.get().advance(Duration.ofSeconds(2));

        Exchange ex = template.request("portasip:get_sip_calls_list", e -> {
        });
        assertThat(ex.getException()).isNull();

        List<JsonNode> wire = pbx.get().wireLog().matching(r -> "WS".equals(r.method())).stream()
                .map(r -> JSON.readTreeUnchecked(r.bodyAsString())).toList();
        JsonNode login = wire.stream().filter(n -> "login".equals(n.path("method").asText())).findFirst().orElseThrow();
        assertThat(login.path("service").asText()).isEqualTo("Session");
        assertThat(login.path("params").path("login").asText()).isEqualTo(LOGIN);
        assertThat(login.path("params").path("password").asText()).isEqualTo(PASSWORD);
        JsonNode list = wire.stream().filter(n -> "get_sip_calls_list".equals(n.path("method").asText())).findFirst()
                .orElseThrow();
        assertThat(list.path("params").toString()).isEqualTo("{\"i_customer\":30}");
        assertThat(list.path("auth_info").path("session_id").asText()).isNotBlank();

        GetSipCallsListResponse calls = ex.getMessage().getBody(GetSipCallsListResponse.class);
        // both legs of the call belong to customer 30
        assertThat(calls.callsList()).hasSize(2).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(SipCallState.RINGING);
            assertThat(c.caller().accountId()).isEqualTo("123002");
        });

        PortasipConfiguration c = camelContext.getComponent("portasip", PortasipComponent.class).getConfiguration();
        assertThat(c.getRequestTimeout()).isEqualTo(3000L);
        assertThat(c.getJsonApiTransport()).isEqualTo(PortasipJsonApiTransport.json);
        assertThat(c.getWebhookPort()).as("catalog default kept").isEqualTo(8480);
        assertThat(c.getMaxAuthenticationAttempts()).isEqualTo(5);

        // secrets never reach the log, DEBUG included
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void actuatorMasksTheSecretOptionsEvenWhenShowingValues() {
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> shown = configprops.configurationPropertiesWithPrefix("camel.component.portasip")
                .getContexts().values().stream().flatMap(c -> c.getBeans().values().stream())
                .filter(b -> b.getPrefix().equals("camel.component.portasip")).findFirst().orElseThrow().getProperties();
        assertThat(shown).containsEntry("login", "******").containsEntry("password", "******")
                .containsEntry("requestTimeout", "PT3S"); // a duration, shown as ISO-8601

        EnvironmentEndpoint env = new EnvironmentEndpoint(applicationContext.getEnvironment(),
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        assertThat(env.environmentEntry("camel.component.portasip.login").getProperty().getValue())
                .isEqualTo("******");
        assertThat(env.environmentEntry("camel.component.portasip.password").getProperty().getValue())
                .isEqualTo("******");
        assertThat(LOGIN).isNotEqualTo("******");
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/portasip/portasip.json")) {
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
        assertThat(metadata).containsKey("camel.component.portasip.enabled");
        assertThat(metadata.get("camel.component.portasip.enabled").path("description").asText())
                .contains("portasip component");

        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.portasip." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
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
        assertThat(metadata.get("camel.component.portasip.i-customer").path("type").asText()).isEqualTo("java.lang.Long");
        assertThat(metadata.get("camel.component.portasip.webhook-port").path("defaultValue").asInt()).isEqualTo(8480);
        assertThat(metadata.get("camel.component.portasip.json-api-transport").path("defaultValue").asText())
                .isEqualTo("form");
    }

    /** Jackson, for the JSON-RPC messages of the wire log. */
    private static final class JSON {
        private static final ObjectMapper MAPPER = new ObjectMapper();

        static JsonNode readTreeUnchecked(String s) {
            try {
                return MAPPER.readTree(s);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + s, e);
            }
        }
    }
}
