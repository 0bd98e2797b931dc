package io.callcontrol.camel.portsip.springboot;

import java.io.InputStream;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.portsip.PortsipConfiguration;
import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.camel.portsip.api.SessionCreated;
import io.callcontrol.core.webhook.WebhookAuth;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The starter binds {@code camel.component.portsip.*} onto the component Camel creates for {@code portsip:} URIs,
 * and a request without connection options on the URI reaches the simulator with the credentials of the properties.
 */
@SpringBootTest(classes = PortsipStarterTest.App.class, properties = {
        "camel.component.portsip.username=" + PortsipStarterTest.USER,
        "camel.component.portsip.connect-timeout=2s",
        "camel.component.portsip.response-timeout=7000",
        "camel.component.portsip.webhook-auth=bearer",
        "camel.component.portsip.idempotent-repository=#bean:portsipEvents",
        "logging.level.io.callcontrol=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class PortsipStarterTest {

    static final String USER = "ops-admin";
    static final String PASSWORD = "Pr0perties-Secret";
    static final String WEBHOOK_TOKEN = "Webhook-T0ken-Secret";

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    /** The simulator's URL, and the secrets (here rather than inline, which the test framework prints at DEBUG). */
    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.portsip.base-url", () -> pbx.get().baseUrl() + "/api");
        registry.add("camel.component.portsip.password", () -> PASSWORD);
        registry.add("camel.component.portsip.webhook-bearer-token", () -> WEBHOOK_TOKEN);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {

        /** Bound by reference through the starter's converter. */
        @Bean
        IdempotentRepository portsipEvents() {
            return MemoryIdempotentRepository.memoryIdempotentRepository(50);
        }
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
        pbx.get().admin(USER, PASSWORD);

        Exchange ex = template.request("portsip:initiate", e -> e.getMessage().setHeaders(new HashMap<>(
                Map.of(PortsipConstants.CALLER, "1001", PortsipConstants.CALLEE, "1002", PortsipConstants.SEND_SDP, true))));
        assertThat(ex.getException()).isNull();

        RecordedRequest login = pbx.get().wireLog().find("POST", "/api/login/oauth/token").get(0);
        assertThat(form(login)).contains(entry("grant_type", "password"), entry("username", USER),
                entry("password", PASSWORD), entry("scope", "all"),
                entry("client_id", "9d806019-75b2-4b3d-bb8b-f5a3a412cc0a"));
        RecordedRequest initiate = pbx.get().wireLog().find("POST", "/api/sessions").get(0);
        String auth = initiate.header("Authorization");
        assertThat(auth).startsWith("Bearer ");
        assertThat(pbx.get().isTokenValid(auth.substring(7))).isTrue();
        assertThat(initiate.bodyAsString()).isEqualTo("{\"caller\":\"1001\",\"callee\":\"1002\",\"send_sdp\":true}");

        SessionCreated created = ex.getMessage().getBody(SessionCreated.class);
        assertThat(created.id()).isNotBlank();
        assertThat(ex.getMessage().getHeader(PortsipConstants.SESSION_ID)).isEqualTo(created.id());
        assertThat(pbx.get().session(created.id())).containsEntry("caller", "1001").containsEntry("callee", "1002");

        // durations bind with a unit or as milliseconds, enums by name in any case
        PortsipConfiguration c = camelContext.getComponent("portsip", PortsipComponent.class).getConfiguration();
        assertThat(c.getConnectTimeout()).isEqualTo(2000L);
        assertThat(c.getResponseTimeout()).isEqualTo(7000L);
        assertThat(c.getWebhookAuth()).isEqualTo(WebhookAuth.BEARER);
        assertThat(c.getWebhookBearerToken()).isEqualTo(WEBHOOK_TOKEN);
        assertThat(c.getWebhookPort()).as("catalog default kept").isEqualTo(8080);
        assertThat(c.getIdempotentRepository()).as("#bean: reference through the converter")
                .isSameAs(applicationContext.getBean("portsipEvents"));

        // secrets never reach the log, DEBUG included
        assertThat(output.getAll()).doesNotContain(PASSWORD).doesNotContain(WEBHOOK_TOKEN);
    }

    @Test
    void actuatorMasksTheSecretOptionsEvenWhenShowingValues() {
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> shown = configprops.configurationPropertiesWithPrefix("camel.component.portsip")
                .getContexts().values().stream().flatMap(c -> c.getBeans().values().stream())
                .filter(b -> b.getPrefix().equals("camel.component.portsip")).findFirst().orElseThrow().getProperties();
        assertThat(shown).containsEntry("username", "******").containsEntry("password", "******")
                .containsEntry("scope", "all");

        EnvironmentEndpoint env = new EnvironmentEndpoint(applicationContext.getEnvironment(),
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        assertThat(env.environmentEntry("camel.component.portsip.username").getProperty().getValue())
                .isEqualTo("******");
        assertThat(env.environmentEntry("camel.component.portsip.password").getProperty().getValue())
                .isEqualTo("******");
        assertThat(USER).isNotEqualTo("******");
    }

    @Test
    void withoutTheActuatorTheCustomizerIsThereAndNoSanitizer() {
        new ApplicationContextRunner()
                .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
                .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                        PortsipComponentConverter.class, PortsipComponentAutoConfiguration.class))
                .withPropertyValues("camel.component.portsip.base-url=http://127.0.0.1:1/api")
                .run(context -> {
                    assertThat(context).hasNotFailed().hasBean("configurePortsipComponent")
                            .doesNotHaveBean("portsipSecretsSanitizingFunction");
                    assertThat(context.getBean(CamelContext.class).getComponent("portsip", PortsipComponent.class)
                            .getConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:1/api");
                });
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/portsip/portsip.json")) {
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
        assertThat(metadata).containsKey("camel.component.portsip.enabled");
        assertThat(metadata.get("camel.component.portsip.enabled").path("description").asText())
                .contains("portsip component");

        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.portsip." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
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
        assertThat(metadata.get("camel.component.portsip.base-url").path("type").asText()).isEqualTo("java.lang.String");
        assertThat(metadata.get("camel.component.portsip.webhook-port").path("defaultValue").asInt()).isEqualTo(8080);
        assertThat(metadata.get("camel.component.portsip.scope").path("defaultValue").asText()).isEqualTo("all");
        assertThat(metadata.get("camel.component.portsip.connect-timeout").path("type").asText())
                .isEqualTo("java.time.Duration");
        assertThat(metadata.get("camel.component.portsip.connect-timeout").path("defaultValue").asText()).isEqualTo("5s");
    }

    private static Map<String, String> form(RecordedRequest r) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : r.bodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }
}
