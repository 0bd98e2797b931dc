package io.callcontrol.examples;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Boots the application as the README's run command does (embedded profile: simulators, Kafka, GreenMail, H2),
 * on free ports and with a fast scripted day. Every test class extending this shares one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "callcontrol.examples.portsip.call-flow.start-delay=300",
        "callcontrol.examples.portsip.call-flow.step-delay=100",
        "callcontrol.examples.day.uc-dialogs-interval=3000",
        "callcontrol.sipx.poll-delay=300",
        "callcontrol.examples.day.sipx-interval=3000",
        "callcontrol.examples.day.sipx-result-cache-time=2",
        "callcontrol.broadworks.poll-delay=300",
        "callcontrol.examples.day.broadworks-interval=4000",
        "callcontrol.examples.day.broadworks-talk-time=6000",
        "callcontrol.examples.day.portasip-interval=3000",
        "callcontrol.examples.ivr.business-hours=hr{0-23}",
        "callcontrol.embedded.portsip.ring-delay=200ms",
        "callcontrol.embedded.portsip.answer-delay=500ms",
        "callcontrol.embedded.portsip.no-answer-timeout=1500ms",
        "callcontrol.examples.day.start-delay=500",
        "callcontrol.examples.day.interval=600",
        "callcontrol.examples.day.talk-time=300",
        "callcontrol.examples.board.offset-reset=earliest" })
abstract class EmbeddedAppTestSupport {

    static final Duration BOUND = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    @DynamicPropertySource
    static void freePorts(DynamicPropertyRegistry registry) throws IOException {
        // the simulators' ports: the components reach them through camel.component.<scheme>.* in the embedded profile
        for (String pbx : List.of("portsip", "portasip", "broadworks", "sipx", "uc-dialogs")) {
            int port = freePort();
            registry.add("callcontrol.embedded." + pbx + ".port", () -> port);
        }
        registry.add("callcontrol.portsip.webhook-port", freePort()::intValue);
        registry.add("callcontrol.mail.smtp-port", freePort()::intValue);
        registry.add("callcontrol.embedded.mail.imap-port", freePort()::intValue);
        registry.add("callcontrol.sipnative.listen-port", freeUdpPort()::intValue);
        // each context its own CRM database
        String db = "jdbc:h2:mem:crm-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        registry.add("spring.datasource.url", () -> db);
    }

    private static Integer freeUdpPort() throws IOException {
        try (java.net.DatagramSocket s = new java.net.DatagramSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Integer freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Autowired
    EmbeddedKafkaKraftBroker kafka;

    /** Reads the topic from the start until a record matches (or the bound passes). */
    ConsumerRecord<String, String> awaitRecord(String topic, Predicate<ConsumerRecord<String, String>> match) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + BOUND.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    found.add(r);
                    if (match.test(r)) {
                        return r;
                    }
                }
            }
        }
        throw new AssertionError("no matching record on " + topic + " within " + BOUND + "; read " + found.size()
                                 + ", the last of them: "
                                 + found.stream().skip(Math.max(0, found.size() - 20)).map(ConsumerRecord::value).toList());
    }

    KafkaConsumer<String, String> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(p);
    }

    void produce(String topic, String key, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    static Map<String, Object> json(String s) {
        try {
            return JSON.readValue(s, new TypeReference<>() { });
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
