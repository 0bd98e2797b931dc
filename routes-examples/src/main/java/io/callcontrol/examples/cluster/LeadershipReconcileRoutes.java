package io.callcontrol.examples.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.callcontrol.camel.callcontrol.CallControlConstants;
import io.callcontrol.camel.callcontrol.CallControlResult;
import io.callcontrol.camel.callcontrol.CallInfo;
import io.callcontrol.core.event.CallEvent;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.examples.clicktodial.ClickToDialConfig;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaComponent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Route 2's hand-over: when this instance becomes the leader, the calls that ended while no instance led get their
 * final state. Once the event consumers run ({@code callcontrol.cluster.reconcile.delay} after the leadership, then
 * {@code passes - 1} more times every {@code period}), the
 * PBXs' calls are listed ({@code callcontrol:list_calls} on each vendor's {@code pbx-<vendor>}), and the calls the
 * cluster saw on {@code call-events} or dialled ({@code click-to-dial-results}) without a final event that their PBX
 * no longer lists are ended with a TERMINATED event on {@code call-events} ({@link LeadershipReconcile}). Calls the
 * PBX still lists are the consumers' (their end comes as an event, or from the next poll).
 * <p>
 * The vendors: those with a call list (PortSIP, PortaSIP, UC dialogs, BroadWorks). sipX has none: its consumer's
 * first poll reads the call controller's result cache (resultCacheTime, 180 s by default), which still holds the
 * final status of a call that ended meanwhile.
 */
@Component
@ConditionalOnProperty(name = "callcontrol.cluster.reconcile.enabled", havingValue = "true", matchIfMissing = true)
public class LeadershipReconcileRoutes extends RouteBuilder {

    @Value("${callcontrol.cluster.reconcile.vendors}")
    List<String> vendors;

    @Value("${callcontrol.cluster.reconcile.lookback}")
    Duration lookback;

    @Value("${callcontrol.cluster.reconcile.read-timeout}")
    Duration readTimeout;

    @Override
    public void configure() {
        // several passes: the master: routes start their consumers one after the other, so a call that ends after
        // the first list but before its vendor's consumer subscribed is caught by a later one (a call reconciled by
        // an earlier pass is on call-events by then, and left alone)
        from("master:{{callcontrol.cluster.namespace}}:timer:reconcile-on-leadership"
             + "?repeatCount={{callcontrol.cluster.reconcile.passes}}&delay={{callcontrol.cluster.reconcile.delay}}"
             + "&period={{callcontrol.cluster.reconcile.period}}")
                .routeId("reconcile-on-leadership")
                .setBody(constant(vendors))
                // per vendor the call ids listed now; a vendor whose list failed is left out
                .split(body(), new ListedCalls())
                    .to("direct:reconcile-list-calls")
                .end()
                // the consumers publish what they saw until now (an end just before the list, a poll's release)
                .delay(simple("{{callcontrol.cluster.reconcile.grace}}"))
                .process(this::gone)
                .log("Leading now: ${body.size()} call(s) of ${variable.listed} ended while no instance led")
                .split(body())
                    .process(exchange -> CallEventHeaders.apply(exchange.getMessage(),
                            exchange.getMessage().getBody(CallEvent.class)))
                    .log("Leading now: ${header." + CallEventHeaders.VENDOR + "} call ${header."
                         + CallEventHeaders.CALL_ID + "} is not on its PBX any more: TERMINATED (disappeared)")
                    .to("direct:call-events")
                .end();

        from("direct:reconcile-list-calls")
                .routeId("reconcile-list-calls")
                .errorHandler(noErrorHandler())
                .setVariable("vendor", body())
                .process(exchange -> exchange.getMessage().setHeader(CallControlConstants.PBX,
                        ClickToDialConfig.pbxBean(exchange.getVariable("vendor", String.class))))
                .setBody(constant(null))
                .doTry()
                    .process(exchange -> exchange.setVariable("listedAt", Instant.now()))
                    .to("callcontrol:list_calls")
                    .setBody(exchange -> new LeadershipReconcile.Listed(exchange.getMessage()
                            .getBody(CallControlResult.class).calls().stream().map(CallInfo::callId)
                            .collect(Collectors.toSet()), exchange.getVariable("listedAt", Instant.class)))
                .doCatch(Exception.class)
                    .log(LoggingLevel.WARN, "Leading now: the calls of ${variable.vendor} could not be listed"
                                            + " (${exception.message}): none of them is reconciled")
                    .setBody(constant(null))
                .end();
    }

    private void gone(Exchange exchange) {
        @SuppressWarnings("unchecked")
        Map<String, LeadershipReconcile.Listed> listed = exchange.getMessage().getBody(Map.class);
        exchange.setVariable("listed", listed.keySet());
        String brokers = getContext().getComponent("kafka", KafkaComponent.class).getConfiguration().getBrokers();
        LeadershipReconcile r = new LeadershipReconcile(brokers,
                getContext().resolvePropertyPlaceholders("{{callcontrol.topics.call-events}}"),
                getContext().resolvePropertyPlaceholders("{{callcontrol.topics.click-to-dial-results}}"),
                lookback, readTimeout);
        exchange.getMessage().setBody(r.gone(listed));
    }

    /** Collects the split's answers: vendor -> what its PBX listed (absent when the list failed). */
    static final class ListedCalls implements AggregationStrategy {
        @Override
        public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
            Exchange target = oldExchange != null ? oldExchange : newExchange;
            @SuppressWarnings("unchecked")
            Map<String, LeadershipReconcile.Listed> map = oldExchange != null
                    ? oldExchange.getMessage().getBody(Map.class) : new LinkedHashMap<>();
            if (newExchange.getMessage().getBody() instanceof LeadershipReconcile.Listed l) {
                map.put(newExchange.getVariable("vendor", String.class), l);
            }
            target.getMessage().setBody(map);
            return target;
        }
    }
}
