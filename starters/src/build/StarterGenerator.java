import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a starter's Spring Boot classes from its component's Camel catalog JSON (single-file Java program, run by
 * every starter's build with {@code java -cp <the starter's classpath> StarterGenerator.java ...}):
 *
 * <pre>
 *   &lt;scheme&gt; &lt;java out dir&gt; &lt;resources out dir&gt;
 * </pre>
 *
 * The component is found on the classpath as Camel finds it ({@code META-INF/services/org/apache/camel/component/
 * <scheme>}), its catalog JSON next to its class. Written, in the package {@code <component package>.springboot}:
 * <ul>
 * <li>{@code <Name>ComponentConfiguration}: one {@code camel.component.<scheme>.*} property per component option of
 * the catalog (type, default and description from the catalog; {@code duration} options as {@link java.time.Duration}
 * in milliseconds);</li>
 * <li>{@code <Name>ComponentConverter}: binds the bean-typed options from {@code #bean:name} or {@code #name};</li>
 * <li>{@code <Name>ComponentAutoConfiguration}: copies the properties onto the component through its generated
 * configurer, and masks the options the catalog marks secret in the actuator's output;</li>
 * <li>{@code META-INF/spring/...AutoConfiguration.imports} and {@code additional-spring-configuration-metadata.json}
 * (value hints of the string and number options the catalog lists allowed values for; enums get theirs from
 * Spring Boot's processor).</li>
 * </ul>
 * Nothing of a starter is kept by hand in two places: an option added to a component appears in its starter on the
 * next build.
 */
public class StarterGenerator {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int WIDTH = 120;

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StarterGenerator <scheme> <java out dir> <resources out dir>");
        }
        String scheme = args[0];
        Path javaOut = Path.of(args[1]);
        Path resourcesOut = Path.of(args[2]);

        String componentClass = componentClass(scheme);
        String componentPackage = componentClass.substring(0, componentClass.lastIndexOf('.'));
        String componentSimple = componentClass.substring(componentClass.lastIndexOf('.') + 1);
        if (!componentSimple.endsWith("Component")) {
            throw new IllegalStateException(componentClass + ": a component class name ends with Component");
        }
        JsonNode catalog = catalog(componentPackage, scheme);
        Model m = new Model(scheme, componentPackage + ".springboot", componentPackage, componentSimple,
                componentSimple.substring(0, componentSimple.length() - "Component".length()),
                catalog.path("component").path("description").asText(), options(catalog));

        Path dir = javaOut.resolve(m.pkg.replace('.', '/'));
        Files.createDirectories(dir);
        write(dir.resolve(m.name + "ComponentConfiguration.java"), configuration(m));
        write(dir.resolve(m.name + "ComponentConverter.java"), converter(m));
        write(dir.resolve(m.name + "ComponentAutoConfiguration.java"), autoConfiguration(m));
        Path spring = resourcesOut.resolve("META-INF/spring");
        Files.createDirectories(spring);
        write(spring.resolve("org.springframework.boot.autoconfigure.AutoConfiguration.imports"),
                m.pkg + "." + m.name + "ComponentConverter\n" + m.pkg + "." + m.name + "ComponentAutoConfiguration\n");
        write(resourcesOut.resolve("META-INF/additional-spring-configuration-metadata.json"), hints(m));
    }

    record Option(String name, String type, String javaType, String defaultValue, boolean secret, boolean deprecated,
                  List<String> enums, String description) {

        boolean isEnum() {
            return !enums.isEmpty();
        }

        /** An option bound from a bean reference: an object type without allowed values. */
        boolean isBean() {
            return "object".equals(type) && !isEnum();
        }
    }

    record Model(String scheme, String pkg, String componentPackage, String componentSimple, String name,
                 String description, List<Option> options) {

        List<Option> secrets() {
            return options.stream().filter(Option::secret).toList();
        }
    }

    static String componentClass(String scheme) throws IOException {
        String path = "META-INF/services/org/apache/camel/component/" + scheme;
        try (InputStream in = ClassLoader.getSystemResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the classpath: is the component a dependency?");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("class").trim();
        }
    }

    static JsonNode catalog(String componentPackage, String scheme) throws IOException {
        String path = "META-INF/" + componentPackage.replace('.', '/') + "/" + scheme + ".json";
        try (InputStream in = ClassLoader.getSystemResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " (the component's catalog JSON) is not on the classpath");
            }
            return JSON.readTree(in);
        }
    }

    static List<Option> options(JsonNode catalog) {
        List<Option> options = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : catalog.path("componentProperties").properties()) {
            JsonNode o = e.getValue();
            List<String> enums = new ArrayList<>();
            o.path("enum").forEach(v -> enums.add(v.asText()));
            options.add(new Option(e.getKey(), o.path("type").asText(), o.path("javaType").asText(),
                    o.hasNonNull("defaultValue") ? o.get("defaultValue").asText() : null, o.path("secret").asBoolean(),
                    o.path("deprecated").asBoolean(), enums, o.path("description").asText()));
        }
        return options;
    }

    // ---- ComponentConfiguration ----

    static String configuration(Model m) {
        Imports imports = new Imports(m.pkg);
        imports.add("org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon");
        imports.add("org.springframework.boot.context.properties.ConfigurationProperties");
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        for (Option o : m.options) {
            String type = fieldType(o, imports);
            String description = o.description;
            if ("duration".equals(o.type)) {
                imports.add("java.time.temporal.ChronoUnit");
                imports.add("org.springframework.boot.convert.DurationUnit");
                description = description + " A duration: a number of milliseconds, or a value with a unit such as"
                              + " 500ms, 5s or 1m.";
            }
            fields.append(javadoc("    ", description));
            if (o.deprecated) {
                fields.append("    @Deprecated\n");
            }
            if ("duration".equals(o.type)) {
                fields.append("    @DurationUnit(ChronoUnit.MILLIS)\n");
            }
            String init = initializer(o, type);
            fields.append("    private ").append(type).append(' ').append(o.name)
                    .append(init == null ? "" : " = " + init).append(";\n\n");
            String cap = Character.toUpperCase(o.name.charAt(0)) + o.name.substring(1);
            String deprecated = o.deprecated ? "    @Deprecated\n" : "";
            accessors.append(deprecated).append("    public ").append(type).append(" get").append(cap).append("() {\n")
                    .append("        return ").append(o.name).append(";\n    }\n\n")
                    .append(deprecated).append("    public void set").append(cap).append('(').append(type).append(' ')
                    .append(o.name).append(") {\n        this.").append(o.name).append(" = ").append(o.name)
                    .append(";\n    }\n\n");
        }
        String secrets = m.secrets().isEmpty() ? "It has no secret options."
                : "Secret options (" + String.join(", ", m.secrets().stream().map(Option::name).toList())
                  + ") are never logged by the starter, and this class has no toString method.";
        StringBuilder out = new StringBuilder();
        out.append(header(m, imports));
        out.append(javadoc("", m.description + " Spring Boot properties {@code camel.component." + m.scheme
                + ".*}: one per component option of the catalog, with its description and default, generated from"
                + " the catalog by the build (starters/src/build/StarterGenerator.java). " + secrets));
        out.append("@ConfigurationProperties(prefix = \"camel.component.").append(m.scheme).append("\")\n");
        out.append("public class ").append(m.name)
                .append("ComponentConfiguration extends ComponentConfigurationPropertiesCommon {\n\n");
        out.append(javadoc("    ", "Whether to enable auto configuration of the " + m.scheme
                + " component. This is enabled by default."));
        out.append("    @SuppressWarnings(\"unused\")\n    private Boolean enabled;\n\n");
        out.append(fields);
        out.append(accessors.substring(0, accessors.length() - 1));
        out.append("}\n");
        return out.toString();
    }

    static String fieldType(Option o, Imports imports) {
        if ("duration".equals(o.type)) {
            imports.add("java.time.Duration");
            return "Duration";
        }
        return switch (o.javaType) {
            case "boolean", "java.lang.Boolean" -> "Boolean";
            case "int", "java.lang.Integer" -> "Integer";
            case "long", "java.lang.Long" -> "Long";
            case "double", "java.lang.Double" -> "Double";
            case "float", "java.lang.Float" -> "Float";
            case "java.lang.String" -> "String";
            default -> {
                if (o.javaType.contains("<") || o.javaType.startsWith("java.lang.") && o.javaType.indexOf('.', 10) > 0) {
                    throw new IllegalStateException(o.name + ": type " + o.javaType + " has no starter mapping yet");
                }
                yield imports.add(o.javaType);
            }
        };
    }

    static String initializer(Option o, String type) {
        String v = o.defaultValue;
        if (v == null || v.isEmpty()) {
            return null;
        }
        return switch (type) {
            case "Boolean" -> String.valueOf(Boolean.parseBoolean(v));
            case "Integer" -> String.valueOf(Integer.parseInt(v));
            case "Long" -> Long.parseLong(v) + "L";
            case "Double" -> Double.parseDouble(v) + "";
            case "Float" -> Float.parseFloat(v) + "F";
            case "String" -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
            case "Duration" -> duration(o.name, v);
            default -> {
                if (!o.isEnum()) {
                    throw new IllegalStateException(o.name + ": a default value for type " + o.javaType);
                }
                yield type + "." + v;
            }
        };
    }

    static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h)?");

    /** Camel's duration defaults as this catalog writes them: 500, 500ms, 30s, 1m, 1h. */
    static String duration(String option, String v) {
        Matcher d = DURATION.matcher(v.trim());
        if (!d.matches()) {
            throw new IllegalStateException(option + ": duration default " + v + " is not n, nms, ns, nm or nh");
        }
        long n = Long.parseLong(d.group(1));
        String unit = d.group(2) == null ? "ms" : d.group(2);
        long millis = switch (unit) {
            case "s" -> n * 1000;
            case "m" -> n * 60_000;
            case "h" -> n * 3_600_000;
            default -> n;
        };
        return millis % 1000 == 0 ? "Duration.ofSeconds(" + millis / 1000 + ")" : "Duration.ofMillis(" + millis + ")";
    }

    // ---- ComponentConverter ----

    static String converter(Model m) {
        Imports imports = new Imports(m.pkg);
        for (String s : List.of("java.util.LinkedHashSet", "java.util.Set",
                "org.springframework.boot.autoconfigure.AutoConfiguration",
                "org.springframework.boot.context.properties.ConfigurationPropertiesBinding",
                "org.springframework.context.ApplicationContext", "org.springframework.core.convert.TypeDescriptor",
                "org.springframework.core.convert.converter.GenericConverter")) {
            imports.add(s);
        }
        StringBuilder pairs = new StringBuilder();
        for (Option o : m.options) {
            if (o.isBean()) {
                pairs.append("        answer.add(new ConvertiblePair(String.class, ").append(imports.add(o.javaType))
                        .append(".class));\n");
            }
        }
        return header(m, imports)
               + javadoc("", "Binds the {@code camel.component." + m.scheme + ".*} options whose type is a bean (not a"
                       + " string, number, enum or duration) from a reference to a bean of the Spring context:"
                       + " {@code #bean:name} or {@code #name}. Any other string is left unconverted.")
               + "@AutoConfiguration\n@ConfigurationPropertiesBinding\n"
               + "public class " + m.name + "ComponentConverter implements GenericConverter {\n\n"
               + "    private final ApplicationContext applicationContext;\n\n"
               + "    public " + m.name + "ComponentConverter(ApplicationContext applicationContext) {\n"
               + "        this.applicationContext = applicationContext;\n    }\n\n"
               + "    @Override\n    public Set<ConvertiblePair> getConvertibleTypes() {\n"
               + "        Set<ConvertiblePair> answer = new LinkedHashSet<>();\n" + pairs
               + "        return answer;\n    }\n\n"
               + "    @Override\n"
               + "    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {\n"
               + "        if (source == null) {\n            return null;\n        }\n"
               + "        String ref = source.toString();\n"
               + "        if (!ref.startsWith(\"#\")) {\n            return null;\n        }\n"
               + "        ref = ref.startsWith(\"#bean:\") ? ref.substring(6) : ref.substring(1);\n"
               + "        // targetType is one of the convertible types above\n"
               + "        return applicationContext.getBean(ref, targetType.getType());\n    }\n}\n";
    }

    // ---- ComponentAutoConfiguration ----

    static String autoConfiguration(Model m) {
        Imports imports = new Imports(m.pkg);
        for (String s : List.of("java.util.Locale", "java.util.Set", m.componentPackage + "." + m.componentSimple,
                "org.apache.camel.CamelContext", "org.apache.camel.Component",
                "org.apache.camel.spi.ComponentCustomizer", "org.apache.camel.spring.boot.CamelAutoConfiguration",
                "org.apache.camel.spring.boot.ComponentConfigurationProperties",
                "org.apache.camel.spring.boot.util.CamelPropertiesHelper",
                "org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans",
                "org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties",
                "org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator",
                "org.springframework.boot.actuate.endpoint.SanitizableData",
                "org.springframework.boot.actuate.endpoint.SanitizingFunction",
                "org.springframework.boot.autoconfigure.AutoConfiguration",
                "org.springframework.boot.autoconfigure.condition.ConditionalOnClass",
                "org.springframework.boot.context.properties.EnableConfigurationProperties",
                "org.springframework.context.ApplicationContext", "org.springframework.context.annotation.Bean",
                "org.springframework.context.annotation.Conditional",
                "org.springframework.context.annotation.Configuration", "org.springframework.context.annotation.Lazy")) {
            imports.add(s);
        }
        Set<String> secrets = new TreeSet<>();
        m.secrets().forEach(o -> secrets.add(o.name.toLowerCase(Locale.ROOT)));
        String secretSet = secrets.isEmpty() ? "Set.of()"
                : wrap("Set.of(" + String.join(", ", secrets.stream().map(s -> '"' + s + '"').toList()) + ")",
                        "    static final Set<String> SECRETS = ", "            ");
        String n = m.name;
        String conf = n + "ComponentConfiguration";
        return header(m, imports)
               + javadoc("", "Auto-configuration of the {@code " + m.scheme + "} component: a {@link"
                       + " ComponentCustomizer} copies the {@code camel.component." + m.scheme + ".*} properties onto"
                       + " the component when Camel creates it. The values go through the component's generated"
                       + " property configurer, so the options held by its nested configuration bind like the others."
                       + " Nothing here logs a property value, and with the actuator on the classpath the secret"
                       + " options are masked in its {@code configprops} and {@code env} output whatever {@code"
                       + " show-values} says.")
               + "@AutoConfiguration(after = {CamelAutoConfiguration.class, " + n + "ComponentConverter.class})\n"
               + "@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)\n"
               + "@EnableConfigurationProperties({ComponentConfigurationProperties.class, " + conf + ".class})\n"
               + "@ConditionalOnHierarchicalProperties({\"camel.component\", \"camel.component." + m.scheme + "\"})\n"
               + "public class " + n + "ComponentAutoConfiguration {\n\n"
               + "    /** The options of the catalog marked secret (lower case, without dashes). */\n"
               + (secrets.isEmpty() ? "    static final Set<String> SECRETS = Set.of();\n" : secretSet + ";\n")
               + "    private static final String PREFIX = \"camel.component." + m.scheme.toLowerCase(Locale.ROOT)
                       .replace("-", "") + ".\";\n\n"
               + "    private final ApplicationContext applicationContext;\n"
               + "    private final CamelContext camelContext;\n"
               + "    private final " + conf + " configuration;\n\n"
               + "    public " + n + "ComponentAutoConfiguration(ApplicationContext applicationContext,"
               + " CamelContext camelContext,\n            " + conf + " configuration) {\n"
               + "        this.applicationContext = applicationContext;\n"
               + "        this.camelContext = camelContext;\n"
               + "        this.configuration = configuration;\n    }\n\n"
               + "    @Lazy\n    @Bean\n    public ComponentCustomizer configure" + n + "Component() {\n"
               + "        return new ComponentCustomizer() {\n"
               + "            @Override\n            public void configure(String name, Component target) {\n"
               + "                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);\n"
               + "            }\n\n"
               + "            @Override\n            public boolean isEnabled(String name, Component target) {\n"
               + "                return HierarchicalPropertiesEvaluator.evaluate(applicationContext,"
               + " \"camel.component.customizer\",\n"
               + "                        \"camel.component." + m.scheme + ".customizer\") && target instanceof "
               + m.componentSimple + ";\n            }\n        };\n    }\n\n"
               + "    /** Whether a property key (as the actuator passes it: kebab or camel case) names a secret"
               + " option. */\n"
               + "    static boolean isSecret(String key) {\n"
               + "        if (key == null) {\n            return false;\n        }\n"
               + "        String k = key.toLowerCase(Locale.ROOT).replace(\"-\", \"\");\n"
               + "        return k.startsWith(PREFIX) && SECRETS.contains(k.substring(PREFIX.length()));\n    }\n\n"
               + "    /** Masks the secret options in the actuator's output. */\n"
               + "    @Configuration(proxyBeanMethods = false)\n"
               + "    @ConditionalOnClass(name = \"org.springframework.boot.actuate.endpoint.SanitizingFunction\")\n"
               + "    static class Actuator {\n\n"
               + "        @Bean\n        public SanitizingFunction " + camelCase(m.scheme) + "SecretsSanitizingFunction() {\n"
               + "            return data -> isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE)"
               + " : data;\n        }\n    }\n}\n";
    }

    // ---- additional metadata: value hints ----

    static String hints(Model m) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode hints = root.putArray("hints");
        for (Option o : m.options) {
            boolean javaEnum = "object".equals(o.type);
            if (!o.isEnum() || javaEnum) {
                continue;
            }
            ObjectNode hint = hints.addObject();
            hint.put("name", "camel.component." + m.scheme + "." + kebab(o.name));
            ArrayNode values = hint.putArray("values");
            for (String v : o.enums) {
                ObjectNode value = values.addObject();
                switch (o.type) {
                    case "integer" -> value.put("value", Long.parseLong(v));
                    case "number" -> value.put("value", Double.parseDouble(v));
                    default -> value.put("value", v);
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** sip-native: sipNative. */
    static String camelCase(String scheme) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : scheme.toCharArray()) {
            if (c == '-') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    static String kebab(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                b.append('-').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    // ---- text ----

    static String header(Model m, Imports imports) {
        return "// Generated by starters/src/build/StarterGenerator.java from the " + m.scheme
               + " component's catalog JSON: do not edit.\npackage " + m.pkg + ";\n\n" + imports.render() + "\n";
    }

    /** The description as a Javadoc comment, wrapped at the line width. */
    static String javadoc(String indent, String text) {
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        String prefix = indent + " * ";
        StringBuilder line = new StringBuilder(prefix);
        for (String word : words(text.replace("*/", "*&#47;"))) {
            if (line.length() > prefix.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(prefix);
            }
            if (line.length() > prefix.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n').append(indent).append(" */\n");
        return out.toString();
    }

    /** The words of a text, an inline tag such as {@code x} kept as one word. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder tag = null;
        for (String w : text.trim().split("\\s+")) {
            if (tag != null) {
                tag.append(' ').append(w);
                if (w.contains("}")) {
                    words.add(tag.toString());
                    tag = null;
                }
            } else if (w.startsWith("{@") && !w.contains("}")) {
                tag = new StringBuilder(w);
            } else {
                words.add(w);
            }
        }
        if (tag != null) {
            words.add(tag.toString());
        }
        return words;
    }

    /** A comma-separated expression after {@code first}, continued on {@code next}-indented lines. */
    static String wrap(String expression, String first, String next) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(first);
        for (String part : expression.split("(?<=, )")) {
            if (line.length() + part.length() > WIDTH) {
                out.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(next);
            }
            line.append(part);
        }
        return out.append(line).toString();
    }

    static void write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return; // unchanged: keeps incremental compilation quiet
        }
        Files.write(file, bytes);
    }

    /** The imports of one generated class: simple names for the code, sorted, without java.lang or own package. */
    static final class Imports {
        private final String pkg;
        private final Set<String> names = new TreeSet<>();

        Imports(String pkg) {
            this.pkg = pkg;
        }

        /** Imports a class (nested classes by their outer class) and answers the name to use in the code. */
        String add(String fqcn) {
            String name = fqcn.replace('$', '.');
            int dot = name.lastIndexOf('.');
            String owner = name.substring(0, dot);
            String simple = name.substring(dot + 1);
            // a nested type (Outer.Inner): import the outer class
            int outer = owner.lastIndexOf('.');
            if (outer > 0 && Character.isUpperCase(owner.charAt(outer + 1))) {
                names.add(owner);
                return owner.substring(outer + 1) + "." + simple;
            }
            if (!owner.equals("java.lang") && !owner.equals(pkg)) {
                names.add(name);
            }
            return simple;
        }

        String render() {
            StringBuilder java = new StringBuilder();
            StringBuilder other = new StringBuilder();
            for (String n : names) {
                (n.startsWith("java.") || n.startsWith("javax.") ? java : other)
                        .append("import ").append(n).append(";\n");
            }
            return java + (java.length() > 0 && other.length() > 0 ? "\n" : "") + other;
        }
    }
}
