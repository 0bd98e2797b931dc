package io.callcontrol.camel.sipnative.springboot;

import java.io.InputStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callcontrol.camel.sipnative.SipNativeComponent;
import io.callcontrol.camel.sipnative.SipNativeConfiguration;
import io.callcontrol.camel.sipnative.SipNativeConstants;
import io.callcontrol.camel.sipnative.api.SipResponse;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
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
 * The starter binds {@code camel.component.sip-native.*} onto the component Camel creates for {@code sip-native:}
 * URIs, and a request without agent options on the URI answers the peer's Digest challenge with the credentials of
 * the properties. There is no simulator module for SIP: the peer is {@link DigestChallengingUas}.
 */
@SpringBootTest(classes = SipNativeStarterTest.App.class, properties = {
        "camel.component.sip-native.identity=sip:camel@127.0.0.1",
        "camel.component.sip-native.listen-address=127.0.0.1",
        "camel.component.sip-native.auth-username=" + SipNativeStarterTest.USER,
        "camel.component.sip-native.request-timeout=3000",
        "camel.component.sip-native.user-agent=starter-test",
        "camel.component.sip-native.max-pending-requests=7",
        "camel.component.sip-native.listen-transports=udp",
        "logging.level.io.callcontrol=DEBUG",
        "logging.level.org.apache.camel=DEBUG" })
@ExtendWith(OutputCaptureExtension.class)
class SipNativeStarterTest {

    static final String USER = "camel-auth";
    static final String PASSWORD = "Pr0perties-Secret";
    static final DigestChallengingUas UAS = uas();
    static final int LISTEN_PORT = freeUdpPort();

    /** The agent's port, and the secret (here rather than inline, which the test framework prints at DEBUG). */
    @DynamicPropertySource
    static void agent(DynamicPropertyRegistry registry) {
        registry.add("camel.component.sip-native.listen-port", () -> LISTEN_PORT);
        registry.add("camel.component.sip-native.password", () -> PASSWORD);
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

    @AfterAll
    static void stopUas() throws InterruptedException {
        UAS.close();
    }

    @Test
    void propertiesReachTheWireAndTheResultIsMapped(CapturedOutput output) {
        UAS.wireLog().clear();

        Exchange ex = template.request("sip-native:options",
                e -> e.getMessage().setHeader(SipNativeConstants.TARGET, "sip:peer@127.0.0.1:" + UAS.port()));
        assertThat(ex.getException()).isNull();

        List<String> wire = UAS.wireLog();
        assertThat(wire).hasSize(2);
        assertThat(wire.get(0)).startsWith("OPTIONS sip:peer@127.0.0.1:" + UAS.port());
        assertThat(DigestChallengingUas.header(wire.get(0), "From")).contains("sip:camel@127.0.0.1");
        assertThat(DigestChallengingUas.header(wire.get(0), "User-Agent")).isEqualTo("starter-test");
        assertThat(DigestChallengingUas.header(wire.get(0), "Via")).contains("127.0.0.1:" + LISTEN_PORT);
        assertThat(DigestChallengingUas.header(wire.get(0), "Authorization")).isNull();
        String authorization = DigestChallengingUas.header(wire.get(1), "Authorization");
        assertThat(authorization).startsWith("Digest ");
        Map<String, String> digest = DigestChallengingUas.digestParams(authorization);
        assertThat(digest).containsEntry("username", USER).containsEntry("realm", DigestChallengingUas.REALM)
                .containsEntry("nonce", DigestChallengingUas.NONCE);
        assertThat(digest.get("response")).isEqualTo(DigestChallengingUas.md5(
                DigestChallengingUas.md5(USER + ":" + DigestChallengingUas.REALM + ":" + PASSWORD) + ":"
                        + DigestChallengingUas.NONCE + ":" + DigestChallengingUas.md5("OPTIONS:" + digest.get("uri"))));

        assertThat(ex.getMessage().getHeader(SipNativeConstants.STATUS_CODE)).isEqualTo(200);
        assertThat(ex.getMessage().getBody(SipResponse.class).status()).isEqualTo(200);

        SipNativeConfiguration c = camelContext.getComponent("sip-native", SipNativeComponent.class).getConfiguration();
        assertThat(c.getRequestTimeout()).isEqualTo(3000L);
        assertThat(c.getListenPort()).isEqualTo(LISTEN_PORT);
        assertThat(c.getTransport()).as("catalog default kept").isEqualTo("udp");
        assertThat(c.getMaxPendingRequests()).isEqualTo(7);
        assertThat(c.getListenTransports()).isEqualTo("udp");
        assertThat(c.getOverloadAction()).as("catalog default kept").isEqualTo("reject");

        // secrets never reach the log, DEBUG included
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void actuatorMasksTheSecretOptionsEvenWhenShowingValues() {
        ConfigurationPropertiesReportEndpoint configprops = new ConfigurationPropertiesReportEndpoint(
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        configprops.setApplicationContext(applicationContext);
        Map<String, Object> shown = configprops.configurationPropertiesWithPrefix("camel.component.sip-native")
                .getContexts().values().stream().flatMap(c -> c.getBeans().values().stream())
                .filter(b -> b.getPrefix().equals("camel.component.sip-native")).findFirst().orElseThrow().getProperties();
        assertThat(shown).containsEntry("password", "******").containsEntry("authUsername", USER);

        EnvironmentEndpoint env = new EnvironmentEndpoint(applicationContext.getEnvironment(),
                sanitizers.orderedStream().toList(), Show.ALWAYS);
        assertThat(env.environmentEntry("camel.component.sip-native.password").getProperty().getValue())
                .isEqualTo("******");
        assertThat(env.environmentEntry("camel.component.sip-native.auth-username").getProperty().getValue())
                .isEqualTo(USER);
    }

    @Test
    void metadataDescribesEveryComponentOption() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/callcontrol/camel/sipnative/sip-native.json")) {
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
        assertThat(metadata).containsKey("camel.component.sip-native.enabled");
        assertThat(metadata.get("camel.component.sip-native.enabled").path("description").asText())
                .contains("sip-native component");

        catalog.path("componentProperties").properties().forEach(option -> {
            String key = "camel.component.sip-native." + option.getKey().replaceAll("([A-Z])", "-$1").toLowerCase();
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
        assertThat(metadata.get("camel.component.sip-native.listen-port").path("defaultValue").asInt()).isEqualTo(5060);
        assertThat(metadata.get("camel.component.sip-native.transport").path("defaultValue").asText()).isEqualTo("udp");
    }

    private static DigestChallengingUas uas() {
        try {
            return new DigestChallengingUas(USER, PASSWORD);
        } catch (java.net.SocketException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freeUdpPort() {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.net.SocketException e) {
            throw new IllegalStateException(e);
        }
    }
}
