package io.callcontrol.examples.portsip;

import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.AggregationStrategies;
import org.apache.camel.builder.PredicateBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The PortSIP call flow the README's run command shows: originate a call, and once the PBX reports it connected,
 * hold it, unhold it and hang up -- logging each step and every event the PBX sends to our webhook.
 */
@Component
public class PortsipCallFlowRoutes extends RouteBuilder {

    @Value("${callcontrol.examples.portsip.call-flow.caller}")
    String flowCaller;

    /** The scripted call at start; off (production): the event routes still run -- they are route 2's PortSIP part. */
    @Value("${callcontrol.examples.portsip.call-flow.enabled:true}")
    boolean callFlowEnabled;

    @Override
    public void configure() {
        if (callFlowEnabled) {
            originateAtStart();
        }
        events();
    }

    private void originateAtStart() {
        from("timer:portsip-call-flow?repeatCount=1&delay={{callcontrol.examples.portsip.call-flow.start-delay}}")
                .routeId("portsip-originate")
                .log("PortSIP: originating a call {{callcontrol.examples.portsip.call-flow.caller}} -> "
                     + "{{callcontrol.examples.portsip.call-flow.callee}}")
                .to("portsip:initiate?caller={{callcontrol.examples.portsip.call-flow.caller}}"
                    + "&callee={{callcontrol.examples.portsip.call-flow.callee}}&sendSdp=true")
                .log("PortSIP: call session ${header." + PortsipConstants.SESSION_ID + "} originated");
    }

    private void events() {

        // the PBX's events (webhooks, or the WSI socket): every event logged; a connected call goes on to the next steps
        // master: in a cluster of this application only the leader receives them (route 2)
        from("master:{{callcontrol.cluster.namespace}}:portsip:events?eventChannel={{callcontrol.portsip.event-channel}}"
             + "&webhookHost={{callcontrol.portsip.webhook-host}}&webhookPort={{callcontrol.portsip.webhook-port}}")
                .routeId("portsip-events")
                .choice()
                    // the WSI socket reconnected: events of the down time are lost; its body is the PBX's sessions now
                    .when(header(PortsipConstants.EVENT_TYPE).isEqualTo("gap"))
                        .log("PortSIP: events may have been lost (reconnected): reconciling ${header."
                             + PortsipConstants.SESSION_COUNT + "} session(s)")
                        .to("direct:portsip-snapshot")
                    .when(header(CallEventHeaders.EVENT).isNotNull())
                        .to("direct:portsip-event")
                .end();

        // this instance became the leader: the events sent while none led went nowhere; the PBX's sessions now
        // tell what state each call is in (its calls that ended meanwhile are not listed: their events are lost)
        from("master:{{callcontrol.cluster.namespace}}:timer:portsip-snapshot?repeatCount=1"
             + "&delay={{callcontrol.portsip.snapshot-delay}}")
                .routeId("portsip-snapshot-on-leadership")
                .to("portsip:list_sessions")
                .log("PortSIP: leading now, ${header." + PortsipConstants.SESSION_COUNT + "} session(s) on the PBX")
                .to("direct:portsip-snapshot");

        from("direct:portsip-snapshot")
                .routeId("portsip-snapshot")
                .setBody(exchange -> PortsipSnapshot.sessions(exchange.getMessage().getBody()))
                .split(body())
                    .process(exchange -> PortsipSnapshot.toEvent(
                            exchange.getMessage().getBody(io.callcontrol.camel.portsip.api.PortsipSession.class),
                            exchange.getMessage()))
                    .to("direct:portsip-event")
                .end();

        from("direct:portsip-event")
                .routeId("portsip-event")
                .log("PortSIP event ${header." + PortsipConstants.EVENT_TYPE + "}: call ${header."
                     + CallEventHeaders.CALL_ID + "} is ${header." + CallEventHeaders.STATE + "} (${header."
                     + CallEventHeaders.CALLER + "} -> ${header." + CallEventHeaders.CALLEE + "})")
                // route 2: every event, normalized, to the call-events topic (a copy goes; this exchange stays as is)
                .enrich("direct:call-events", AggregationStrategies.useOriginal())
                .choice()
                    // only the answer starts the call's steps: a later event of a connected call (call_update_info,
                    // the unhold) carries CONNECTED too, and reacting to it again would hold the call in a loop
                    .when(PredicateBuilder.not(header(CallEventHeaders.EVENT_TYPE).in("cdr_target_answer", "snapshot")))
                        .log(LoggingLevel.DEBUG, "PortSIP: ${header." + CallEventHeaders.EVENT_TYPE + "} is no answer")
                    .when(PredicateBuilder.and(header(CallEventHeaders.STATE).isEqualTo(CallState.CONNECTED),
                            header(CallEventHeaders.CALLER).isEqualTo(flowCaller)))
                        // answer the webhook now; the call steps run on their own
                        .to("seda:portsip-connected?waitForTaskToComplete=Never")
                    .when(header(CallEventHeaders.STATE).isEqualTo(CallState.CONNECTED))
                        // the scripted day's other calls: talk for a while, then hang up
                        .to("seda:portsip-talk?waitForTaskToComplete=Never")
                .end();

        from("seda:portsip-talk?concurrentConsumers=5")
                .routeId("portsip-talk-then-hang-up")
                .delay(simple("{{callcontrol.examples.day.talk-time}}")).asyncDelayed()
                .setHeader(PortsipConstants.SESSION_ID, header(CallEventHeaders.CALL_ID))
                .to("portsip:destroy")
                .log("PortSIP: call ${header." + PortsipConstants.SESSION_ID + "} hung up after talking");

        from("seda:portsip-connected")
                .routeId("portsip-hold-unhold-hangup")
                .setHeader(PortsipConstants.SESSION_ID, header(CallEventHeaders.CALL_ID))
                .setHeader(PortsipConstants.EXTENSION_NUMBER, simple("{{callcontrol.examples.portsip.call-flow.caller}}"))
                .log("PortSIP: call ${header." + PortsipConstants.SESSION_ID + "} connected, holding it")
                .to("portsip:hold")
                .delay(simple("{{callcontrol.examples.portsip.call-flow.step-delay}}"))
                .log("PortSIP: unholding call ${header." + PortsipConstants.SESSION_ID + "}")
                .to("portsip:unhold")
                .delay(simple("{{callcontrol.examples.portsip.call-flow.step-delay}}"))
                .log("PortSIP: hanging up call ${header." + PortsipConstants.SESSION_ID + "}")
                .to("portsip:destroy")
                .to("portsip:list_sessions")
                .log(LoggingLevel.INFO, "PortSIP: call flow done, ${header." + PortsipConstants.SESSION_COUNT
                                        + "} call session(s) left on the PBX");
    }
}
