package io.callcontrol.examples.embedded;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.callcontrol.examples.KafkaConfig;
import org.apache.kafka.common.utils.Exit;
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

    /**
     * Kafka's test kit deletes the broker's log directories in a JVM shutdown hook, which runs alongside Spring's:
     * the broker lost its logs while the routes were still stopping, and every Kafka consumer then spent seconds
     * failing to commit. The deletions are taken over here and run once the broker has stopped.
     */
    private final List<Runnable> deleteAfterStop = new CopyOnWriteArrayList<>();

    @Bean(destroyMethod = "destroy")
    EmbeddedKafkaKraftBroker embeddedKafka(@Value("${callcontrol.topics.call-events}") String callEvents,
                                           @Value("${callcontrol.topics.screen-pop}") String screenPop,
                                           @Value("${callcontrol.topics.click-to-dial}") String clickToDial,
                                           @Value("${callcontrol.topics.click-to-dial-results}") String results) {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3, callEvents, screenPop, clickToDial,
                results) {
            @Override
            public void destroy() {
                super.destroy();
                deleteAfterStop.forEach(Runnable::run);
            }
        };
        Exit.setShutdownHookAdder((name, hook) -> deleteAfterStop.add(hook));
        try {
            broker.afterPropertiesSet();
        } finally {
            Exit.resetShutdownHookAdder();
        }
        LoggerFactory.getLogger(EmbeddedKafkaConfig.class).info("Embedded Kafka broker: {} (topics {})",
                broker.getBrokersAsString(), broker.getTopics());
        return broker;
    }
}
