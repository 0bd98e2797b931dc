package io.callcontrol.examples.cluster;

import org.apache.camel.cluster.CamelClusterService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health}'s {@code cluster} component: which cluster service this instance uses, its member id and
 * whether it leads the event routes' namespace (the leader runs the {@code master:} consumers; the others stand by).
 * Always UP: standing by is healthy. A load balancer that must reach the leader (e.g. PortSIP's webhooks) can route
 * by {@code leader}.
 */
@Component("cluster")
public class ClusterHealthIndicator implements HealthIndicator {

    private final CamelClusterService service;
    private final String namespace;

    public ClusterHealthIndicator(CamelClusterService service,
                                  @Value("${callcontrol.cluster.namespace}") String namespace) {
        this.service = service;
        this.namespace = namespace;
    }

    @Override
    public Health health() {
        return Health.up().withDetail("service", service.getClass().getSimpleName())
                .withDetail("memberId", service.getId())
                .withDetail("namespace", namespace)
                .withDetail("leader", service.isLeader(namespace))
                .build();
    }
}
