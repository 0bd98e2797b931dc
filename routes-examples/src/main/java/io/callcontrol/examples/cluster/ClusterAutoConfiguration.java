package io.callcontrol.examples.cluster;

import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.support.PropertyBindingSupport;
import org.apache.camel.util.StringHelper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The cluster service behind the {@code master:} routes (one leadership, {@code callcontrol.cluster.namespace}, for
 * every event consumer), chosen by {@code callcontrol.cluster.service}:
 * <ul>
 * <li>{@code single-node} (default): this instance runs alone and leads ({@link SingleNodeClusterService});</li>
 * <li>{@code zookeeper} (the {@code cluster} profile): camel-zookeeper's cluster service, a Curator leader election
 * under {@code callcontrol.cluster.zookeeper.base-path} on the ensemble {@code callcontrol.cluster.zookeeper.nodes};</li>
 * <li>{@code kubernetes}: camel-kubernetes' cluster service (Lease objects); add {@code org.apache.camel:camel-kubernetes}
 * to the application (Maven profile {@code kubernetes}); every {@code callcontrol.cluster.kubernetes.<property>} is set
 * on it (e.g. {@code kubernetes-namespace}, {@code pod-name}, {@code lease-duration-millis}).</li>
 * </ul>
 * camel-spring-boot 4.14.0 has no starter for camel-zookeeper or camel-kubernetes, hence this configuration. A
 * {@link CamelClusterService} bean of the application's own replaces it (it is an auto-configuration, registered in
 * {@code META-INF/spring/...AutoConfiguration.imports}, so it is decided after the application's beans). Camel's file
 * cluster service is not used: in 4.14.0 it could deadlock the startup of {@code master:} routes.
 */
@AutoConfiguration(beforeName = "org.apache.camel.spring.boot.CamelAutoConfiguration")
public class ClusterAutoConfiguration {

    static final String KUBERNETES_CLUSTER_SERVICE = "org.apache.camel.component.kubernetes.cluster.KubernetesClusterService";

    @Bean(name = "single-node-cluster-service")
    @ConditionalOnMissingBean(CamelClusterService.class)
    @ConditionalOnProperty(name = "callcontrol.cluster.service", havingValue = "single-node", matchIfMissing = true)
    CamelClusterService singleNodeClusterService(@Value("${callcontrol.cluster.member-id}") String memberId) {
        return new SingleNodeClusterService(memberId);
    }

    @Bean(name = "zookeeper-cluster-service")
    @ConditionalOnMissingBean(CamelClusterService.class)
    @ConditionalOnProperty(name = "callcontrol.cluster.service", havingValue = "zookeeper")
    CamelClusterService zookeeperClusterService(@Value("${callcontrol.cluster.member-id}") String memberId,
                                                @Value("${callcontrol.cluster.zookeeper.nodes}") String nodes,
                                                @Value("${callcontrol.cluster.zookeeper.base-path}") String basePath,
                                                @Value("${callcontrol.cluster.zookeeper.session-timeout}") long sessionTimeout,
                                                @Value("${callcontrol.cluster.zookeeper.connection-timeout}") long connectionTimeout) {
        ZooKeeperClusterService service = new ZooKeeperClusterService();
        service.setId(memberId);
        service.setNodes(nodes);
        service.setBasePath(basePath);
        // how long a dead leader keeps the leadership: ZooKeeper ends its session after this
        service.setSessionTimeout(sessionTimeout);
        service.setConnectionTimeout(connectionTimeout);
        return service;
    }

    @Bean(name = "kubernetes-cluster-service")
    @ConditionalOnMissingBean(CamelClusterService.class)
    @ConditionalOnProperty(name = "callcontrol.cluster.service", havingValue = "kubernetes")
    CamelClusterService kubernetesClusterService(@Value("${callcontrol.cluster.member-id}") String memberId,
                                                 Environment environment, CamelContext camelContext) {
        CamelClusterService service;
        try {
            service = (CamelClusterService) Class.forName(KUBERNETES_CLUSTER_SERVICE).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("callcontrol.cluster.service=kubernetes needs org.apache.camel:camel-kubernetes"
                                            + " on the class path (build with -Pkubernetes)", e);
        }
        service.setId(memberId);
        Map<String, Object> options = Binder.get(environment)
                .bind("callcontrol.cluster.kubernetes", Bindable.mapOf(String.class, Object.class)).orElse(Map.of());
        try {
            PropertyBindingSupport.build().withCamelContext(camelContext).withTarget(service)
                    .withProperties(camelCase(options)).withMandatory(true).withRemoveParameters(false).bind();
        } catch (RuntimeException e) {
            throw new RuntimeCamelException("Invalid callcontrol.cluster.kubernetes.* property: " + e.getMessage(), e);
        }
        return service;
    }

    /** {@code lease-duration-millis} -> {@code leaseDurationMillis}: Spring's relaxed names to the bean's. */
    private static Map<String, Object> camelCase(Map<String, Object> options) {
        Map<String, Object> result = new HashMap<>();
        options.forEach((key, value) -> result.put(StringHelper.dashToCamelCase(key), value));
        return result;
    }
}
