package io.callcontrol.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertyConfigurer;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One option vocabulary for time: every timeout, delay, interval and retention option of every component is a
 * Camel {@code duration} in the catalog (designers show a duration field), and a URI takes it with a unit or as
 * bare milliseconds. For each such endpoint option of each catalog, an endpoint is created from a URI with the
 * option as {@code 2s}, then as {@code 1500ms}, then as {@code 250}, and the value the endpoint holds (read
 * through its generated configurer) is checked in milliseconds.
 */
class DurationOptionsTest {

    private static final Path ROOT = Path.of(System.getProperty("callcontrol.root", "..")).toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyTimeOptionIsADurationAndTakesUnits() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String module : CatalogMetadataTest.componentModules()) {
            Path generated = ROOT.resolve(module).resolve("src/generated/resources/META-INF/io/callcontrol");
            try (Stream<Path> s = Files.walk(generated)) {
                for (Path json : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                    JsonNode root = new ObjectMapper().readTree(json.toFile());
                    if (!root.has("properties")) {
                        continue;
                    }
                    tests.add(DynamicTest.dynamicTest(root.path("component").path("scheme").asText(), () -> check(root)));
                }
            }
        }
        assertThat(tests).as("component catalogs").hasSizeGreaterThanOrEqualTo(7);
        return tests.stream();
    }

    private static void check(JsonNode root) throws Exception {
        String scheme = root.path("component").path("scheme").asText();
        List<String> notDurations = new ArrayList<>();
        List<String> durations = new ArrayList<>();
        String pathValue = null;
        for (Map.Entry<String, JsonNode> e : root.path("properties").properties()) {
            JsonNode o = e.getValue();
            if ("path".equals(o.path("kind").asText()) && pathValue == null) {
                pathValue = o.has("enum") ? o.path("enum").get(0).asText() : "x";
            }
            // not ours: Camel's scheduled poll consumer's own initialDelay; and vendor request parameters counted in
            // seconds, sent to the PBX as they are (uc-dialogs' callTimeout)
            boolean timeName = e.getKey().matches(".*(Timeout|Delay|Interval|Retention|Margin)")
                               && !"initialDelay".equals(e.getKey()) && !o.path("description").asText().contains("seconds");
            if ("duration".equals(o.path("type").asText())) {
                durations.add(e.getKey());
            } else if (timeName && o.path("javaType").asText().matches("long|int|java.lang.Long|java.lang.Integer")) {
                notDurations.add(e.getKey());
            }
        }
        assertThat(notDurations).as(scheme + ": time options that are plain numbers instead of durations").isEmpty();
        assertThat(durations).as(scheme + ": duration options").isNotEmpty();
        // not started: the endpoints are only created and configured (a started sip-native endpoint binds a socket)
        try (CamelContext context = new DefaultCamelContext()) {
            for (String option : durations) {
                assertThat(valueOf(context, scheme, pathValue, option, "2s")).as(scheme + "." + option + "=2s").isEqualTo(2000L);
                assertThat(valueOf(context, scheme, pathValue, option, "1500ms")).as(scheme + "." + option + "=1500ms")
                        .isEqualTo(1500L);
                assertThat(valueOf(context, scheme, pathValue, option, "250")).as(scheme + "." + option + "=250")
                        .isEqualTo(250L);
            }
        }
    }

    private static Object valueOf(CamelContext context, String scheme, String pathValue, String option, String value)
            throws Exception {
        // what an endpoint of these components cannot be created without
        String required = switch (scheme) {
            case "sip-native" -> "&identity=sip:agent@127.0.0.1";
            case "broadworks" -> "&baseUrl=http://127.0.0.1:9";
            case "sipx" -> "&baseUrl=http://127.0.0.1:9&username=u&password=p";
            default -> "";
        };
        Endpoint endpoint = context.getEndpoint(scheme + ":" + pathValue + "?" + option + "=" + value + required);
        PropertyConfigurer configurer = PluginHelper.getConfigurerResolver(context)
                .resolvePropertyConfigurer(scheme + "-endpoint", context);
        if (configurer == null) {
            configurer = PluginHelper.getConfigurerResolver(context)
                    .resolvePropertyConfigurer(endpoint.getClass().getName(), context);
        }
        assertThat(configurer).as(scheme + ": generated endpoint configurer").isInstanceOf(PropertyConfigurerGetter.class);
        Object v = ((PropertyConfigurerGetter) configurer).getOptionValue(endpoint, option, true);
        context.removeEndpoint(endpoint);
        return v instanceof Number n ? n.longValue() : v;
    }
}
