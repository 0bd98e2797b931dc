package io.callcontrol.features;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Boots Apache Karaf 4.4.8 headless (free ports, no remote repositories: a Maven layout of this build's artifacts plus
 * the local repository) and asks Karaf itself: {@code feature:repo-add} of the suite repository (Karaf loads it and
 * every repository it references, camel-karaf 4.14.5's included), {@code feature:list} shows our features,
 * {@code bundle:install} of our bundles (Karaf accepts their manifests) and {@code bundle:diag} of the core bundle
 * names what is missing to resolve it, and {@code feature:install -t} (simulate) of the suite names the first
 * camel-karaf artifact the Maven repository here lacks. Opt-in ({@code -Dkaraf.boot=true}): on the shared build machine
 * Karaf takes one to three minutes to boot and answer, more than the normal build may spend. Bounded: 90 s for Karaf, one client session; Karaf is stopped and killed at the end.
 */
class KarafBootTest {

    static final Path ROOT = KarafFeaturesTest.ROOT;
    static final Path M2 = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
    static final String KARAF = System.getProperty("karaf.version", "4.4.8");

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String run(Path dir, long seconds, String... cmd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        boolean done = p.waitFor(seconds, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        return out;
    }

    static void copy(Path from, Path repo, String artifactId, String version, String suffix) throws IOException {
        Path dir = repo.resolve("io/callcontrol").resolve(artifactId).resolve(version);
        Files.createDirectories(dir);
        Files.copy(from, dir.resolve(artifactId + "-" + version + suffix), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void karafLoadsOurFeaturesAndBundles() throws Exception {
        assumeTrue(Boolean.getBoolean("karaf.boot"), "opt-in: -Dkaraf.boot=true (boots Karaf, 1-3 minutes on this machine)");
        int jdk = Runtime.version().feature();
        assumeTrue(jdk >= 17 && jdk <= 21, "Karaf 4.4 runs on Java 17..21, this is " + jdk);
        Path tar = M2.resolve("org/apache/karaf/apache-karaf/" + KARAF + "/apache-karaf-" + KARAF + ".tar.gz");
        assumeTrue(Files.exists(tar), "no " + tar);
        String v = KarafFeaturesTest.version();
        Path work = ROOT.resolve("features/target/karaf-boot");
        if (Files.exists(work)) {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(work);
        run(work, 60, "tar", "xzf", tar.toString());
        Path home = work.resolve("apache-karaf-" + KARAF);

        // this build's artifacts in a Maven layout Karaf reads as a default (local-style) repository
        Path repo = work.resolve("repo");
        copy(ROOT.resolve("callcontrol-core/target/callcontrol-core-" + v + ".jar"), repo, "callcontrol-core", v, ".jar");
        copy(ROOT.resolve("features/target/feature/features.xml"), repo, "callcontrol-features", v, "-features.xml");
        copy(ROOT.resolve("features/target/feature/core-features.xml"), repo, "callcontrol-features", v, "-core-features.xml");
        List<String> modules = KarafFeaturesTest.componentModules();
        for (String m : modules) {
            copy(ROOT.resolve(m + "/target/" + m + "-" + v + ".jar"), repo, m, v, ".jar");
            copy(ROOT.resolve(m + "/target/feature/feature.xml"), repo, m, v, "-features.xml");
        }
        int ssh = freePort();
        edit(home.resolve("etc/users.properties"), "#karaf = ", "karaf = ");
        edit(home.resolve("etc/users.properties"), "#_g_\\:admingroup", "_g_\\:admingroup");
        edit(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + ssh);
        edit(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099", "rmiRegistryPort = " + freePort());
        edit(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort = 44444", "rmiServerPort = " + freePort());
        String mvn = Files.readString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"));
        mvn = mvn.replaceAll("(?s)org\\.ops4j\\.pax\\.url\\.mvn\\.repositories=.*?(\\n\\s*\\n|\\n#)", "org.ops4j.pax.url.mvn.repositories=\n$1")
                + "\norg.ops4j.pax.url.mvn.localRepository=" + M2 + "\norg.ops4j.pax.url.mvn.offline=true\n"
                + "org.ops4j.pax.url.mvn.defaultRepositories=file:" + repo + "@id=build@snapshots, "
                + "${karaf.home.uri}${karaf.default.repository}@id=system.repository@snapshots\n";
        Files.writeString(home.resolve("etc/org.ops4j.pax.url.mvn.cfg"), mvn);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        run(home, 30, "bin/start");
        try {
            // one client session for all commands (each client start is a JVM): sections split by echo markers
            List<String> bundles = Stream.concat(Stream.of("callcontrol-core"), modules.stream()).toList();
            StringBuilder script = new StringBuilder();
            script.append("feature:repo-add mvn:io.callcontrol/callcontrol-features/").append(v).append("/xml/features\n");
            script.append("echo @@LIST\nfeature:list\necho @@INSTALL\n");
            for (String a : bundles) {
                script.append("bundle:install mvn:io.callcontrol/").append(a).append('/').append(v).append('\n');
            }
            script.append("echo @@HEADERS\nbundle:headers io.callcontrol.callcontrol-core\n");
            script.append("echo @@DIAG\nbundle:diag io.callcontrol.callcontrol-core\n");
            script.append("echo @@SIMULATE\nfeature:install -t -v callcontrol-camel\necho @@END\n");
            Path file = work.resolve("commands.txt");
            Files.writeString(file, script.toString());
            String out = run(home, left(deadline), "bin/client", "-a", String.valueOf(ssh), "-u", "karaf", "-p", "karaf",
                    "-r", "60", "-d", "1", "-f", file.toString());
            // the shell stops the script at the first failing command: the simulated install is the last one
            assertThat(out).as(out).contains("@@SIMULATE");
            String list = section(out, "@@LIST", "@@INSTALL");
            for (String m : modules) {
                assertThat(list).as("feature:list").containsPattern("(?m)^" + Pattern.quote(m) + "\\s*\\|");
            }
            assertThat(list).containsPattern("(?m)^callcontrol-camel\\s*\\|").containsPattern("(?m)^callcontrol-core\\s*\\|")
                    .containsPattern("(?m)^camel-core\\s*\\|\\s*4\\.14\\.5");
            Matcher ids = Pattern.compile("Bundle ID: (\\d+)").matcher(section(out, "@@INSTALL", "@@HEADERS"));
            int installed = 0;
            while (ids.find()) {
                installed++;
            }
            assertThat(installed).as("bundles Karaf installed").isEqualTo(bundles.size());
            assertThat(section(out, "@@HEADERS", "@@DIAG")).contains("io.callcontrol.callcontrol-core", "Export-Package");
            String diag = section(out, "@@DIAG", "@@SIMULATE");
            System.out.println("[karaf] bundle:diag callcontrol-core: " + diag.trim());
            assertThat(diag).contains("Unsatisfied Requirements", "org.apache.camel")
                    .doesNotContain("osgi.wiring.package=io.callcontrol.camel"); // its own io.callcontrol.core imports are the substitutable self-imports bnd adds
            String simulate = section(out, "@@SIMULATE", "@@END");
            System.out.println("[karaf] feature:install -t callcontrol-camel: " + simulate.trim());
            assertThat(simulate).contains("Error downloading mvn:");
        } finally {
            run(home, 30, "bin/stop");
            Path pidFile = home.resolve("karaf.pid");
            if (Files.exists(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    static String section(String out, String from, String to) {
        int a = out.indexOf(from);
        int b = out.indexOf(to, Math.max(a, 0));
        return a < 0 ? "" : out.substring(a + from.length(), b < 0 ? out.length() : b);
    }

    static long left(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime()));
    }

    static String[] cat(String[] a, String last) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 1);
        out[a.length] = last;
        return out;
    }

    static void edit(Path file, String from, String to) throws IOException {
        String s = Files.readString(file);
        assertThat(s).as(file + " has " + from).contains(from);
        Files.writeString(file, s.replace(from, to));
    }
}
