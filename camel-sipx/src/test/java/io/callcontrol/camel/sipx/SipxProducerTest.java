package io.callcontrol.camel.sipx;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.sipx.api.SipxCallResult;
import io.callcontrol.camel.sipx.api.SipxCallStatus;
import io.callcontrol.camel.sipx.api.SipxDialogState;
import io.callcontrol.camel.sipx.api.SipxRequest;
import io.callcontrol.camel.sipx.api.SipxStatusLine;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.sipx.SipxSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class SipxProducerTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<SipxSimulator> pbx = new SimulatorExtension<>(SipxSimulator::new);

    SipxSimulator sim() {
        return pbx.get();
    }

    /** Port form (6666) with Basic. */
    String basic(String op, String user, String pin, String extra) {
        return "sipx:" + op + "?baseUrl=" + sim().baseUrl() + "&authMethod=basic&username=" + user + "&password=" + pin
                + "&callingUser=user1&calledUser=user2" + (extra == null ? "" : "&" + extra);
    }

    /** sipxconfig redirector with Digest. */
    String redirect(String op, String user, String pin, String extra) {
        return "sipx:" + op + "?baseUrl=" + sim().baseUrl() + "/sipxconfig/rest/my/redirect&username=" + user
                + "&password=" + pin + "&callingUser=user1&calledUser=user2" + (extra == null ? "" : "&" + extra);
    }

    Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, ex -> {
            ex.getMessage().setBody(body);
            headers.forEach(ex.getMessage()::setHeader);
        });
    }

    Exchange ok(String uri, Object body, Map<String, Object> headers) {
        Exchange ex = send(uri, body, headers);
        assertThat(ex.getException()).as("exception of " + uri).isNull();
        return ex;
    }

    static String basicHeader(String user, String pin) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + pin).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void referCallWithBasicAuthThenStatusLines() {
        Exchange ex = ok(basic("call", "user1", "123", "timeout=30"), null, Map.of());
        RecordedRequest r = sim().wireLog().last();
        assertThat(sim().wireLog().size()).as("Basic is preemptive").isEqualTo(1);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo("/callcontroller/user1/user2");
        assertThat(r.query()).containsOnlyKeys("timeout");
        assertThat(r.queryParam("timeout")).isEqualTo("30");
        assertThat(r.header("Authorization")).isEqualTo(basicHeader("user1", "123"));
        assertThat(ex.getMessage().getHeader(SipxConstants.HTTP_STATUS)).isEqualTo(200);
        assertThat(ex.getMessage().getBody(SipxCallResult.class)).satisfies(c -> {
            assertThat(c.callingUser()).isEqualTo("user1");
            assertThat(c.calledUser()).isEqualTo("user2");
            assertThat(c.agent()).isEqualTo("user1");
        });

        sim().clock().advance(Duration.ofSeconds(3));
        Exchange st = ok(basic("status", "user1", "123", null), null, Map.of());
        RecordedRequest g = sim().wireLog().last();
        assertThat(g.method()).isEqualTo("GET");
        assertThat(g.path()).isEqualTo("/callcontroller/user1/user2");
        SipxCallStatus status = st.getMessage().getBody(SipxCallStatus.class);
        assertThat(status.kind()).isEqualTo(SipxCallStatus.Kind.STATUS_LINES);
        assertThat(status.dialogs()).isEmpty();
        assertThat(status.statusLines()).extracting(SipxStatusLine::statusLine)
                .containsExactly("SIP/2.0 100 Trying", "SIP/2.0 180 Ringing", "SIP/2.0 200 OK");
        assertThat(status.statusLines()).extracting(SipxStatusLine::statusCode).containsExactly(100, 180, 200);
        SipxStatusLine ringing = status.statusLines().get(1);
        assertThat(ringing.method()).isEqualTo("INVITE");
        assertThat(ringing.callId()).endsWith("@" + SipxSimulator.DOMAIN);
        assertThat(ringing.reasonPhrase()).isEqualTo("Ringing");
        assertThat(ringing.time()).isEqualTo(sim().clock().now().minusSeconds(2));
        assertThat(status.xml()).contains("<status-lines");
    }

    @Test
    void everyCallParameterReachesTheQuery() {
        ok(basic("call", "user3", "789", "sipMethod=INVITE&timeout=20&agent=user3&subject=Sales call"
                + "&forwardingAllowed=true&resultCacheTime=60"), null, Map.of());
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.queryParam("sipMethod")).isEqualTo("INVITE");
        assertThat(r.queryParam("timeout")).isEqualTo("20");
        assertThat(r.queryParam("agent")).isEqualTo("user3");
        assertThat(r.queryParam("subject")).isEqualTo("Sales call");
        assertThat(r.queryParam("isForwardingAllowed")).isEqualTo("true");
        assertThat(r.queryParam("resultCacheTime")).isEqualTo("60");
        assertThat(r.queryParam("action")).isNull();
        assertThat(sim().cachedCalls()).containsExactly("user3:user1:user2");

        // the status of an agent's call is read with the agent
        Exchange st = ok(basic("status", "user3", "789", "agent=user3"), null, Map.of());
        assertThat(sim().wireLog().last().queryParam("agent")).isEqualTo("user3");
        assertThat(st.getMessage().getBody(SipxCallStatus.class).kind()).isEqualTo(SipxCallStatus.Kind.DIALOGS);
    }

    @Test
    void digestThroughTheRedirectorInviteDialogsAndTransfer() {
        ok(redirect("call", "user1", "123", "sipMethod=INVITE"), null, Map.of());
        List<RecordedRequest> wire = sim().wireLog().all();
        assertThat(wire).hasSize(2);
        assertThat(wire.get(0).header("Authorization")).isNull();
        String digest = wire.get(1).header("Authorization");
        assertThat(digest).startsWith("Digest ").contains("username=\"user1\"", "realm=\"" + SipxSimulator.REALM + "\"",
                "uri=\"/sipxconfig/rest/my/redirect/callcontroller/user1/user2?sipMethod=INVITE\"", "qop=auth",
                "nc=00000001", "response=\"");
        assertThat(wire.get(1).path()).isEqualTo(SipxSimulator.REDIRECT_PREFIX + "user1/user2");

        sim().clock().advance(Duration.ofSeconds(3));
        SipxCallStatus status = ok(redirect("status", "user1", "123", null), null, Map.of()).getMessage()
                .getBody(SipxCallStatus.class);
        assertThat(status.kind()).isEqualTo(SipxCallStatus.Kind.DIALOGS);
        assertThat(status.dialogs()).hasSize(2).allSatisfy(d -> {
            assertThat(d.state()).isEqualTo(SipxDialogState.CONFIRMED);
            assertThat(d.dialogState()).isEqualTo("Confirmed Dialog");
            assertThat(d.localParty()).startsWith("sip:");
        });
        assertThat(status.dialogs().get(1).remoteParty()).isEqualTo("sip:user2@" + SipxSimulator.DOMAIN);

        ok(redirect("transfer", "user1", "123", null), null, Map.of(SipxConstants.TARGET, "user4"));
        RecordedRequest t = sim().wireLog().last();
        assertThat(t.method()).isEqualTo("POST");
        assertThat(t.queryParam("action")).isEqualTo("transfer");
        assertThat(t.queryParam("target")).isEqualTo("user4");
        sim().clock().advance(Duration.ofSeconds(2));
        SipxCallStatus after = ok(redirect("status", "user1", "123", null), null, Map.of()).getMessage()
                .getBody(SipxCallStatus.class);
        assertThat(after.dialogs()).anySatisfy(d -> {
            assertThat(d.remoteParty()).isEqualTo("sip:user4@" + SipxSimulator.DOMAIN);
            assertThat(d.state()).isEqualTo(SipxDialogState.CONFIRMED);
        });
        assertThat(after.dialogs()).anySatisfy(d -> assertThat(d.state()).isEqualTo(SipxDialogState.TERMINATED));
    }

    @Test
    void digestOnThePortForm() {
        sim().directAuth(SipxSimulator.AuthMode.DIGEST);
        ok("sipx:call?baseUrl=" + sim().baseUrl() + "&username=user1&password=123&callingUser=user1&calledUser=user2",
                null, Map.of());
        assertThat(sim().wireLog().last().header("Authorization")).startsWith("Digest ");
        Exchange wrong = send("sipx:status?baseUrl=" + sim().baseUrl()
                + "&username=user1&password=999&callingUser=user1&calledUser=user2", null, Map.of());
        assertThat(wrong.getException()).isInstanceOfSatisfying(SipxException.Unauthorized.class,
                e -> assertThat(e.getHttpStatus()).isEqualTo(401));
    }

    @Test
    void callInProgressAndCallNotFoundAre406With403InTheBody() {
        ok(basic("call", "user1", "123", null), null, Map.of());
        Exchange again = send(basic("call", "user1", "123", null), null, Map.of());
        assertThat(again.getException()).isInstanceOfSatisfying(SipxException.CallInProgress.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(406);
            assertThat(e.getErrorCode()).isEqualTo("403");
            assertThat(e.getErrorMessage()).isEqualTo("call in progress");
            assertThat(e.getRawBody()).contains("<processing-status>");
        });
        Exchange unknown = send(basic("status", "user1", "123", null), null, Map.of(SipxConstants.CALLED_USER, "user4"));
        assertThat(sim().wireLog().last().path()).isEqualTo("/callcontroller/user1/user4");
        assertThat(unknown.getException()).isInstanceOfSatisfying(SipxException.CallNotFound.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(406);
            assertThat(e.getErrorCode()).isEqualTo("403");
            assertThat(e.getErrorMessage()).isEqualTo("call not found");
        });
        // transfer needs a call started with INVITE
        Exchange transfer = send(basic("transfer", "user1", "123", "target=user4"), null, Map.of());
        assertThat(transfer.getException()).isInstanceOf(SipxException.CallNotFound.class);
    }

    @Test
    void agentAndCredentialErrors() {
        Exchange notAgent = send(basic("call", "user3", "789", null), null, Map.of());
        assertThat(notAgent.getException()).isInstanceOfSatisfying(SipxException.Forbidden.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(403);
            assertThat(e.getErrorCode()).isEqualTo("403");
            assertThat(e.getErrorMessage()).contains("user1");
        });
        Exchange badPin = send(basic("call", "user1", "000", null), null, Map.of());
        assertThat(badPin.getException()).isInstanceOf(SipxException.Unauthorized.class);
        Exchange redirector = send(redirect("call", "user3", "789", null), null, Map.of());
        assertThat(redirector.getException()).as("redirector: neither agent nor caller")
                .isInstanceOf(SipxException.Unauthorized.class);
        assertThat(ok(redirect("call", "user3", "789", null), null, Map.of(SipxConstants.AGENT, "user3"))
                .getMessage().getBody(SipxCallResult.class).agent()).isEqualTo("user3");
    }

    @Test
    void serverExceptionIs500WithPlainText() {
        sim().failNext("java.lang.IllegalStateException: SIP stack not ready");
        Exchange ex = send(basic("call", "user1", "123", null), null, Map.of());
        assertThat(ex.getException()).isInstanceOfSatisfying(SipxException.ServerError.class, e -> {
            assertThat(e.getHttpStatus()).isEqualTo(500);
            assertThat(e.getErrorCode()).isEqualTo("500");
            assertThat(e.getErrorMessage()).isEqualTo("java.lang.IllegalStateException: SIP stack not ready");
        });
    }

    @Test
    void trustedDomainNeedsNoPassword() {
        ok(basic("call", "user3", "789", "agent=user3"), null, Map.of());
        sim().trustedClients(true);
        Exchange st = ok("sipx:status?baseUrl=" + sim().baseUrl() + "&authMethod=none&callingUser=user1&calledUser=user2"
                + "&agent=user3", null, Map.of());
        assertThat(sim().wireLog().last().header("Authorization")).isNull();
        assertThat(st.getMessage().getBody(SipxCallStatus.class).statusLines()).isNotEmpty();
    }

    @Test
    void bodyCarriesTheRequestAndHeadersWin() {
        ok(basic("call", "user1", "123", null),
                new SipxRequest(null, "user4", null, "INVITE", 15, "Hi", null, null, null),
                Map.of(SipxConstants.TIMEOUT, 25));
        RecordedRequest r = sim().wireLog().last();
        assertThat(r.path()).isEqualTo("/callcontroller/user1/user4");
        assertThat(r.queryParam("sipMethod")).isEqualTo("INVITE");
        assertThat(r.queryParam("timeout")).isEqualTo("25");
        assertThat(r.queryParam("subject")).isEqualTo("Hi");
        ok(basic("call", "user1", "123", null), Map.of("calledUser", "user3", "sipMethod", "refer"), Map.of());
        assertThat(sim().wireLog().last().path()).isEqualTo("/callcontroller/user1/user3");
        assertThat(sim().wireLog().last().queryParam("sipMethod")).isEqualTo("REFER");
    }

    @Test
    void invalidInputIsRejectedBeforeSending() {
        String noParties = "sipx:call?baseUrl=" + sim().baseUrl() + "&authMethod=basic&username=user1&password=123";
        assertThat(send(noParties, null, Map.of()).getException())
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("callingUser", "calledUser"));
        assertThat(send(basic("call", "user1", "123", null), null, Map.of(SipxConstants.TIMEOUT, -5)).getException())
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("timeout"));
        assertThat(send(basic("call", "user1", "123", "resultCacheTime=-1"), null, Map.of()).getException())
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("resultCacheTime"));
        assertThat(send(basic("call", "user1", "123", null), null, Map.of(SipxConstants.RESULT_CACHE_TIME, "soon"))
                .getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("resultCacheTime"));
        assertThat(send(basic("call", "user1", "123", "sipMethod=OPTIONS"), null, Map.of()).getException())
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("sipMethod"));
        assertThat(send(basic("transfer", "user1", "123", null), null, Map.of()).getException())
                .isInstanceOfSatisfying(CallControlValidationException.class,
                        e -> assertThat(e.getParameters()).containsExactly("target"));
        assertThat(send(basic("call", "user1", "123", null), null, Map.of(SipxConstants.OPERATION, "hangup"))
                .getException()).isInstanceOf(CallControlValidationException.class);
        assertThat(sim().wireLog().all()).isEmpty();
    }
}
