package io.callcontrol.examples;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same end-to-end checks as {@link CrmRoutesTest}, with the YAML DSL routes ({@code camel/yaml/*.yaml}, loaded
 * by Camel's routes loader) running instead of the Java ones.
 */
@TestPropertySource(properties = "callcontrol.examples.dsl=yaml")
@Order(Integer.MAX_VALUE)
class CrmRoutesYamlTest extends CrmRoutesTest {

    @Autowired
    CamelContext camel;

    @Test
    void theYamlRoutesRunInsteadOfTheJavaOnes() {
        assertThat(camel.getRoutes()).extracting(Route::getRouteId)
                .contains("screen-pop-yaml", "call-log-yaml", "missed-calls-yaml", "remember-connected-yaml")
                .doesNotContain("screen-pop", "call-log", "missed-calls");
        assertThat(camel.getRoutes()).filteredOn(r -> r.getRouteId().endsWith("-yaml"))
                .allSatisfy(r -> assertThat(camel.getRouteController().getRouteStatus(r.getRouteId()).isStarted())
                        .isTrue());
    }
}
