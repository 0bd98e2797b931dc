package io.callcontrol.examples.clicktodial;

import java.util.Map;

import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.core.error.CallControlValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.apache.camel.model.rest.RestBindingMode;
import org.springframework.stereotype.Component;

/**
 * Route 1, click-to-dial: {@code POST /api/click-to-dial} (JSON {@code {vendor, from, to}}; a {@code GET} with the
 * same query parameters serves the links in the missed-call mails) and the Kafka topic {@code click-to-dial}. The
 * request is validated, the vendor's component originates the call, and the answer carries the vendor's call id and
 * tracking id (REST: the response; Kafka: a message on {@code click-to-dial-results}).
 */
@Component
public class ClickToDialRoutes extends RouteBuilder {

    @Override
    public void configure() {
        // the direct routes stay routes of their own (Kafka and the GET link use them too)
        restConfiguration().component("platform-http").bindingMode(RestBindingMode.json).inlineRoutes(false);

        rest("/api/click-to-dial")
                .post().routeId("click-to-dial-rest-post").type(ClickToDial.class).to("direct:click-to-dial-rest")
                .get().routeId("click-to-dial-rest-get").to("direct:click-to-dial-link");

        from("direct:click-to-dial-link")
                .routeId("click-to-dial-link")
                .setBody(exchange -> new ClickToDial(exchange.getMessage().getHeader("vendor", String.class),
                        exchange.getMessage().getHeader("from", String.class),
                        exchange.getMessage().getHeader("to", String.class)))
                .to("direct:click-to-dial-rest");

        // REST: a request that does not validate is answered 400 with what is wrong
        from("direct:click-to-dial-rest")
                .routeId("click-to-dial-rest")
                .onException(CallControlValidationException.class, IllegalArgumentException.class)
                    .handled(true)
                    .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(400))
                    .setBody(exchange -> Map.of("error", exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                            Exception.class).getMessage()))
                .end()
                .to("direct:click-to-dial");

        from("kafka:{{callcontrol.topics.click-to-dial}}?groupId=click-to-dial&autoOffsetReset=earliest")
                .routeId("click-to-dial-kafka")
                .unmarshal().json(JsonLibrary.Jackson, ClickToDial.class)
                .doTry()
                    .to("direct:click-to-dial")
                .doCatch(Exception.class)
                    .setBody(exchange -> Map.of("error", exchange.getProperty(Exchange.EXCEPTION_CAUGHT,
                            Exception.class).getMessage()))
                .end()
                .removeHeaders("*", KafkaConstants.KEY)
                .marshal().json(JsonLibrary.Jackson)
                .to("kafka:{{callcontrol.topics.click-to-dial-results}}?enableIdempotence=true&requestRequiredAcks=all");

        from("direct:click-to-dial")
                .routeId("click-to-dial-originate")
                // failures go back to the caller (REST answers 400/500, Kafka publishes the error)
                .errorHandler(noErrorHandler())
                .process(exchange -> exchange.getMessage().getBody(ClickToDial.class).validate())
                .setVariable("request", body())
                .log("Click-to-dial: ${body.vendor()} ${body.from()} -> ${body.to()}")
                .choice()
                    .when(simple("${body.vendor()} == 'portsip'"))
                        .setHeader(PortsipConstants.CALLER, simple("${body.from()}"))
                        .setHeader(PortsipConstants.CALLEE, simple("${body.to()}"))
                        .setBody(constant(null))
                        .to("portsip:initiate?sendSdp=true")
                        .setBody(exchange -> ClickToDial.Result.of(
                                exchange.getVariable("request", ClickToDial.class),
                                exchange.getMessage().getHeader(PortsipConstants.SESSION_ID, String.class), null))
                    .when(simple("${body.vendor()} == 'broadworks'"))
                        // the BroadWorks user (from) is rung first, then the number (to)
                        .setHeader("CamelBroadworksUserId", simple("${body.from()}"))
                        .setHeader("CamelBroadworksPhoneNumber", simple("${body.to()}"))
                        .setBody(constant(null))
                        .to("broadworks:call")
                        .setBody(exchange -> ClickToDial.Result.of(
                                exchange.getVariable("request", ClickToDial.class),
                                exchange.getMessage().getHeader("CamelBroadworksCallId", String.class),
                                exchange.getMessage().getHeader("CamelBroadworksExternalTrackingId", String.class)))
                    .when(simple("${body.vendor()} == 'uc-dialogs'"))
                        // the user's account number (from) is called first, then the number (to)
                        .setHeader("CamelUcDialogsMode", constant("number"))
                        .setHeader("CamelUcDialogsFrom", simple("${body.from()}"))
                        .setHeader("CamelUcDialogsTo", simple("${body.to()}"))
                        .setBody(constant(null))
                        .to("uc-dialogs:originate")
                        .setBody(exchange -> ClickToDial.Result.of(
                                exchange.getVariable("request", ClickToDial.class),
                                exchange.getMessage().getHeader("CamelUcDialogsNewDialogId", String.class), null))
                .end();
    }
}
