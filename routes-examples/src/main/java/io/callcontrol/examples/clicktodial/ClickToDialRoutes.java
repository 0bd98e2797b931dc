package io.callcontrol.examples.clicktodial;

import java.util.List;

import io.callcontrol.camel.callcontrol.CallControlConstants;
import io.callcontrol.camel.callcontrol.CallControlResult;
import io.callcontrol.camel.portasip.PortasipConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.stereotype.Component;

/**
 * Route 1, click-to-dial: {@code POST /api/click-to-dial} (JSON {@code {requestId?, vendor, from, to}}; a {@code GET}
 * with the same query parameters serves the links in the missed-call mails) and the Kafka topic {@code click-to-dial}.
 * The request is read strictly ({@link ClickToDialRequests}) and validated ({@link ClickToDial#validate()}) before
 * anything is dialled, {@code callcontrol:originate} originates the call on the vendor's PBX (portsip, portasip,
 * broadworks, uc-dialogs, sip-native: the registry bean {@code pbx-<vendor>} of {@link ClickToDialConfig}), and the
 * answer carries the call id and tracking id (REST: the response; Kafka: a message on {@code click-to-dial-results}). Failures are answered as RFC
 * 7807 problems ({@link ProblemDetails}): 400 naming the field for bad input, the vendor's 4xx or 502/504 with the
 * vendor's code and message.
 * <p>
 * A request with a {@code requestId} is originated once: the id is claimed in a repository shared by every instance
 * (the CRM database) before dialling, released again if the originate fails; a request whose id is claimed already
 * is answered 409. The Kafka topic is consumed by one consumer group across the instances, and a record's offset is
 * committed only after its originate has been answered, so a record of an instance that died is taken over by
 * another -- and recognised by its id if it had been dialled.
 */
@Component
public class ClickToDialRoutes extends RouteBuilder {

    private final IdempotentRepository requests;

    public ClickToDialRoutes(IdempotentRepository clickToDialRequests) {
        this.requests = clickToDialRequests;
    }

    @Override
    public void configure() {
        // the body is read here, strictly, so that every bad input gets a problem answer (binding would answer 500)
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.off).inlineRoutes(false);

        rest("/api/click-to-dial")
                .post().routeId("click-to-dial-rest-post").to("direct:click-to-dial-rest-post")
                .get().routeId("click-to-dial-rest-get").to("direct:click-to-dial-link");

        from("direct:click-to-dial-rest-post")
                .routeId("click-to-dial-rest")
                .onException(Exception.class).handled(true).process(ProblemDetails::respond).end()
                .setBody(ClickToDialRequests::fromRest)
                .to("direct:click-to-dial")
                .to("direct:click-to-dial-json-answer");

        from("direct:click-to-dial-link")
                .routeId("click-to-dial-link")
                .onException(Exception.class).handled(true).process(ProblemDetails::respond).end()
                .setBody(ClickToDialRequests::fromQuery)
                .to("direct:click-to-dial")
                .to("direct:click-to-dial-json-answer");

        from("direct:click-to-dial-json-answer")
                .routeId("click-to-dial-json-answer")
                .removeHeaders("*")
                .marshal().json(JsonLibrary.Jackson);

        from("kafka:{{callcontrol.topics.click-to-dial}}?groupId={{callcontrol.click-to-dial.group-id}}"
             + "&autoOffsetReset=earliest&allowManualCommit=true&autoCommitEnable=false"
             + "&maxPollRecords={{callcontrol.click-to-dial.max-poll-records}}"
             + "&sessionTimeoutMs={{callcontrol.click-to-dial.session-timeout-ms}}"
             + "&heartbeatIntervalMs={{callcontrol.click-to-dial.heartbeat-interval-ms}}")
                .routeId("click-to-dial-kafka")
                .setVariable("commit", header(KafkaConstants.MANUAL_COMMIT))
                .setVariable("key", header(KafkaConstants.KEY))
                .doTry()
                    .setBody(exchange -> ClickToDialRequests.fromKafka(exchange.getMessage().getBody(String.class),
                            exchange.getVariable("key", String.class)))
                    .to("direct:click-to-dial")
                .doCatch(Exception.class)
                    .setBody(exchange -> ProblemDetails.of(ProblemDetails.caught(exchange),
                            exchange.getVariable("request", ClickToDial.class)))
                .end()
                .removeHeaders("*")
                .setHeader(KafkaConstants.KEY, variable("key"))
                .marshal().json(JsonLibrary.Jackson)
                .to("kafka:{{callcontrol.topics.click-to-dial-results}}?enableIdempotence=true&requestRequiredAcks=all")
                // the record is done (originated, or answered with a problem): only now is its offset committed
                .process(exchange -> exchange.getVariable("commit", KafkaManualCommit.class).commit());

