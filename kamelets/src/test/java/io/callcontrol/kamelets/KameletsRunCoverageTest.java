package io.callcontrol.kamelets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guard, not a run: every Kamelet of {@code src/main/resources/kamelets} is named (as {@code "NAME"}) in one of
 * the {@code *KameletsTest} classes, which run it against its vendor's simulator or, for sip-native, sipp. A new
 * Kamelet without such a test fails here. (The schema and rule checks of {@link KameletsValidationTest} do not
 * count as a run.)
 */
class KameletsRunCoverageTest {

    @Test
    void everyKameletIsRunByAVendorTest() throws IOException {
        StringBuilder tests = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("src/test/java/io/callcontrol/kamelets"))) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith("KameletsTest.java")).toList()) {
                tests.append(Files.readString(p));
            }
        }
        List<String> notRun = new ArrayList<>();
        int count = 0;
        try (Stream<Path> kamelets = Files.list(Path.of("src/main/resources/kamelets"))) {
            for (Path k : kamelets.toList()) {
                String name = k.getFileName().toString().replace(".kamelet.yaml", "");
                count++;
                if (!tests.toString().contains("\"" + name + "\"")) {
                    notRun.add(name);
                }
            }
        }
        assertThat(count).isGreaterThanOrEqualTo(38);
        assertThat(notRun).as("Kamelets no *KameletsTest runs").isEmpty();
    }
}
