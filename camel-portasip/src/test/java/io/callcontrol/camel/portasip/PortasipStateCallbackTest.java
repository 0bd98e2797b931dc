package io.callcontrol.camel.portasip;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portasip.api.OriginateAdvancedCallResponse;
import io.callcontrol.camel.portasip.api.SipCallInfo;
import io.callcontrol.camel.portasip.api.SipCallState;
import io.callcontrol.core.event.CallEventHeaders;
import io.callcontrol.core.event.CallState;
import io.callcontrol.core.error.CallControlValidationException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortasipStateCallbackTest extends PortasipTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:state_callback?callbackId=crm&webhookPort=0&webhookHost=127.0.0.1&webhookAuth=NONE")
                        .routeId("crm").to("mock:crm");
                from("portasip:state_callback?callbackId=secure&webhookPort=0&webhookHost=127.0.0.1"
                        + "&webhookAuth=BEARER&webhookToken=s3cret&webhookMaxBodySize=2048"
                        + "&publicBaseUrl=https://hooks.example.com/base/")
                        .routeId("secure").to("mock:secure");
            }
        };
    }

    private String url(String callbackId) {
        return component().stateCallbackUrl(callbackId);
    }

    @Test
    void originateWithCallbackConsumerDeliversTheSelectedStates() throws Exception {
        MockEndpoint crm = getMockEndpoint("mock:crm");
        OriginateAdvancedCallResponse r = template.requestBodyAndHeaders(
                "portasip:originate_advanced_call?billId=123007&stateCallbackEndpoint=crm&stateCallbackEvents=trying,terminated",
                null, Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, "123003"),
                OriginateAdvancedCallResponse.class);
        assertThat(lastWire("originate_advanced_call").path("params").path("state_callback").asText())
                .isEqualTo(url("crm")).startsWith("http://127.0.0.1:").endsWith("/portasip/state-callback/crm");
        advance(Duration.ofSeconds(10));
        await("trying of both legs", () -> crm.getReceivedCounter() == 2);
        template.requestBodyAndHeaders("portasip:terminate_call", null,
                Map.of(PortasipConstants.CALL_ID, r.call().id()));
        advance(Duration.ZERO);
        await("terminated of both legs", () -> crm.getReceivedCounter() == 4);
        List<SipCallInfo> infos = crm.getReceivedExchanges().stream().map(e -> e.getMessage().getBody(SipCallInfo.class)).toList();
        assertThat(infos).extracting(SipCallInfo::state).containsExactly(SipCallState.TRYING, SipCallState.TRYING,
                SipCallState.TERMINATED, SipCallState.TERMINATED);
        assertThat(infos).allSatisfy(i -> assertThat(i.trackingId()).isEqualTo(r.trackingId()));
        assertThat(crm.getReceivedExchanges().get(2).getMessage().getHeader(CallEventHeaders.STATE)).isEqualTo(CallState.TERMINATED);
        assertThat(crm.getReceivedExchanges().get(0).getMessage().getHeader(PortasipConstants.NOTIFICATION_TYPE))
                .isEqualTo("state_callback");
        await("answers", () -> pbx.get().callbackStatuses().size() == 4);
        assertThat(pbx.get().callbackStatuses()).containsOnly(200);
    }

    @Test
    void aDecliningCalleeEndsWithOutcomeRejectedAndCause603() {
        pbx.get().calleeBehaviour("123005", io.callcontrol.sim.portasip.PortasipSimulator.CalleeBehaviour.REJECT);
        MockEndpoint crm = getMockEndpoint("mock:crm");
        OriginateAdvancedCallResponse r = template.requestBodyAndHeaders(
                "portasip:originate_advanced_call?billId=123007&stateCallbackEndpoint=crm",
                null, Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, "123005"),
                OriginateAdvancedCallResponse.class);
        advance(Duration.ofSeconds(15));
        await("terminated of both legs", () -> crm.getReceivedCounter() == 2);
        // leg B (incoming) declined; leg A ended because of it
        org.apache.camel.Message b = crm.getReceivedExchanges().stream().map(org.apache.camel.Exchange::getMessage)
                .filter(m -> m.getBody(SipCallInfo.class).type() == io.callcontrol.camel.portasip.api.SipCallType.INCOMING)
                .findFirst().orElseThrow();
        SipCallInfo info = b.getBody(SipCallInfo.class);
        assertThat(info.trackingId()).isEqualTo(r.trackingId());
        assertThat(info.state()).isEqualTo(SipCallState.TERMINATED);
        assertThat(info.reasonCode()).isEqualTo(603);
        assertThat(info.reason()).isEqualTo("Decline");
        assertThat(b.getHeader(CallEventHeaders.OUTCOME)).isEqualTo(io.callcontrol.core.event.CallOutcome.REJECTED);
        assertThat(b.getHeader(CallEventHeaders.CAUSE)).isEqualTo("603");
        assertThat(b.getHeader(PortasipConstants.REASON)).isEqualTo("Decline");
        assertThat(crm.getReceivedExchanges()).allSatisfy(e -> assertThat(e.getMessage().getHeader(CallEventHeaders.OUTCOME))
                .isEqualTo(io.callcontrol.core.event.CallOutcome.REJECTED));
    }

    @Test
    void defaultStateCallbackEventIsTerminated() {
        MockEndpoint crm = getMockEndpoint("mock:crm");
        OriginateAdvancedCallResponse r = template.requestBodyAndHeaders(
                "portasip:originate_advanced_call?billId=123007&stateCallbackEndpoint=crm",
                null, Map.of(PortasipConstants.CALLER_ID, "123007", PortasipConstants.CALLEE_ID, "123003"),
                OriginateAdvancedCallResponse.class);
        assertThat(lastWire("originate_advanced_call").path("params").has("state_callback_events")).isFalse();
        advance(Duration.ofSeconds(10));
        template.requestBodyAndHeaders("portasip:terminate_call", null, Map.of(PortasipConstants.CALL_ID, r.call().id()));
        advance(Duration.ZERO);
        await("terminated", () -> crm.getReceivedCounter() == 2);
        assertThat(crm.getReceivedExchanges()).allSatisfy(e ->
                assertThat(e.getMessage().getBody(SipCallInfo.class).state()).isEqualTo(SipCallState.TERMINATED));
    }

    @Test
    void unknownCallbackConsumerIsAValidationError() {
        assertThatThrownBy(() -> template.requestBodyAndHeaders(
                "portasip:originate_advanced_call?billId=1&callerId=2&calleeId=3&stateCallbackEndpoint=nobody", null, Map.of()))
                .cause().isInstanceOf(CallControlValidationException.class).hasMessageContaining("nobody");
        assertThat(wire("originate_advanced_call")).isEmpty();
    }

    @Test
    void publicBaseUrlIsWhatPortasipIsTold() {
        assertThat(url("secure")).startsWith("https://hooks.example.com/base/portasip/state-callback/secure?token=");
    }

    private int post(String target, String body, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void badInputIsRejectedAndNothingReachesTheRoute() throws Exception {
        PortasipStateCallbackConsumer consumer = (PortasipStateCallbackConsumer) context.getRoute("secure").getConsumer();
        String crmUrl = url("crm");
        String good = "{\"call\":{\"id\":\"a@b\",\"tag\":\"t\"},\"state\":\"terminated\",\"type\":\"outgoing\"}";
        assertThat(post(crmUrl, "{not json", null)).isEqualTo(400);
        assertThat(consumer.publicUrl()).endsWith("/portasip/state-callback/secure");
        String secureLocal = consumer.localUrl();
        assertThat(post(secureLocal, good, null)).isEqualTo(401);
        assertThat(post(secureLocal, good, "Bearer wrong")).isEqualTo(401);
        assertThat(post(secureLocal, "{\"pad\":\"" + "x".repeat(4096) + "\"}", "Bearer s3cret")).isEqualTo(413);
        assertThat(getMockEndpoint("mock:crm").getReceivedCounter()).isZero();
        assertThat(getMockEndpoint("mock:secure").getReceivedCounter()).isZero();
        assertThat(post(secureLocal, good, "Bearer s3cret")).isEqualTo(200);
        assertThat(getMockEndpoint("mock:secure").getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void stoppingTheConsumerClosesItsReceiver() throws Exception {
        String crmUrl = url("crm");
        context.getRouteController().stopRoute("crm");
        assertThat(url("crm")).isNull();
        assertThatThrownBy(() -> post(crmUrl, "{}", null)).isInstanceOf(java.io.IOException.class);
    }
}
