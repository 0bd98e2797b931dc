package io.callcontrol.camel.portsip;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portsip.PortsipSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A Camel context whose {@code portsip} component points at a fresh PortSIP simulator (admin login). */
abstract class PortsipTestSupport extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortsipSimulator> pbx = new SimulatorExtension<>(PortsipSimulator::new);

    static final String LOGIN = "/api/login/oauth/token";
    static final String SESSIONS = "/api/sessions";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortsipComponent component = new PortsipComponent();
        PortsipConfiguration c = component.getConfiguration();
        c.setBaseUrl(pbx.get().baseUrl() + "/api");
        c.setUsername(PortsipSimulator.ADMIN_USER);
        c.setPassword(PortsipSimulator.ADMIN_PASSWORD);
        context.addComponent("portsip", component);
        return context;
    }

    static PortsipSimulator sim() {
        return pbx.get();
    }

    /** The requests that reached the simulator, login and revoke excluded. */
    static List<RecordedRequest> apiRequests() {
        return sim().wireLog().matching(r -> !r.path().startsWith("/api/login/"));
    }

    static List<RecordedRequest> logins() {
        return sim().wireLog().find("POST", LOGIN);
    }

    static Map<String, Object> jsonBody(RecordedRequest r) {
        return Json.read(r.body(), new TypeReference<Map<String, Object>>() {
        });
    }

    static Map<String, String> formBody(RecordedRequest r) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : r.bodyAsString().split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return form;
    }

    /** The access token the simulator issued in its latest successful login answer. */
    static String bearerOf(RecordedRequest r) {
        String h = r.header("Authorization");
        return h != null && h.startsWith("Bearer ") ? h.substring(7) : null;
    }

    /** Starts a call 1001 -> callee through the API and lets it connect on the simulator's clock. */
    String connectedCall(String callee) {
        org.apache.camel.Exchange ex = template.request("portsip:initiate", e -> e.getMessage().setHeaders(new java.util.HashMap<>(
                Map.of(PortsipConstants.CALLER, "1001", PortsipConstants.CALLEE, callee, PortsipConstants.SEND_SDP, true))));
        if (ex.getException() != null) {
            throw new AssertionError("initiate failed", ex.getException());
        }
        sim().clock().advance(java.time.Duration.ofSeconds(10));
        return ex.getMessage().getHeader(PortsipConstants.SESSION_ID, String.class);
    }
}
