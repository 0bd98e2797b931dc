import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes the Karaf features descriptors of the build (single-file Java program, run by the build with
 * {@code java FeaturesGenerator.java ...}; nothing to compile or install first).
 *
 * <pre>
 *   component &lt;root&gt; &lt;moduleDir&gt; &lt;out.xml&gt;   the features.xml of one component module (every module of the
 *                                               camel-component profile runs this and attaches it as xml/features)
 *   core      &lt;root&gt; &lt;out.xml&gt;               the callcontrol-core feature (features module, xml/core-features)
 *   suite     &lt;root&gt; &lt;out.xml&gt;               the suite: every component repository and the callcontrol-camel
 *                                               feature installing all components (features module, xml/features)
 * </pre>
 *
 * A module's compile/runtime dependencies become Karaf feature dependencies: io.callcontrol modules their own
 * features, Camel artifacts the camel-karaf feature of the same name (camel-support: camel-core), Jackson modules
 * plain bundles (they are bundles), jain-sip-ri a wrap: bundle. A dependency without a mapping fails the build
 * with its coordinates, so a new dependency cannot silently go missing in Karaf.
 */
public class FeaturesGenerator {

    static final String NS = "http://karaf.apache.org/xmlns/features/v1.6.0";

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[1]).toAbsolutePath().normalize();
        Map<String, String> props = properties(parse(root.resolve("pom.xml")));
        String version = props.get("project.version");
        String camelKaraf = props.get("camel-karaf.version");
        StringBuilder xml = new StringBuilder();
        Path out;
        switch (args[0]) {
            case "component" -> {
                Path module = Path.of(args[2]).toAbsolutePath().normalize();
                out = Path.of(args[3]);
                Document pom = parse(module.resolve("pom.xml"));
                String artifactId = text(pom.getDocumentElement(), "artifactId");
                Set<String> repos = new LinkedHashSet<>();
                repos.add("mvn:io.callcontrol/callcontrol-features/" + version + "/xml/core-features");
                StringBuilder body = new StringBuilder();
                for (String[] d : dependencies(pom)) {
                    String g = d[0], a = d[1];
                    if (g.equals("io.callcontrol") && a.equals("callcontrol-core")) {
                        body.append("    <feature version=\"").append(osgi(version)).append("\">callcontrol-core</feature>\n");
                    } else if (g.equals("io.callcontrol") && a.startsWith("camel-")) {
                        repos.add("mvn:io.callcontrol/" + a + "/" + version + "/xml/features");
                        body.append("    <feature version=\"").append(osgi(version)).append("\">").append(a).append("</feature>\n");
                    } else {
                        body.append(thirdParty(g, a, props, artifactId));
                    }
                }
                header(xml, artifactId + "-" + version);
                repos.forEach(r -> xml.append("  <repository>").append(r).append("</repository>\n"));
                xml.append("  <feature name=\"").append(artifactId).append("\" version=\"").append(osgi(version))
                        .append("\" start-level=\"80\" description=\"").append(esc(description(pom))).append("\">\n");
                xml.append(body);
                xml.append("    <bundle>mvn:io.callcontrol/").append(artifactId).append('/').append(version).append("</bundle>\n");
                xml.append("  </feature>\n</features>\n");
            }
            case "core" -> {
                out = Path.of(args[2]);
                Document pom = parse(root.resolve("callcontrol-core/pom.xml"));
                header(xml, "callcontrol-core-" + version);
                xml.append("  <repository>mvn:org.apache.camel.karaf/apache-camel/").append(camelKaraf)
                        .append("/xml/features</repository>\n");
                xml.append("  <feature name=\"callcontrol-core\" version=\"").append(osgi(version))
                        .append("\" start-level=\"80\" description=\"").append(esc(description(pom))).append("\">\n");
                Set<String> seen = new LinkedHashSet<>();
                for (String[] d : dependencies(pom)) {
                    String line = thirdParty(d[0], d[1], props, "callcontrol-core");
                    if (seen.add(line)) {
                        xml.append(line);
                    }
                }
                xml.append("    <bundle>mvn:io.callcontrol/callcontrol-core/").append(version).append("</bundle>\n");
                xml.append("  </feature>\n</features>\n");
            }
            case "suite" -> {
                out = Path.of(args[2]);
                header(xml, "callcontrol-camel-" + version);
                xml.append("  <repository>mvn:io.callcontrol/callcontrol-features/").append(version)
                        .append("/xml/core-features</repository>\n");
                List<String> modules = componentModules(root);
                for (String m : modules) {
                    xml.append("  <repository>mvn:io.callcontrol/").append(m).append('/').append(version)
                            .append("/xml/features</repository>\n");
                }
                xml.append("  <feature name=\"callcontrol-camel\" version=\"").append(osgi(version))
                        .append("\" description=\"All callcontrol-camel components\">\n");
                for (String m : modules) {
                    xml.append("    <feature version=\"").append(osgi(version)).append("\">").append(m).append("</feature>\n");
                }
                xml.append("  </feature>\n</features>\n");
            }
            default -> throw new IllegalArgumentException("mode: component | core | suite");
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, xml.toString(), StandardCharsets.UTF_8);
        System.out.println("[features] wrote " + out);
    }

    static String thirdParty(String g, String a, Map<String, String> props, String owner) {
        String camelRange = "[4.14,4.15)";
        if (g.equals("org.apache.camel")) {
            String feature = switch (a) {
                case "camel-support", "camel-api", "camel-util", "camel-base", "camel-core-model", "camel-core-engine" -> "camel-core";
                default -> a;
            };
            return "    <feature version=\"" + camelRange + "\">" + feature + "</feature>\n";
        }
        if (g.startsWith("com.fasterxml.jackson")) {
            return "    <bundle dependency=\"true\">mvn:" + g + "/" + a + "/" + props.get("jackson.version") + "</bundle>\n";
        }
        if (g.equals("javax.sip") && a.equals("jain-sip-ri")) {
            String v = props.get("jain-sip-ri.version");
            // not a bundle (and it carries the javax.sip API itself): wrapped, its log4j use optional
            return "    <bundle dependency=\"true\">wrap:mvn:javax.sip/jain-sip-ri/" + v
                    + "$Bundle-SymbolicName=wrap_javax.sip.jain-sip-ri&amp;Bundle-Version=" + osgi(v)
                    + "&amp;Import-Package=*;resolution:=optional</bundle>\n";
        }
        throw new IllegalStateException(owner + ": no Karaf mapping for dependency " + g + ":" + a
                + " (add one to features/src/build/FeaturesGenerator.java)");
    }

    static void header(StringBuilder xml, String name) {
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<!-- generated by features/src/build/FeaturesGenerator.java at build time; do not edit -->\n");
        xml.append("<features name=\"").append(name).append("\" xmlns=\"").append(NS).append("\">\n");
    }

    /** Maven version to the OSGi form Karaf compares (0.1.0-SNAPSHOT: 0.1.0.SNAPSHOT, 1.3.0-91: 1.3.0.91). */
    static String osgi(String v) {
        Matcher m = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?[-.]?(.*)").matcher(v);
        if (!m.matches()) {
            return v;
        }
        String q = m.group(4);
        return m.group(1) + "." + (m.group(2) == null ? "0" : m.group(2)) + "." + (m.group(3) == null ? "0" : m.group(3))
                + (q.isEmpty() ? "" : "." + q.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    static List<String> componentModules(Path root) throws IOException {
        Matcher m = Pattern.compile("<module>(camel-[^<]+)</module>").matcher(Files.readString(root.resolve("pom.xml")));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static List<String[]> dependencies(Document pom) {
        List<String[]> out = new ArrayList<>();
        for (Element deps : children(pom.getDocumentElement(), "dependencies")) {
            for (Element d : children(deps, "dependency")) {
                String scope = text(d, "scope");
                if (scope.equals("test") || scope.equals("provided") || text(d, "optional").equals("true")) {
                    continue;
                }
                out.add(new String[] { text(d, "groupId"), text(d, "artifactId") });
            }
        }
        return out;
    }

    static Map<String, String> properties(Document root) {
        Map<String, String> out = new TreeMap<>();
        out.put("project.version", text(root.getDocumentElement(), "version"));
        for (Element p : children(root.getDocumentElement(), "properties")) {
            NodeList l = p.getChildNodes();
            for (int i = 0; i < l.getLength(); i++) {
                if (l.item(i) instanceof Element e) {
                    out.put(e.getTagName(), e.getTextContent().trim());
                }
            }
        }
        return out;
    }

    static String description(Document pom) {
        String d = text(pom.getDocumentElement(), "description");
        return d.isEmpty() ? text(pom.getDocumentElement(), "name") : d.replaceAll("\\s+", " ");
    }

    static Document parse(Path p) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile());
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().trim();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}
