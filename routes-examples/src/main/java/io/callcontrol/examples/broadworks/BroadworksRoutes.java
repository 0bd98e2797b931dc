package io.callcontrol.examples.broadworks;

import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Route 2's BroadWorks part: the user's calls, polled, as normalized events to {@code call-events} -- on the
 * cluster's leader only (one poller per cluster).
 */
@Component
@ConditionalOnProperty(name = "callcontrol.broadworks.enabled", havingValue = "true", matchIfMissing = true)
public class BroadworksRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("master:{{callcontrol.cluster.namespace}}:broadworks:calls"
             + "?delay={{callcontrol.broadworks.poll-delay}}")
                .routeId("broadworks-events")
                .filter(header(CallEventHeaders.EVENT).isNotNull())
                    .log("BroadWorks event ${header." + CallEventHeaders.EVENT_TYPE + "}: call ${header."
                         + CallEventHeaders.CALL_ID + "} is ${header." + CallEventHeaders.STATE + "}")
                    .enrich("direct:call-events", AggregationStrategies.useOriginal());
    }
}
