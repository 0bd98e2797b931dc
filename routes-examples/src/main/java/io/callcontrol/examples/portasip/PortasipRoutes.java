package io.callcontrol.examples.portasip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portasip.PortasipConstants;
import io.callcontrol.camel.portasip.period.PortasipPeriod;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * PortaSIP: route 2's PortaSIP part (the customer's call notifications to {@code call-events}, on the cluster's
 * leader only) and route 6, the IVR: a call to the IVR access number is answered, hears a prompt, and the DTMF digit
 * it presses picks the queue it is transferred to -- during business hours (a PortaSIP period, checked with the
 * component's period parser); outside them it goes to the after-hours number.
 */
@Component
@ConditionalOnProperty(name = "callcontrol.portasip.enabled", havingValue = "true", matchIfMissing = true)
public class PortasipRoutes extends RouteBuilder {

    @Value("${callcontrol.examples.ivr.queues}")
    List<String> queues;

    private String prop(String name) {
        return getContext().resolvePropertyPlaceholders("{{" + name + "}}");
    }

    @Override
    public void configure() {
        from("master:{{callcontrol.cluster.namespace}}:portasip:call_control_notifications"
             + "?iCustomer={{callcontrol.portasip.i-customer}}")
                .routeId("portasip-events")
                .filter(header(CallEventHeaders.EVENT).isNotNull())
                    .log("PortaSIP event ${header." + CallEventHeaders.EVENT_TYPE + "}: call ${header."
                         + CallEventHeaders.CALL_ID + "} is ${header." + CallEventHeaders.STATE + "} (${header."
                         + CallEventHeaders.CALLER + "} -> ${header." + CallEventHeaders.CALLEE + "})")
                    .enrich("direct:call-events", AggregationStrategies.useOriginal());

        Map<String, String> queueByDigit = new LinkedHashMap<>();
        for (String q : queues) {
            String[] kv = q.split(":");
            queueByDigit.put(kv[0].trim(), kv[1].trim());
        }

        // 6. IVR: its own connection and subscription (by IVR access number)
        from("portasip:call_control_notifications?iIvrAn={{callcontrol.examples.ivr.i-ivr-an}}&sharedConnection=false")
                .routeId("portasip-ivr")
                .setHeader(PortasipConstants.CALL_ID, header(CallEventHeaders.CALL_ID))
                .choice()
                    .when(simple("${header." + CallEventHeaders.VENDOR_STATE + "} == 'trying' && ${header."
                                 + PortasipConstants.IVR_EVENT + "} == null"))
                        .log("IVR: answering ${header." + CallEventHeaders.CALLER + "} (call ${header."
                             + PortasipConstants.CALL_ID + "})")
                        .to("portasip:answer_call")
                        .to("portasip:start_dtmf_detect")
                        .setHeader(PortasipConstants.PROMPT_URL, constant(prop("callcontrol.examples.ivr.prompt-url")))
                        .to("portasip:play_prompt?order=2&repeat=3")
                    .when(header(PortasipConstants.IVR_EVENT).isEqualTo("dtmf_digit_detected"))
                        .process(exchange -> {
                            String digit = exchange.getMessage().getHeader(PortasipConstants.DIGIT, String.class);
                            exchange.getMessage().setHeader("queue", queueByDigit.get(digit));
                        })
                        .filter(header("queue").isNotNull())
                            .to("portasip:stop_dtmf_detect")
                            .to("portasip:stop_play_prompt?order=2")
                            .choice()
                                .when(PortasipPeriod.inside(prop("callcontrol.examples.ivr.business-hours"),
                                        prop("callcontrol.examples.ivr.time-zone")))
                                    .setHeader(PortasipConstants.CLD, header("queue"))
                                .otherwise()
                                    .setHeader(PortasipConstants.CLD, constant(prop("callcontrol.examples.ivr.after-hours")))
                            .end()
                            .log("IVR: ${header." + CallEventHeaders.CALLER + "} pressed ${header."
                                 + PortasipConstants.DIGIT + "}, transferring to ${header." + PortasipConstants.CLD + "}")
                            .to("portasip:transfer_call");
    }
}
