package io.callcontrol.examples.portasip;

import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code portasip} component (PortaSIP Call Control over its WebSocket), pointed at the PBX the properties
 * name -- or, in the embedded profile, at the simulator running in this JVM.
 */
@Configuration(proxyBeanMethods = false)
public class PortasipConfig {

    @Bean("portasip")
    PortasipComponent portasip(@Value("${callcontrol.portasip.web-socket-url}") String webSocketUrl,
                               @Value("${callcontrol.portasip.login}") String login,
                               @Value("${callcontrol.portasip.password}") String password,
                               ObjectProvider<PortasipSimulator> embedded) {
        PortasipComponent component = new PortasipComponent();
        PortasipSimulator sim = embedded.getIfAvailable();
        component.getConfiguration().setWebSocketUrl(
                sim != null ? sim.baseUrl().replaceFirst("^http", "ws") + "/ws" : webSocketUrl);
        component.getConfiguration().setLogin(login);
        component.getConfiguration().setPassword(password);
        return component;
    }
}
