package io.callcontrol.examples.events;

import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.stereotype.Component;

/**
 * Route 2, the publishing half: every vendor's event consumer enriches its exchanges (normalized
 * {@code CamelCallControlEvent} header set by the component) with {@code direct:call-events} (so a copy comes here
 * and the consumer's route goes on with its own exchange); this route writes the
 * event as JSON to the {@code call-events} topic, keyed by call id (one partition per call keeps its events in
 * order), with an idempotent producer and {@code acks=all}.
 */
@Component
public class CallEventsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:call-events")
                .routeId("call-events-to-kafka")
                .setBody(exchange -> CallEventJson.toMap(
                        exchange.getMessage().getHeader(CallEventHeaders.EVENT, CallEvent.class)))
                .setHeader(KafkaConstants.KEY, header(CallEventHeaders.CALL_ID))
                // only the key and the JSON body go to Kafka: the vendor's and Camel's headers stay here
                .removeHeaders("*", KafkaConstants.KEY)
                .marshal().json(JsonLibrary.Jackson)
                .to("kafka:{{callcontrol.topics.call-events}}?enableIdempotence=true&requestRequiredAcks=all");
    }
}
