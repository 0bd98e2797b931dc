package io.callcontrol.examples.sipx;

import io.callcontrol.camel.sipx.SipxAuthMethod;
import io.callcontrol.camel.sipx.SipxComponent;
import io.callcontrol.sim.sipx.SipxSimulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code sipx} component (sipX call controller REST API), for the user the properties name -- in the embedded
 * profile at the simulator running in this JVM.
 */
@Configuration(proxyBeanMethods = false)
public class SipxConfig {

    @Bean("sipx")
    SipxComponent sipx(@Value("${callcontrol.sipx.base-url}") String baseUrl,
                       @Value("${callcontrol.sipx.auth-method}") String authMethod,
                       @Value("${callcontrol.sipx.username}") String username,
                       @Value("${callcontrol.sipx.password}") String password,
                       ObjectProvider<SipxSimulator> embedded) {
        SipxComponent component = new SipxComponent();
        SipxSimulator sim = embedded.getIfAvailable();
        component.getConfiguration().setBaseUrl(sim != null ? sim.baseUrl() : baseUrl);
        component.getConfiguration().setAuthMethod(SipxAuthMethod.valueOf(authMethod.toLowerCase()));
        component.getConfiguration().setUsername(username);
        component.getConfiguration().setPassword(password);
        return component;
    }
}
