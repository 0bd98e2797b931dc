package io.callcontrol.examples.broadworks;

import io.callcontrol.camel.broadworks.BroadworksComponent;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code broadworks} component (BroadWorks call service through APIO), for the user the properties name -- in
 * the embedded profile at the simulator running in this JVM.
 */
@Configuration(proxyBeanMethods = false)
public class BroadworksConfig {

    @Bean("broadworks")
    BroadworksComponent broadworks(@Value("${callcontrol.broadworks.base-url}") String baseUrl,
                                   @Value("${callcontrol.broadworks.username}") String username,
                                   @Value("${callcontrol.broadworks.password}") String password,
                                   @Value("${callcontrol.broadworks.tenant-id}") String tenantId,
                                   @Value("${callcontrol.broadworks.group-id}") String groupId,
                                   @Value("${callcontrol.broadworks.user-id}") String userId,
                                   ObjectProvider<BroadworksSimulator> embedded) {
        BroadworksComponent component = new BroadworksComponent();
        BroadworksSimulator sim = embedded.getIfAvailable();
        component.getConfiguration().setBaseUrl(sim != null ? sim.baseUrl() : baseUrl);
        component.getConfiguration().setUsername(username);
        component.getConfiguration().setPassword(password);
        component.getConfiguration().setTenantId(tenantId);
        component.getConfiguration().setGroupId(groupId);
        component.getConfiguration().setUserId(userId);
        return component;
    }
}
