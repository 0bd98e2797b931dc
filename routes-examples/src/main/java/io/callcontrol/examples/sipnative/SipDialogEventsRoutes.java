package io.callcontrol.examples.sipnative;

import io.callcontrol.core.event.CallEventHeaders;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Route 2's sip-native part: the dialog events (RFC 4235 SUBSCRIBE/NOTIFY) of the monitored users, from any SIP
 * PBX, to {@code call-events} -- on the cluster's leader only. It needs a SIP PBX to subscribe to, so it runs only
 * when {@code callcontrol.sipnative.dialog-events.monitored-users} names someone (the embedded profile has no SIP
 * PBX; the component's own tests run it against Kamailio).
 */
@Component
@ConditionalOnExpression("!'${callcontrol.sipnative.dialog-events.monitored-users:}'.isBlank()")
public class SipDialogEventsRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("master:{{callcontrol.cluster.namespace}}:sip-native:dialog_events"
             + "?identity={{callcontrol.sipnative.identity}}&listenAddress={{callcontrol.sipnative.listen-address}}"
             + "&listenPort={{callcontrol.sipnative.listen-port}}"
             + "&monitoredUsers={{callcontrol.sipnative.dialog-events.monitored-users}}"
             + "&outboundProxy={{callcontrol.sipnative.dialog-events.outbound-proxy}}")
                .routeId("sip-native-dialog-events")
                .filter(header(CallEventHeaders.EVENT).isNotNull())
                    .enrich("direct:call-events", AggregationStrategies.useOriginal());
    }
}
