package io.callcontrol.examples.portsip;

import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code portsip} component, pointed at the PBX the properties name -- or, in the embedded profile, at the
 * simulator running in this JVM (whatever port it got).
 */
@Configuration(proxyBeanMethods = false)
public class PortsipConfig {

    @Bean("portsip")
    PortsipComponent portsip(@Value("${callcontrol.portsip.base-url}") String baseUrl,
                             @Value("${callcontrol.portsip.username}") String username,
                             @Value("${callcontrol.portsip.password}") String password,
                             @Value("${callcontrol.portsip.login-domain:}") String loginDomain,
                             ObjectProvider<PortsipSimulator> embedded) {
        PortsipComponent component = new PortsipComponent();
        PortsipSimulator sim = embedded.getIfAvailable();
        component.getConfiguration().setBaseUrl(sim != null ? sim.baseUrl() + "/api" : baseUrl);
        component.getConfiguration().setUsername(username);
        component.getConfiguration().setPassword(password);
        if (!loginDomain.isBlank()) {
            component.getConfiguration().setLoginDomain(loginDomain);
        }
        return component;
    }
}
