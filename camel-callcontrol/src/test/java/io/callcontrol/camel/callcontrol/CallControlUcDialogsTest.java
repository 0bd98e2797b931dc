package io.callcontrol.camel.callcontrol;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.callcontrol.camel.ucdialogs.UcDialogsComponent;
import io.callcontrol.core.json.Json;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.ucdialogs.SimDialog;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** Every neutral operation against the UC dialogs simulator: the custom verbs and their bodies on the wire. */
class CallControlUcDialogsTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<UcDialogsSimulator> pbx = new SimulatorExtension<>(UcDialogsSimulator::new);

    static final String BASE = "/rest/v1/user/sip/calls";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        UcDialogsComponent component = new UcDialogsComponent();
        component.getConfiguration().setBaseUrl(pbx.get().baseUrl());
        component.getConfiguration().setAccessToken(UcDialogsSimulator.ALICE.token());
        component.getConfiguration().setRequestTimeout(5000);
        context.addComponent("uc-dialogs", component);
        context.getRegistry().bind("uc", context.getEndpoint("uc-dialogs:originate?mode=number"));
        context.getRegistry().bind("ucEvents", "uc-dialogs:events");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:await").to("callcontrol:originate?pbx=#uc&awaitOutcome=true&outcomeEvents=#ucEvents"
                                        + "&outcomeTimeout=20000");
                from("callcontrol:events?pbx=#ucEvents").routeId("events").autoStartup(false).to("mock:events");
            }
        };
    }

    Exchange send(String op, Map<String, Object> headers) {
        return template.request("callcontrol:" + op + "?pbx=#uc", e -> e.getMessage().setHeaders(new HashMap<>(headers)));
    }

    /** The last calls-API request (the Token-API WebSocket of the event consumer is left out). */
    static RecordedRequest last() {
        List<RecordedRequest> all = calls();
        assertThat(all).isNotEmpty();
        return all.get(all.size() - 1);
    }

    static List<RecordedRequest> calls() {
        return pbx.get().wireLog().matching(r -> r.path().startsWith(BASE));
    }

    static Map<String, Object> json(RecordedRequest r) {
        return Json.read(r.body(), new TypeReference<Map<String, Object>>() { });
    }

    @Test
    void originatePostsFromAndTo() {
        Exchange ex = send("originate", Map.of(CallControlConstants.CALLER, "11", CallControlConstants.CALLEE, "12"));
        assertThat(ex.getException()).isNull();
        RecordedRequest r = last();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo(BASE);
        assertThat(json(r)).containsEntry("mode", "number").containsEntry("from", "11").containsEntry("to", "12");
        CallControlResult res = ex.getMessage().getBody(CallControlResult.class);
        assertThat(res.callId()).startsWith("rDlg-");
        assertThat(res.vendorCallId()).startsWith("rIV-");
        assertThat(res.trackingId()).isNotBlank();
        assertThat(pbx.get().dialog(res.callId())).isNotNull();
    }

    @Test
    void dialogOperationsOnTheWire() {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        String id = d.dialogid();
        Map<String, Object> call = Map.of(CallControlConstants.CALL_ID, id);

        assertThat(send("hold", call).getException()).isNull();
        assertThat(last().method()).isEqualTo("NOTIFY");
        assertThat(last().path()).isEqualTo(BASE + "/" + id);
        assertThat(json(last())).containsEntry("event", "hold").containsEntry("side", "a");
        assertThat(send("unhold", call).getException()).isNull();
        assertThat(json(last())).containsEntry("event", "talk");

        Map<String, Object> dtmf = new HashMap<>(call);
        dtmf.put(CallControlConstants.DIGITS, "12#");
        dtmf.put(CallControlConstants.PARTY, "b");
        assertThat(send("send_dtmf", dtmf).getException()).isNull();
        assertThat(last().method()).isEqualTo("SEND_DTMF");
        assertThat(json(last())).containsEntry("dtmf", "12#").containsEntry("side", "b");

        assertThat(send("start_recording", call).getException()).isNull();
        assertThat(last().method()).isEqualTo("SETUP_RECORD");
        assertThat(json(last())).containsEntry("command", "start").containsEntry("layer", "callcontrol");
        assertThat(pbx.get().dialog(id).recordLayers()).containsExactly("callcontrol");
        assertThat(send("stop_recording", call).getException()).isNull();
        assertThat(json(last())).containsEntry("command", "stop").containsEntry("layer", "callcontrol");
        assertThat(pbx.get().dialog(id).recordLayers()).isEmpty();

        Exchange list = send("list_calls", Map.of());
        assertThat(list.getException()).isNull();
        assertThat(last().method()).isEqualTo("GET");
        assertThat(list.getMessage().getBody(CallControlResult.class).calls()).singleElement().satisfies(c -> {
            assertThat(c.callId()).isEqualTo(id);
            assertThat(c.trackingId()).isEqualTo(d.acallid());
        });

        assertThat(send("hangup", call).getException()).isNull();
        assertThat(last().method()).isEqualTo("DELETE");
        assertThat(last().path()).isEqualTo(BASE + "/" + id);
        assertThat(pbx.get().dialog(id).status()).isEqualTo(SimDialog.Status.TERMINATED);
    }

    @Test
    void transfers() {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        Exchange ex = send("blind_transfer", Map.of(CallControlConstants.CALL_ID, d.dialogid(),
                CallControlConstants.PARTY, "sip3", CallControlConstants.TARGET, "14"));
        assertThat(ex.getException()).isNull();
        assertThat(last().method()).isEqualTo("REFER");
        assertThat(json(last())).containsEntry("by", "sip3").containsEntry("referto", "14");

        SimDialog master = pbx.get().addActiveDialog("sip3", "sip2");
        SimDialog slave = pbx.get().addActiveDialog("sip3", "16");
        ex = send("attended_transfer", Map.of(CallControlConstants.CALL_ID, master.dialogid(),
                CallControlConstants.OTHER_CALL_ID, slave.dialogid(), CallControlConstants.PARTY, "sip3"));
        assertThat(ex.getException()).isNull();
        assertThat(last().method()).isEqualTo("REFERREPLACES");
        assertThat(last().path()).isEqualTo(BASE + "/" + master.dialogid());
        assertThat(json(last())).containsEntry("masterby", "sip3").containsEntry("slaveby", "sip3")
                .containsEntry("slavedialogid", slave.dialogid());
    }

    @Test
    void missingFieldsAreNamedBeforeSending() {
        int before = calls().size();
        Exchange ex = send("blind_transfer", Map.of(CallControlConstants.CALL_ID, "rDlg-1"));
        assertThat(ex.getException()).isInstanceOfSatisfying(io.callcontrol.core.error.CallControlValidationException.class,
                e -> assertThat(e.getParameters()).containsExactly("party", "target"));
        assertThat(calls()).hasSize(before);
    }

    @Test
    void awaitOutcomeAnsweredFromTheTokenApiEvents() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pbx.get().openWebSockets() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // the subscription frame follows the upgrade
        CompletableFuture<Exchange> f = template.asyncSend("direct:await", e -> e.getMessage().setHeaders(new HashMap<>(Map.of(
                CallControlConstants.CALLER, "11", CallControlConstants.CALLEE, "12"))));
        pbx.get().wireLog().await(r -> "POST".equals(r.method()) && BASE.equals(r.path()), Duration.ofSeconds(10));
        while (!f.isDone() && System.nanoTime() < deadline + TimeUnit.SECONDS.toNanos(10)) {
            pbx.get().clock().advance(Duration.ofSeconds(3));
            Thread.sleep(50);
        }
        Exchange ex = f.get(20, TimeUnit.SECONDS);
        assertThat(ex.getException()).isNull();
        CallControlResult r = ex.getMessage().getBody(CallControlResult.class);
        assertThat(r.outcome()).isEqualTo(CallOutcome.ANSWERED);
        assertThat(pbx.get().dialog(r.callId()).status()).isEqualTo(SimDialog.Status.ACTIVE);
    }

    @Test
    void eventsConsumerRoutesNormalizedEvents() throws Exception {
        context.getRouteController().startRoute("events");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pbx.get().openWebSockets() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
        var mock = getMockEndpoint("mock:events");
        mock.expectedMinimumMessageCount(1);
        pbx.get().addActiveDialog("sip3", "sip2");
        mock.assertIsSatisfied(10000);
        Exchange e = mock.getReceivedExchanges().get(0);
        assertThat(e.getMessage().getBody()).isInstanceOf(io.callcontrol.core.event.CallEvent.class);
        assertThat(e.getMessage().getBody(io.callcontrol.core.event.CallEvent.class).vendor()).isEqualTo("uc-dialogs");
        assertThat(e.getMessage().getHeader(CallControlConstants.CALL_ID)).isNotNull();
        assertThat(List.of("uc-dialogs")).contains(e.getMessage().getHeader(CallControlConstants.VENDOR, String.class));
    }
}
