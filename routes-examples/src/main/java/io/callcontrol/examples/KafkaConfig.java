package io.callcontrol.examples;

import org.apache.camel.component.kafka.KafkaComponent;
import org.apache.camel.spi.ComponentCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Points the {@code kafka} component at {@code kafka.bootstrap.servers} -- or, in the embedded profile, at the
 * broker running in this JVM. (Other {@code camel.component.kafka.*} properties, e.g. security, apply as usual.)
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    @Bean
    ComponentCustomizer kafkaBrokers(@Value("${kafka.bootstrap.servers}") String bootstrapServers,
                                     ObjectProvider<EmbeddedKafkaKraftBroker> embedded) {
        return ComponentCustomizer.forType(KafkaComponent.class, kafka -> {
            EmbeddedKafkaKraftBroker broker = embedded.getIfAvailable();
            kafka.getConfiguration().setBrokers(broker != null ? broker.getBrokersAsString() : bootstrapServers);
        });
    }
}
