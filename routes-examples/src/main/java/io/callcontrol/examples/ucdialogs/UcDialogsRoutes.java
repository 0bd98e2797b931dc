package io.callcontrol.examples.ucdialogs;

import io.callcontrol.camel.ucdialogs.UcDialogsConstants;
import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Route 2's UC dialogs part: the Token-API call events to {@code call-events} -- on the cluster's leader only.
 */
@Component
@ConditionalOnProperty(name = "callcontrol.uc-dialogs.enabled", havingValue = "true", matchIfMissing = true)
public class UcDialogsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("master:{{callcontrol.cluster.namespace}}:uc-dialogs:events")
                .routeId("uc-dialogs-events")
                // after a reconnect: events of the down time may be lost; the body is the current dialog list (not
                // turned into call events yet: logged so the gap shows)
                .filter(header(UcDialogsConstants.POSSIBLE_GAP).isEqualTo(true))
                    .log(LoggingLevel.WARN, "UC dialogs: reconnected, events may have been lost; ${body.size()} dialog(s)"
                                            + " in progress now")
                .end()
                .filter(header(CallEventHeaders.EVENT).isNotNull())
                    .log("UC dialogs event ${header." + CallEventHeaders.EVENT_TYPE + "}: call ${header."
                         + CallEventHeaders.CALL_ID + "} is ${header." + CallEventHeaders.STATE + "}")
                    .enrich("direct:call-events", AggregationStrategies.useOriginal());
    }
}
