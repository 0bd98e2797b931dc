package io.callcontrol.features;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.apache.karaf.features.BundleInfo;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.internal.service.RepositoryImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Karaf features the build writes, loaded the way Karaf's {@code feature:repo-add} loads them
 * ({@link RepositoryImpl} with validation on: Karaf's JAXB model checked against its own features schema), plus
 * the karaf-features-1.6.0.xsd check on the raw files, and the closure of every feature resolved by name and
 * version range against our repositories and camel-karaf's descriptor ({@code apache-camel:xml:features}).
 * Bundles: ours must be the jars this build made (with an OSGi manifest), third-party ones present in the Maven
 * repository and bundles (or wrap:). What cannot be proven here is printed: the camel-karaf bundles the Maven
 * repository does not hold.
 */
class KarafFeaturesTest {

    static final Path ROOT = Path.of(System.getProperty("callcontrol.root", "..")).toAbsolutePath().normalize();
    private static final Path M2 = Path.of(System.getProperty("maven.repo.local",
            System.getProperty("user.home") + "/.m2/repository"));
    private static final String KARAF = System.getProperty("karaf.version", "4.4.8");
    private static final String CAMEL_KARAF = System.getProperty("camel-karaf.version", "4.14.5");

    static List<String> componentModules() throws Exception {
        Matcher m = Pattern.compile("<module>(camel-[^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String version() throws Exception {
        Matcher m = Pattern.compile("<artifactId>callcontrol-camel-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** mvn:g/a/v[/type[/classifier]] to the file in the build (io.callcontrol) or in the local Maven repository. */
    static Path resolve(String url) throws Exception {
        String[] p = url.substring(url.indexOf("mvn:") + 4).split("\\$")[0].split("/");
        String g = p[0], a = p[1], v = p[2];
        String type = p.length > 3 ? p[3] : "jar";
        String classifier = p.length > 4 ? "-" + p[4] : "";
        if (g.equals("io.callcontrol")) {
            if (type.equals("xml")) {
                String file = a.equals("callcontrol-features") ? (classifier.equals("-core-features")
                        ? "core-features.xml" : "features.xml") : "feature.xml";
                Path dir = a.equals("callcontrol-features") ? ROOT.resolve("features") : ROOT.resolve(a);
                return dir.resolve("target/feature/" + file);
            }
            Path dir = a.equals("callcontrol-core") ? ROOT.resolve("callcontrol-core") : ROOT.resolve(a);
            return dir.resolve("target/" + a + "-" + v + ".jar");
        }
        return M2.resolve(g.replace('.', '/')).resolve(a).resolve(v).resolve(a + "-" + v + classifier + "." + type);
    }

    @Test
    void everyDescriptorIsValidAgainstKarafsSchemaAndLoadsInKaraf() throws Exception {
        Schema schema;
        try (InputStream xsd = RepositoryImpl.class.getResourceAsStream("/org/apache/karaf/features/karaf-features-1.6.0.xsd")) {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new StreamSource(xsd));
        }
        String v = version();
        List<String> urls = new ArrayList<>(List.of("mvn:io.callcontrol/callcontrol-features/" + v + "/xml/features",
                "mvn:io.callcontrol/callcontrol-features/" + v + "/xml/core-features"));
        componentModules().forEach(m -> urls.add("mvn:io.callcontrol/" + m + "/" + v + "/xml/features"));
        for (String url : urls) {
            Path file = resolve(url);
            assertThat(file).as(url + " (build the module first)").exists();
            schema.newValidator().validate(new StreamSource(file.toFile()));
            RepositoryImpl repo = new RepositoryImpl(file.toUri(), true);
            assertThat(repo.getFeatures()).as(url).isNotEmpty();
        }
        // one feature per component, named after its artifact, installing its own bundle
        for (String m : componentModules()) {
            Feature f = new RepositoryImpl(resolve("mvn:io.callcontrol/" + m + "/" + v + "/xml/features").toUri(), true)
                    .getFeatures()[0];
            assertThat(f.getName()).isEqualTo(m);
            assertThat(f.getBundles()).extracting(BundleInfo::getLocation).contains("mvn:io.callcontrol/" + m + "/" + v);
            assertThat(f.getDependencies()).extracting(Dependency::getName).contains("callcontrol-core");
        }
        Feature suite = new RepositoryImpl(resolve(urls.get(0)).toUri(), true).getFeatures()[0];
        assertThat(suite.getName()).isEqualTo("callcontrol-camel");
        assertThat(suite.getDependencies()).extracting(Dependency::getName).containsExactlyInAnyOrderElementsOf(componentModules());
    }

    @Test
    void theSuiteClosureResolvesByNameAndVersionAndOurBundlesAreBundles() throws Exception {
        // load the repositories the way Karaf follows <repository> references
        Map<String, List<Feature>> features = new LinkedHashMap<>();
        List<String> queue = new ArrayList<>(List.of("mvn:io.callcontrol/callcontrol-features/" + version() + "/xml/features",
                // the repositories a Karaf distribution has at boot (etc/org.apache.karaf.features.cfg)
                "mvn:org.apache.karaf.features/standard/" + KARAF + "/xml/features",
                "mvn:org.apache.karaf.features/specs/" + KARAF + "/xml/features",
                "mvn:org.apache.karaf.features/framework/" + KARAF + "/xml/features"));
        List<String> loaded = new ArrayList<>();
        List<String> missingRepos = new ArrayList<>();
        while (!queue.isEmpty()) {
            String url = queue.remove(0);
            if (loaded.contains(url)) {
                continue;
            }
            loaded.add(url);
            Path file = resolve(url);
            if (!Files.exists(file)) {
                missingRepos.add(url);
                continue;
            }
            RepositoryImpl repo = new RepositoryImpl(file.toUri(), true);
            for (Feature f : repo.getFeatures()) {
                features.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f);
            }
            for (URI r : repo.getRepositories()) {
                queue.add(r.toString());
            }
        }
        assertThat(loaded).contains("mvn:org.apache.camel.karaf/apache-camel/" + CAMEL_KARAF + "/xml/features");
        // camel-karaf's spring-features repository is referenced by its main one; everything of ours must be found
        assertThat(missingRepos).allMatch(u -> !u.contains("io.callcontrol"));

        List<String> unresolved = new ArrayList<>();
        TreeSet<String> missingBundles = new TreeSet<>();
        TreeSet<String> closure = new TreeSet<>();
        List<Feature> todo = new ArrayList<>(features.get("callcontrol-camel"));
        while (!todo.isEmpty()) {
            Feature f = todo.remove(0);
            if (!closure.add(f.getName() + "/" + f.getVersion())) {
                continue;
            }
            for (Dependency d : f.getDependencies()) {
                Feature match = null;
                for (Feature c : features.getOrDefault(d.getName(), List.of())) {
                    if (inRange(d.getVersion(), c.getVersion())) {
                        match = c;
                    }
                }
                if (match == null) {
                    unresolved.add(f.getName() + " -> " + d.getName() + " " + d.getVersion());
                } else {
                    todo.add(match);
                }
            }
            for (BundleInfo b : f.getBundles()) {
                String loc = b.getLocation().trim();
                if (!loc.contains("mvn:")) {
                    continue;
                }
                Path jar = resolve(loc);
                if (loc.contains("mvn:io.callcontrol/")) {
                    assertThat(jar).as(loc + " built").exists();
                    try (JarFile j = new JarFile(jar.toFile())) {
                        assertThat(j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName")).as(loc).isNotBlank();
                    }
                } else if (!Files.exists(jar)) {
                    missingBundles.add(loc);
                } else if (!loc.startsWith("wrap:")) {
                    try (JarFile j = new JarFile(jar.toFile())) {
                        assertThat(j.getManifest().getMainAttributes().getValue("Bundle-SymbolicName"))
                                .as(loc + " is a bundle (else it needs wrap:)").isNotBlank();
                    }
                }
            }
        }
        assertThat(unresolved).as("feature dependencies without a matching feature").isEmpty();
        assertThat(closure).anyMatch(s -> s.startsWith("camel-core/" + CAMEL_KARAF));
        // ours and our direct third-party bundles are all here; only camel-karaf's own bundles may be missing
        assertThat(missingBundles).allMatch(u -> !u.contains("io.callcontrol") && !u.contains("jain-sip")
                && !u.contains("jackson-datatype-jsr310"));
        System.out.println("[karaf] feature closure of callcontrol-camel: " + closure.size() + " features");
        System.out.println("[karaf] bundles of the closure not in the local Maven repository (" + missingBundles.size()
                + "): " + missingBundles);
    }

    private static boolean inRange(String range, String version) {
        if (range == null || range.isBlank() || range.equals("0.0.0")) {
            return true;
        }
        Version v = Version.parseVersion(version);
        if (range.startsWith("[") || range.startsWith("(")) {
            return new VersionRange(range).includes(v);
        }
        return Version.parseVersion(range).equals(v);
    }
}
