package io.callcontrol.camel.ucdialogs;

import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Camel context whose uc-dialogs component points at the simulator with alice's bearer token. */
abstract class UcDialogsTestSupport extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<UcDialogsSimulator> pbx = new SimulatorExtension<>(UcDialogsSimulator::new);

    static final String USER = "/rest/v1/user/sip/calls";
    static final String DOMAIN = "/rest/v1/uc/calls";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        UcDialogsComponent component = new UcDialogsComponent();
        component.getConfiguration().setBaseUrl(pbx.get().baseUrl());
        component.getConfiguration().setAccessToken(UcDialogsSimulator.ALICE.token());
        component.getConfiguration().setRequestTimeout(5000);
        context.addComponent("uc-dialogs", component);
        return context;
    }

    /** Sends to the endpoint with the given headers and body; returns the exchange (exception included). */
    Exchange call(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    static Map<String, Object> json(RecordedRequest r) throws Exception {
        return io.callcontrol.core.json.Json.MAPPER.readValue(r.bodyAsString(), new TypeReference<Map<String, Object>>() { });
    }
}
