package io.callcontrol.examples.ucdialogs;

import io.callcontrol.camel.ucdialogs.UcDialogsComponent;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code uc-dialogs} component (UC dialogs REST API and its Token-API events), for the user whose token the
 * properties hold -- in the embedded profile at the simulator running in this JVM.
 */
@Configuration(proxyBeanMethods = false)
public class UcDialogsConfig {

    @Bean("uc-dialogs")
    UcDialogsComponent ucDialogs(@Value("${callcontrol.uc-dialogs.base-url}") String baseUrl,
                                 @Value("${callcontrol.uc-dialogs.access-token}") String accessToken,
                                 ObjectProvider<UcDialogsSimulator> embedded) {
        UcDialogsComponent component = new UcDialogsComponent();
        UcDialogsSimulator sim = embedded.getIfAvailable();
        component.getConfiguration().setBaseUrl(sim != null ? sim.baseUrl() : baseUrl);
        component.getConfiguration().setAccessToken(accessToken);
        return component;
    }
}
