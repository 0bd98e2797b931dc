package io.callcontrol.camel.callcontrol.springboot;

import java.util.Locale;
import java.util.Set;

import io.callcontrol.camel.callcontrol.CallControlComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Auto-configuration of the {@code callcontrol} component: a {@link ComponentCustomizer} copies the
 * {@code camel.component.callcontrol.*} properties onto the component when Camel creates it. The values go through the
 * component's generated property configurer, so the options held by its nested configuration bind like the others.
 * Nothing here logs a property value, and with the actuator on the classpath the secret options are masked in its
 * {@code configprops} and {@code env} output whatever {@code show-values} says.
 */
@AutoConfiguration(after = {CamelAutoConfiguration.class, CallControlComponentConverter.class})
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ComponentConfigurationProperties.class, CallControlComponentConfiguration.class})
@ConditionalOnHierarchicalProperties({"camel.component", "camel.component.callcontrol"})
public class CallControlComponentAutoConfiguration {

    /** The options of the catalog marked secret (lower case, without dashes). */
    static final Set<String> SECRETS = Set.of();
    private static final String PREFIX = "camel.component.callcontrol.";

    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final CallControlComponentConfiguration configuration;

    public CallControlComponentAutoConfiguration(ApplicationContext applicationContext, CamelContext camelContext,
            CallControlComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
    }

    @Lazy
    @Bean
    public ComponentCustomizer configureCallControlComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.callcontrol.customizer") && target instanceof CallControlComponent;
            }
        };
    }

    /** Whether a property key (as the actuator passes it: kebab or camel case) names a secret option. */
    static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String k = key.toLowerCase(Locale.ROOT).replace("-", "");
        return k.startsWith(PREFIX) && SECRETS.contains(k.substring(PREFIX.length()));
    }

    /** Masks the secret options in the actuator's output. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class Actuator {

        @Bean
        public SanitizingFunction callcontrolSecretsSanitizingFunction() {
            return data -> isSecret(data.getKey()) ? data.withValue(SanitizableData.SANITIZED_VALUE) : data;
        }
    }
}
