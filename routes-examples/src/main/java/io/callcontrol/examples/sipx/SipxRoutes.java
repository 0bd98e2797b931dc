package io.callcontrol.examples.sipx;

import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Route 2's sipX part: the status of the watched call (calling user -> called user), polled, as normalized events
 * to {@code call-events} -- on the cluster's leader only.
 */
@Component
@ConditionalOnProperty(name = "callcontrol.sipx.enabled", havingValue = "true", matchIfMissing = true)
public class SipxRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("master:{{callcontrol.cluster.namespace}}:sipx:status?callingUser={{callcontrol.sipx.calling-user}}"
             + "&calledUser={{callcontrol.sipx.called-user}}&delay={{callcontrol.sipx.poll-delay}}")
                .routeId("sipx-events")
                .filter(header(CallEventHeaders.EVENT).isNotNull())
                    .log("sipX event ${header." + CallEventHeaders.EVENT_TYPE + "}: call ${header."
                         + CallEventHeaders.CALL_ID + "} is ${header." + CallEventHeaders.STATE + "}")
                    .enrich("direct:call-events", AggregationStrategies.useOriginal());
    }
}