        from("direct:click-to-dial")
                .routeId("click-to-dial")
                // failures go back to the caller (REST answers a problem, Kafka publishes it)
                .errorHandler(noErrorHandler())
                .setVariable("request", body())
                .process(exchange -> exchange.getMessage().getBody(ClickToDial.class).validate())
                .choice()
                    .when(simple("${body.requestId()} != null"))
                        .to("direct:click-to-dial-once")
                    .otherwise()
                        .to("direct:click-to-dial-originate")
                .end();

        // a request id is claimed (eagerly, in the shared repository) before dialling: a second request with the id
        // -- a retry, a record redelivered after an instance died -- is refused, also while the first still dials
        from("direct:click-to-dial-once")
                .routeId("click-to-dial-once")
                .errorHandler(noErrorHandler())
                .idempotentConsumer(simple("${body.requestId()}"), requests).eager(true).removeOnFailure(true)
                        .skipDuplicate(false)
                    .choice()
                        .when(exchangeProperty(Exchange.DUPLICATE_MESSAGE).isEqualTo(true))
                            .log("Click-to-dial: request ${body.requestId()} was originated already, not dialled again")
                            .process(exchange -> {
                                throw new ClickToDialProblem(409, "Conflict", "request "
                                        + exchange.getMessage().getBody(ClickToDial.class).requestId()
                                        + " was originated already: it is not dialled again", List.of("requestId"));
                            })
                        .otherwise()
                            .to("direct:click-to-dial-originate")
                    .end()
                .end();

        // one originate for every vendor: callcontrol:originate on the vendor endpoint of the bean pbx-<vendor>
        // (ClickToDialConfig); it answers the new call's ids at once (CallControlResult), the vendor's errors unchanged
        from("direct:click-to-dial-originate")
                .routeId("click-to-dial-originate")
                .errorHandler(noErrorHandler())
                .log("Click-to-dial: ${body.vendor()} ${body.from()} -> ${body.to()} (request ${body.requestId()})")
                .process(exchange -> {
                    ClickToDial request = exchange.getMessage().getBody(ClickToDial.class);
                    Message m = exchange.getMessage();
                    m.setHeader(CallControlConstants.PBX, ClickToDialConfig.pbxBean(request.vendor()));
                    // the first party is rung first, then the second: PortSIP's extension, the BroadWorks user, the
                    // UC dialogs account, the PortaSIP account, the first SIP URI
                    m.setHeader(CallControlConstants.CALLER, request.from());
                    m.setHeader(CallControlConstants.CALLEE, request.to());
                    if ("portasip".equals(request.vendor())) {
                        String billId = exchange.getContext().resolvePropertyPlaceholders(
                                "{{callcontrol.portasip.bill-id:}}");
                        m.setHeader(PortasipConstants.BILL_ID, billId == null || billId.isBlank()
                                ? request.from() : billId.trim());
                    }
                    m.setBody(null);
                })
                .to("callcontrol:originate")
                .setBody(exchange -> {
                    CallControlResult r = exchange.getMessage().getBody(CallControlResult.class);
                    return ClickToDial.Result.of(exchange.getVariable("request", ClickToDial.class), r.callId(),
                            r.trackingId());
                });
    }
}
