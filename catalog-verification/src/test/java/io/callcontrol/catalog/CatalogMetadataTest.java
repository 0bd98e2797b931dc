package io.callcontrol.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Build-wide check of the Camel catalog metadata low-code designers see: every component module listed in the
 * root POM ({@code camel-*}) has its generated catalog JSON and its adoc, and every component option, endpoint
 * option and header in that JSON has a description.
 */
class CatalogMetadataTest {

    /** What is left of {@code <host>:<port>} or {@code {@code x}} once the catalog generator stripped the markup. */
    private static final Pattern MANGLED = Pattern.compile("://[:/]|/{3}|\\{code |\\(\\)|sip:\\)");

    private static final Path ROOT = Path.of(System.getProperty("callcontrol.root", "..")).toAbsolutePath().normalize();

    static List<String> componentModules() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<module>(camel-[^<]+)</module>").matcher(pom);
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        return modules;
    }

    @TestFactory
    Stream<DynamicTest> everyComponentModuleHasCompleteCatalogMetadata() throws IOException {
        List<String> modules = componentModules();
        assertThat(modules).as("component modules in the root pom").isNotEmpty();
        return modules.stream().map(module -> DynamicTest.dynamicTest(module, () -> check(module)));
    }

    private static void check(String module) throws IOException {
        Path dir = ROOT.resolve(module);
        Path generated = dir.resolve("src/generated/resources/META-INF");
        List<Path> catalogs = new ArrayList<>();
        if (Files.isDirectory(generated)) {
            try (Stream<Path> s = Files.walk(generated)) {
                s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
                        .filter(CatalogMetadataTest::isComponentJson).forEach(catalogs::add);
            }
        }
        assertThat(catalogs).as(module + ": generated catalog JSON under src/generated/resources/META-INF (run the build "
                + "and commit src/generated)").isNotEmpty();
        for (Path json : catalogs) {
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            String scheme = root.path("component").path("scheme").asText();
            assertThat(scheme).as(json + ": component scheme").isNotBlank();
            assertThat(root.path("component").path("description").asText()).as(scheme + ": component description").isNotBlank();
            assertThat(dir.resolve("src/main/docs/" + scheme + "-component.adoc")).as(scheme + ": adoc").exists();
            List<String> missing = new ArrayList<>();
            List<String> mangled = new ArrayList<>();
            if (MANGLED.matcher(root.path("component").path("description").asText()).find()) {
                mangled.add("component description: " + root.path("component").path("description").asText());
            }
            for (String section : List.of("componentProperties", "properties", "headers")) {
                Iterator<Map.Entry<String, JsonNode>> it = root.path(section).fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String description = e.getValue().path("description").asText();
                    if (description.isBlank()) {
                        missing.add(section + "." + e.getKey());
                    } else if (MANGLED.matcher(description).find()) {
                        // <placeholders> and {@code} in a description are read as markup and vanish from the catalog
                        mangled.add(section + "." + e.getKey() + ": " + description);
                    }
                }
            }
            assertThat(missing).as(scheme + ": options/headers without description").isEmpty();
            // the adoc lists every option and header of the catalog, each with the catalog's description
            String adoc = Files.readString(dir.resolve("src/main/docs/" + scheme + "-component.adoc"));
            List<String> undocumented = new ArrayList<>();
            for (String section : List.of("componentProperties", "properties", "headers")) {
                Iterator<Map.Entry<String, JsonNode>> it = root.path(section).fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    String name = e.getKey();
                    String description = e.getValue().path("description").asText();
                    boolean listed = adoc.contains("*" + name + "*") || adoc.contains("`" + name + "`");
                    if (!listed || !adoc.contains(description)) {
                        undocumented.add(section + "." + name + (listed ? " (description differs from the catalog's)" : ""));
                    }
                }
            }
            assertThat(undocumented).as(scheme + ": catalog options/headers missing from " + scheme
                    + "-component.adoc").isEmpty();
            assertThat(mangled).as(scheme + ": descriptions whose <placeholders> or {@code} markup was stripped").isEmpty();
            assertThat(root.path("properties").size()).as(scheme + ": endpoint options").isPositive();
        }
    }

    private static boolean isComponentJson(Path p) {
        try {
            return new ObjectMapper().readTree(p.toFile()).has("component");
        } catch (IOException e) {
            return false;
        }
    }
}
