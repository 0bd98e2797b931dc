package io.callcontrol.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What tooling reads from a component jar besides the catalog JSON, checked for every {@code camel-*} module of the
 * root POM (the build's {@code camel-component} profile produces it for any such module):
 * <ul>
 * <li>{@code META-INF/services/org/apache/camel/component.properties} as Apache Camel's own jars carry it
 * (camel-http, camel-telegram): {@code components} names exactly the schemes of the jar's component service
 * files and catalog JSON, and groupId/artifactId/version are the module's;</li>
 * <li>the OSGi bundle manifest bnd writes (Karaf): symbolic name, exported component packages, Camel imports
 * with the camel-karaf version range, and every {@code io.callcontrol} package a bundle imports exported by one
 * of the project's bundles (core or a component) — the part of OSGi resolution that can be proven here without
 * camel-karaf's bundles.</li>
 * </ul>
 */
class ComponentDiscoveryMetadataTest {

    private static final Path ROOT = Path.of(System.getProperty("callcontrol.root", "..")).toAbsolutePath().normalize();
    private static final String PROPS = "META-INF/services/org/apache/camel/component.properties";
    private static final String SERVICES = "META-INF/services/org/apache/camel/component";

    static String rootVersion() throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>callcontrol-camel-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(m.find()).as("root pom version").isTrue();
        return m.group(1);
    }

    static String artifactId(Path module) throws IOException {
        String pom = Files.readString(module.resolve("pom.xml"));
        // the module's own artifactId follows the </parent> block
        Matcher m = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
        assertThat(m.find()).as(module + ": artifactId").isTrue();
        return m.group(1);
    }

    @TestFactory
    Stream<DynamicTest> everyComponentJarCarriesComponentProperties() throws IOException {
        List<String> modules = CatalogMetadataTest.componentModules();
        assertThat(modules).isNotEmpty();
        return modules.stream().map(m -> DynamicTest.dynamicTest(m, () -> checkProperties(ROOT.resolve(m))));
    }

    private static void checkProperties(Path dir) throws IOException {
        String artifactId = artifactId(dir);
        Path generated = dir.resolve("src/generated/resources");
        Path file = generated.resolve(PROPS);
        assertThat(file).as(artifactId + ": " + PROPS + " (run the module build and commit src/generated)").exists();
        Properties props = load(Files.newInputStream(file));
        Set<String> services = new TreeSet<>();
        try (Stream<Path> s = Files.list(generated.resolve(SERVICES))) {
            s.forEach(p -> services.add(p.getFileName().toString()));
        }
        Set<String> schemes = new TreeSet<>();
        try (Stream<Path> s = Files.walk(generated.resolve("META-INF"))) {
            for (Path json : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode root = new ObjectMapper().readTree(json.toFile());
                if (root.has("component")) {
                    schemes.add(root.path("component").path("scheme").asText());
                    assertThat(root.path("component").path("artifactId").asText()).as(json + ": artifactId")
                            .isEqualTo(artifactId);
                }
            }
        }
        Set<String> listed = new TreeSet<>(List.of(props.getProperty("components", "").trim().split("\\s+")));
        assertThat(listed).as(artifactId + ": components= in component.properties").isEqualTo(services)
                .isEqualTo(schemes);
        assertThat(props.getProperty("groupId")).isEqualTo("io.callcontrol");
        assertThat(props.getProperty("artifactId")).isEqualTo(artifactId);
        assertThat(props.getProperty("version")).isEqualTo(rootVersion());
        assertThat(props.getProperty("projectName")).isNotBlank();
        assertThat(props.getProperty("projectDescription")).isNotBlank();

        // and what the build put on the class path / into the jar carries the same file
        Path classes = dir.resolve("target/classes").resolve(PROPS);
        if (Files.exists(dir.resolve("target/classes"))) {
            assertThat(classes).as(artifactId + ": component.properties in target/classes").exists();
            assertThat(load(Files.newInputStream(classes))).isEqualTo(props);
        }
        // every class a generated service file names (component, configurers, URI factory) is compiled into the jar
        List<String> serviceClasses = new ArrayList<>();
        try (Stream<Path> s = Files.walk(generated.resolve("META-INF/services/org/apache/camel"))) {
            for (Path f : s.filter(Files::isRegularFile).filter(p -> !p.endsWith("component.properties")).toList()) {
                String cls = load(Files.newInputStream(f)).getProperty("class");
                if (cls != null) {
                    serviceClasses.add(cls.replace('.', '/') + ".class");
                }
            }
        }
        assertThat(serviceClasses).as(artifactId + ": classes named by the service files").isNotEmpty();
        Path jar = dir.resolve("target/" + artifactId + "-" + rootVersion() + ".jar");
        if (Files.exists(jar)) {
            try (JarFile j = new JarFile(jar.toFile())) {
                assertThat(j.getEntry(PROPS)).as(jar + " holds " + PROPS).isNotNull();
                assertThat(load(j.getInputStream(j.getEntry(PROPS)))).isEqualTo(props);
                for (String c : serviceClasses) {
                    assertThat(j.getEntry(c)).as(jar + " holds " + c + " (generated configurers compiled)").isNotNull();
                }
            }
        } else if (Files.exists(dir.resolve("target/classes"))) {
            for (String c : serviceClasses) {
                assertThat(dir.resolve("target/classes").resolve(c)).as(artifactId + ": " + c + " compiled").exists();
            }
        }
    }

    @Test
    void bundleManifestsAreConsistent() throws IOException {
        List<Path> bundles = new ArrayList<>();
        bundles.add(ROOT.resolve("callcontrol-core"));
        CatalogMetadataTest.componentModules().forEach(m -> bundles.add(ROOT.resolve(m)));
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        for (Path dir : bundles) {
            manifests.put(artifactId(dir), manifest(dir));
        }
        Map<String, String> exportedBy = new LinkedHashMap<>();
        for (Map.Entry<String, Manifest> e : manifests.entrySet()) {
            var main = e.getValue().getMainAttributes();
            String artifactId = e.getKey();
            assertThat(main.getValue("Bundle-ManifestVersion")).as(artifactId).isEqualTo("2");
            assertThat(main.getValue("Bundle-SymbolicName")).as(artifactId).isEqualTo("io.callcontrol." + artifactId);
            assertThat(main.getValue("Bundle-Version")).as(artifactId)
                    .isEqualTo(rootVersion().replace("-SNAPSHOT", ".SNAPSHOT"));
            for (String pkg : clauses(main.getValue("Export-Package")).keySet()) {
                assertThat(pkg).as(artifactId + " exports only its own packages").startsWith("io.callcontrol.");
                assertThat(exportedBy.put(pkg, artifactId)).as(pkg + " exported by two bundles").isNull();
            }
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, Manifest> e : manifests.entrySet()) {
            String artifactId = e.getKey();
            Map<String, String> imports = clauses(e.getValue().getMainAttributes().getValue("Import-Package"));
            assertThat(imports).as(artifactId + ": Import-Package").isNotEmpty();
            for (Map.Entry<String, String> i : imports.entrySet()) {
                String pkg = i.getKey();
                String attrs = i.getValue();
                if (pkg.startsWith("io.callcontrol.") && !exportedBy.containsKey(pkg)) {
                    problems.add(artifactId + " imports " + pkg + " which no project bundle exports");
                }
                if (pkg.startsWith("java.")) {
                    problems.add(artifactId + " imports " + pkg + " (java.* belongs to the framework)");
                }
                if (pkg.startsWith("org.apache.camel") && !pkg.startsWith("org.apache.camel.impl.console")
                        && !attrs.contains("version=\"[4.14,5)\"")) {
                    problems.add(artifactId + " imports " + pkg + " without camel-karaf's version range: " + attrs);
                }
                if ((pkg.startsWith("io.micrometer") || pkg.startsWith("org.apache.camel.impl.console"))
                        && !attrs.contains("resolution:=optional")) {
                    problems.add(artifactId + " imports optional " + pkg + " as mandatory");
                }
            }
        }
        assertThat(problems).isEmpty();
        // each component bundle exports the package of its component class
        for (String module : CatalogMetadataTest.componentModules()) {
            Path generated = ROOT.resolve(module).resolve("src/generated/resources/META-INF");
            try (Stream<Path> s = Files.walk(generated)) {
                for (Path json : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                    JsonNode root = new ObjectMapper().readTree(json.toFile());
                    if (root.has("component")) {
                        String type = root.path("component").path("javaType").asText();
                        String pkg = type.substring(0, type.lastIndexOf('.'));
                        assertThat(exportedBy.get(pkg)).as(type + " package exported").isEqualTo(artifactId(ROOT.resolve(module)));
                    }
                }
            }
        }
    }

    /** The manifest bnd wrote (target/classes) or, when the jar is built, the jar's own. */
    private static Manifest manifest(Path dir) throws IOException {
        Path jar = dir.resolve("target/" + artifactId(dir) + "-" + rootVersion() + ".jar");
        if (Files.exists(jar)) {
            try (JarFile j = new JarFile(jar.toFile())) {
                return j.getManifest();
            }
        }
        Path mf = dir.resolve("target/classes/META-INF/MANIFEST.MF");
        assertThat(mf).as(dir + ": bnd-written manifest (build the module first)").exists();
        try (InputStream in = Files.newInputStream(mf)) {
            return new Manifest(in);
        }
    }

    /** OSGi header clauses: package name to its attributes/directives (commas inside quotes do not split). */
    static Map<String, String> clauses(String header) {
        Map<String, String> out = new LinkedHashMap<>();
        if (header == null) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        for (String p : parts) {
            String[] bits = p.trim().split(";", 2);
            out.put(bits[0].trim(), bits.length > 1 ? bits[1] : "");
        }
        return out;
    }

    private static Properties load(InputStream in) throws IOException {
        try (Reader r = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return p;
        }
    }
}
