package io.callcontrol.examples.embedded;

import io.callcontrol.examples.KafkaConfig;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The embedded profile's Kafka: a real single-node KRaft broker in this JVM (the one spring-kafka-test runs), with
 * the application's topics created up front. {@link KafkaConfig} points the {@code kafka} component at it, whatever port it
 * got (the log shows it).
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
public class EmbeddedKafkaConfig {

    @Bean(destroyMethod = "destroy")
    EmbeddedKafkaKraftBroker embeddedKafka(@Value("${callcontrol.topics.call-events}") String callEvents,
                                           @Value("${callcontrol.topics.screen-pop}") String screenPop,
                                           @Value("${callcontrol.topics.click-to-dial}") String clickToDial,
                                           @Value("${callcontrol.topics.click-to-dial-results}") String results) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, callEvents, screenPop, clickToDial,
                results);
        broker.afterPropertiesSet();
        LoggerFactory.getLogger(EmbeddedKafkaConfig.class).info("Embedded Kafka broker: {} (topics {})",
                broker.getBrokersAsString(), broker.getTopics());
        return broker;
    }
}
