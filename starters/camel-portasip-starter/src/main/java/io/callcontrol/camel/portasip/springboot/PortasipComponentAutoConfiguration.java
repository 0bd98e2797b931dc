package io.callcontrol.camel.portasip.springboot;

import io.callcontrol.camel.portasip.PortasipComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configuration of the {@code portasip} component: a {@link ComponentCustomizer} copies the
 * {@code camel.component.portasip.*} properties onto the component when Camel creates it. The values go through the
 * component's generated property configurer, so the options held by its nested configuration bind like the others.
 * Nothing here logs a property value.
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, PortasipComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, PortasipComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.portasip"})
public class PortasipComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final PortasipComponentConfiguration configuration;

    public PortasipComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
            PortasipComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configurePortasipComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.portasip.customizer") && target instanceof PortasipComponent;
            }
        };
    }
}
