package io.callcontrol.camel.callcontrol.springboot;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.callcontrol.CallControlComponent;
import io.callcontrol.camel.callcontrol.CallControlConfiguration;
import io.callcontrol.camel.callcontrol.CallControlConstants;
import io.callcontrol.camel.callcontrol.CallControlResult;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter binds {@code camel.component.callcontrol.*} onto the component; an originate with no option on the URI
 * reaches the PortSIP simulator through the PBX the properties name.
 */
@SpringBootTest(classes = CallControlStarterTest.App.class, properties = {
        "camel.component.callcontrol.pbx=portsipMain",
        "camel.component.callcontrol.caller=1001",
        "camel.component.callcontrol.max-concurrent-originates=3",
        "camel.component.callcontrol.outcome-timeout=45000" })
class CallControlStarterTest {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    @DynamicPropertySource
    static void simulator(DynamicPropertyRegistry registry) {
        registry.add("camel.component.portsip.base-url", () -> pbx.get().baseUrl() + "/api");
        registry.add("camel.component.portsip.username", () -> PortsipSimulator.ADMIN_USER);
        registry.add("camel.component.portsip.password", () -> PortsipSimulator.ADMIN_PASSWORD);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class App {
        @Bean
        String portsipMain() {
            return "portsip:initiate";
        }
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    CamelContext camelContext;

    @Test
    void propertiesReachTheComponentAndTheWire() {
        Exchange ex = template.request("callcontrol:originate", e -> e.getMessage()
                .setHeader(CallControlConstants.CALLEE, "1002"));
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(CallControlResult.class).vendor()).isEqualTo("portsip");
        assertThat(pbx.get().wireLog().find("POST", "/api/sessions")).singleElement()
                .satisfies(r -> assertThat(r.bodyAsString()).contains("\"caller\":\"1001\"").contains("\"callee\":\"1002\""));
        CallControlConfiguration c = camelContext.getComponent("callcontrol", CallControlComponent.class).getConfiguration();
        assertThat(c.getMaxConcurrentOriginates()).isEqualTo(3);
        assertThat(c.getOutcomeTimeout()).isEqualTo(45000);
        assertThat(c.getMaxQueuedOriginates()).as("catalog default kept").isEqualTo(10000);
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/callcontrol/callcontrol.json")) {
            catalog = mapper.readTree(in);
        }
        Map<String, JsonNode> metadata = new LinkedHashMap<>();
        for (URL url : Collections.list(getClass().getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                mapper.readTree(in).path("properties").forEach(p -> metadata.put(p.path("name").asText(), p));
            }
        }
        assertThat(metadata).containsKey("camel.component.callcontrol.enabled");
        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.callcontrol." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
            assertThat(metadata).as(key).containsKey(key);
            assertThat(metadata.get(key).path("description").asText()).as(key)
                    .startsWith(option.getValue().path("description").asText().replaceAll("\\.$", ""));
        });
    }
}
