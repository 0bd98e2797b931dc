package io.callcontrol.camel.ucdialogs;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.ucdialogs.api.LookupKey;
import io.callcontrol.camel.ucdialogs.api.NotifyRequest;
import io.callcontrol.camel.ucdialogs.api.OriginateRequest;
import io.callcontrol.camel.ucdialogs.api.OriginateResult;
import io.callcontrol.camel.ucdialogs.api.SendDtmfRequest;
import io.callcontrol.camel.ucdialogs.api.TransferResult;
import io.callcontrol.camel.ucdialogs.api.UcDialog;
import io.callcontrol.camel.ucdialogs.api.UcDialogStatus;
import io.callcontrol.camel.ucdialogs.api.UcDialogsAck;
import io.callcontrol.camel.ucdialogs.api.UcResultCode;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.ucdialogs.SimDialog;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UcDialogsProducerTest extends UcDialogsTestSupport {

    @Test
    void listSendsQueryParametersAndMapsDialogs() {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        pbx.get().addActiveDialog("sip2", "16"); // bob's call: invisible to alice in user scope
        Exchange ex = call("uc-dialogs:list?offset=0&limit=10&mask=dialogid,status,legs,startts&flat=false", null, Map.of());
        assertThat(ex.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<UcDialog> dialogs = ex.getMessage().getBody(List.class);
        assertThat(dialogs).hasSize(1);
        UcDialog got = dialogs.get(0);
        assertThat(got.dialogid()).isEqualTo(d.dialogid());
        assertThat(got.statusCode()).isEqualTo(UcDialogStatus.ACTIVE);
        assertThat(got.startts()).isEqualTo(pbx.get().clock().now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(got.legA().callid()).isEqualTo(d.legA().callid());
        assertThat(got.legA().expirets()).isNull(); // "undefined"
        assertThat(got.legsB()).singleElement().satisfies(l -> assertThat(l.expirets()).isEqualTo(30000L));
        assertThat(got.acallid()).isNull(); // masked out
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo(USER);
        assertThat(r.query()).containsEntry("offset", List.of("0")).containsEntry("limit", List.of("10"))
                .containsEntry("mask", List.of("dialogid,status,legs,startts")).containsEntry("flat", List.of("false"));
        assertThat(r.header("Authorization")).isEqualTo("Bearer alice-token");
    }

    @Test
    void domainScopeSeesEveryDialogAndCountOnlyGivesANumber() {
        pbx.get().addActiveDialog("sip3", "sip2");
        pbx.get().addActiveDialog("sip2", "16");
        Exchange ex = call("uc-dialogs:list?scope=domain&countOnly=true", null, Map.of());
        assertThat(ex.getMessage().getBody()).isEqualTo(2);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.path()).isEqualTo(DOMAIN);
        assertThat(r.queryParam("countonly")).isEqualTo("true");
        // header overrides the endpoint's scope
        Exchange user = call("uc-dialogs:list?scope=domain&countOnly=true", null,
                Map.of(UcDialogsConstants.SCOPE, "user"));
        assertThat(user.getMessage().getBody()).isEqualTo(1);
        assertThat(pbx.get().wireLog().last().path()).isEqualTo(USER);
    }

    @Test
    void originateFromTypedRequestPostsTheDocumentedBody() throws Exception {
        OriginateRequest req = new OriginateRequest("number", "13", "16',,12", "100", "callmanager", 30,
                "sample_binding", 5, true);
        Exchange ex = call("uc-dialogs:originate", req, Map.of());
        assertThat(ex.getException()).isNull();
        OriginateResult res = ex.getMessage().getBody(OriginateResult.class);
        assertThat(res.result()).isEqualTo(UcResultCode.OK);
        assertThat(res.ivrcallid()).startsWith("rIV-006-");
        assertThat(res.dialogid()).startsWith("rDlg-002-");
        assertThat(res.lastResponse()).startsWith("SIP/2.0 ");
        assertThat(ex.getMessage().getHeader(UcDialogsConstants.NEW_DIALOG_ID)).isEqualTo(res.dialogid());
        assertThat(ex.getMessage().getHeader(UcDialogsConstants.RESULT)).isEqualTo("ok");
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.path()).isEqualTo(USER);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(json(r)).containsExactlyInAnyOrderEntriesOf(Map.of("mode", "number", "from", "13", "to", "16',,12",
                "callerid", "100", "callername", "callmanager", "calltimeout", 30, "binding", "sample_binding",
                "response_mode", 5, "use_intercom", true));
        pbx.get().clock().advance(Duration.ofSeconds(2));
        // the first ' starts the pre-dial, each further ' or , is a 1 s pause
        assertThat(pbx.get().dialog(res.dialogid()).dtmfSent()).containsExactly("b:predial:,,12");
    }

    @Test
    void originateFromOptionsAndHeaders() throws Exception {
        Exchange ex = call("uc-dialogs:originate?mode=number&from=11&callTimeout=20&responseMode=1", null,
                Map.of(UcDialogsConstants.TO, "17", UcDialogsConstants.RESPONSE_MODE, "3",
                        UcDialogsConstants.USE_INTERCOM, "false"));
        assertThat(ex.getException()).isNull();
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(Map.of("mode", "number",
                "from", "11", "to", "17", "calltimeout", 20, "response_mode", 3, "use_intercom", false));
    }

    @Test
    void lookupWithEachSearchKey() throws Exception {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        Map<LookupKey, String> values = Map.of(
                LookupKey.dialogid, d.dialogid(),
                LookupKey.inviteid, d.inviteid(),
                LookupKey.callid, d.legB().callid(),
                LookupKey.uri, "sip:sip2@test.rootdomain.ru",
                LookupKey.username, "sip2",
                LookupKey.sipuserid, UcDialogsSimulator.ALICE.accounts().get(1).id(),
                LookupKey.sipuserlogin, "sip3",
                LookupKey.sipuserphone, "13");
        for (LookupKey key : LookupKey.values()) {
            Exchange ex = call("uc-dialogs:lookup", null, Map.of(UcDialogsConstants.LOOKUP_KEY, key.name(),
                    UcDialogsConstants.LOOKUP_VALUE, values.get(key)));
            assertThat(ex.getException()).as(key.name()).isNull();
            assertThat(ex.getMessage().getBody(List.class)).as(key.name()).containsExactly(d.dialogid());
            RecordedRequest r = pbx.get().wireLog().last();
            assertThat(r.method()).isEqualTo("LOOKUP");
            assertThat(r.path()).isEqualTo(USER);
            assertThat(json(r)).containsExactly(Map.entry(key.name(), values.get(key)));
        }
        Exchange withDomain = call("uc-dialogs:lookup?lookupKey=username&lookupValue=sip2&lookupDomain=test.rootdomain.ru",
                null, Map.of());
        assertThat(withDomain.getMessage().getBody(List.class)).containsExactly(d.dialogid());
        assertThat(json(pbx.get().wireLog().last())).containsEntry("username", "sip2")
                .containsEntry("domain", "test.rootdomain.ru");
        // a Map body is sent as it is
        Exchange map = call("uc-dialogs:lookup", Map.of("callid", "nobody@x"), Map.of());
        assertThat(map.getMessage().getBody(List.class)).isEmpty();
        assertThat(json(pbx.get().wireLog().last())).containsExactly(Map.entry("callid", "nobody@x"));
    }

    @Test
    void getMapsTheDialogRepresentation() {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        Exchange ex = call("uc-dialogs:get", null, Map.of(UcDialogsConstants.DIALOG_ID, d.dialogid()));
        UcDialog got = ex.getMessage().getBody(UcDialog.class);
        assertThat(got.dialogid()).isEqualTo(d.dialogid());
        assertThat(got.acallid()).isEqualTo(d.acallid());
        assertThat(got.inviteid()).isEqualTo(d.inviteid());
        assertThat(got.callids()).containsExactlyInAnyOrder(d.legA().callid(), d.legB().callid());
        assertThat(got.localuri()).isEqualTo("<sip:sip3@test.rootdomain.ru>");
        assertThat(got.remoteuri()).isEqualTo("<sip:sip2@test.rootdomain.ru>");
        assertThat(got.site()).isEqualTo("SITE1");
        assertThat(got.uris()).contains("<sip:sip2@test.rootdomain.ru>");
        assertThat(got.esgdlg()).isEmpty();
        assertThat(got.opts()).isNotNull();
        assertThat(got.startts()).isInstanceOf(Instant.class);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("GET");
        assertThat(r.path()).isEqualTo(USER + "/" + d.dialogid());
    }

    @Test
    void referSendsTheCustomVerbAndMapsTheResult() throws Exception {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        Exchange ex = call("uc-dialogs:refer?responseMode=3", null, Map.of(UcDialogsConstants.DIALOG_ID, d.dialogid(),
                UcDialogsConstants.BY, "<sip:sip3@test.rootdomain.ru>", UcDialogsConstants.REFER_TO, "13",
                UcDialogsConstants.BINDING, "crm-42"));
        assertThat(ex.getException()).isNull();
        TransferResult res = ex.getMessage().getBody(TransferResult.class);
        assertThat(res.dialogid()).isEqualTo(d.dialogid());
        assertThat(res.result()).isEqualTo(UcResultCode.OK);
        assertThat(res.newDialogid()).isNotEqualTo(d.dialogid()).startsWith("rDlg-");
        assertThat(res.newAcallid()).isNotBlank();
        assertThat(res.newLastResponse()).isEqualTo("SIP/2.0 180 Ringing");
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("REFER");
        assertThat(r.path()).isEqualTo(USER + "/" + d.dialogid());
        assertThat(json(r)).containsExactlyInAnyOrderEntriesOf(Map.of("by", "<sip:sip3@test.rootdomain.ru>",
                "referto", "13", "response_mode", 3, "binding", "crm-42"));
        assertThat(pbx.get().dialog(res.newDialogid()).labels()).contains("crm-42");
    }

    @Test
    void notifyAndSendDtmfAndSetupVerbs() throws Exception {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        String base = USER + "/" + d.dialogid();
        Map<String, Object> h = Map.of(UcDialogsConstants.DIALOG_ID, d.dialogid());

        Exchange n = call("uc-dialogs:notify", new NotifyRequest(d.legB().callid(), null, "hold"), h);
        assertThat(n.getMessage().getBody(UcDialogsAck.class).dialogid()).isEqualTo(d.dialogid());
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("NOTIFY");
        assertThat(pbx.get().wireLog().last().path()).isEqualTo(base);
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(
                Map.of("callid", d.legB().callid(), "event", "hold"));
        assertThat(pbx.get().dialog(d.dialogid()).notifications()).containsExactly("b:hold");

        call("uc-dialogs:send_dtmf", new SendDtmfRequest(null, "a", true, "sipinfo", "12',#"), h);
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("SEND_DTMF");
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(
                Map.of("side", "a", "opposite", true, "proto", "sipinfo", "dtmf", "12',#"));
        assertThat(pbx.get().dialog(d.dialogid()).dtmfSent()).containsExactly("b:sipinfo:12',#");

        call("uc-dialogs:setup_asr?layer=default&side=b", null, h);
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("SETUP_ASR");
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(Map.of("layer", "default", "side", "b"));
        assertThat(pbx.get().dialog(d.dialogid()).asrLayers()).containsExactly("default@b");
        Exchange stop = call("uc-dialogs:setup_asr?layer=default&command=stop&waitSummary=true", null, h);
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(
                Map.of("layer", "default", "command", "stop", "wait", true));
        assertThat(stop.getMessage().getBody(UcDialogsAck.class).text()).isEmpty();
        assertThat(pbx.get().dialog(d.dialogid()).asrLayers()).isEmpty();

        call("uc-dialogs:setup_record?layer=default", null, h);
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("SETUP_RECORD");
        assertThat(json(pbx.get().wireLog().last())).containsExactly(Map.entry("layer", "default"));
        assertThat(pbx.get().dialog(d.dialogid()).recordLayers()).containsExactly("default");
        call("uc-dialogs:setup_record?layer=default&command=stop", null, h);
        assertThat(pbx.get().dialog(d.dialogid()).recordLayers()).isEmpty();

        Exchange add = call("uc-dialogs:setup_bindings?command=add", null,
                Map.of(UcDialogsConstants.DIALOG_ID, d.dialogid(), UcDialogsConstants.LABEL, "aaa,bbb"));
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("SETUP_BINDINGS");
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(
                Map.of("command", "add", "label", List.of("aaa", "bbb")));
        assertThat(add.getMessage().getBody(UcDialogsAck.class).labels()).containsExactly("aaa", "bbb");
        call("uc-dialogs:setup_bindings?command=remove&label=aaa", null, h);
        assertThat(json(pbx.get().wireLog().last())).containsEntry("label", "aaa");
        // the document's own example, as a URI option: split like the header
        call("uc-dialogs:setup_bindings?command=add&label=aaa,bbb", null, h);
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(
                Map.of("command", "add", "label", List.of("aaa", "bbb")));
        assertThat(pbx.get().dialog(d.dialogid()).labels()).contains("aaa", "bbb");
        call("uc-dialogs:setup_bindings?command=replace&label=ccc", null, h);
        assertThat(pbx.get().dialog(d.dialogid()).labels()).containsExactly("ccc");
    }

    @Test
    void deleteAndTheTypedNotFound() {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        Exchange ex = call("uc-dialogs:delete?dialogId=" + d.dialogid(), null, Map.of());
        assertThat(ex.getMessage().getBody(UcDialogsAck.class).dialogid()).isEqualTo(d.dialogid());
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("DELETE");
        assertThat(r.path()).isEqualTo(USER + "/" + d.dialogid());
        assertThat(r.body()).isEmpty();
        assertThat(pbx.get().dialog(d.dialogid()).status()).isEqualTo(SimDialog.Status.TERMINATED);

        Exchange again = call("uc-dialogs:delete?dialogId=" + d.dialogid(), null, Map.of());
        assertThat(again.getException()).isInstanceOf(UcDialogsNotFoundException.class);
        UcDialogsNotFoundException nf = (UcDialogsNotFoundException) again.getException();
        assertThat(nf.getErrorCode()).isEqualTo("1413");
        assertThat(nf.getErrorMessage()).isEqualTo("Dialog not found");
        assertThat(nf.getHttpStatus()).isEqualTo(404);
        assertThat(nf.getRawBody()).contains("1413");
    }

    @Test
    void userScopeHidesOtherUsersDialogs() {
        SimDialog bobs = pbx.get().addActiveDialog("sip2", "16");
        Exchange user = call("uc-dialogs:get?dialogId=" + bobs.dialogid(), null, Map.of());
        assertThat(user.getException()).isInstanceOf(UcDialogsNotFoundException.class);
        Exchange domain = call("uc-dialogs:get?scope=domain&dialogId=" + bobs.dialogid(), null, Map.of());
        assertThat(domain.getException()).isNull();
        assertThat(domain.getMessage().getBody(UcDialog.class).dialogid()).isEqualTo(bobs.dialogid());
    }

    @Test
    void basicAuthAndRejectedCredentials() {
        Exchange ok = call("uc-dialogs:list?accessToken=&username=bob&password=bob-pass", null, Map.of());
        assertThat(ok.getException()).isNull();
        assertThat(pbx.get().wireLog().last().header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("bob:bob-pass".getBytes()));
        Exchange bad = call("uc-dialogs:list?accessToken=wrong", null, Map.of());
        assertThat(bad.getException()).isInstanceOf(UcDialogsAuthenticationException.class);
        assertThat(((UcDialogsException) bad.getException()).getHttpStatus()).isEqualTo(401);
        assertThat(((UcDialogsException) bad.getException()).getErrorCode()).isEqualTo("1401");
    }

    @Test
    void vendorRejectionsBecomeTypedErrors() {
        // user scope: from must be alice's own account
        Exchange forbidden = call("uc-dialogs:originate?mode=number&from=12&to=16", null, Map.of());
        assertThat(forbidden.getException()).isInstanceOf(UcDialogsAuthenticationException.class);
        assertThat(((UcDialogsException) forbidden.getException()).getHttpStatus()).isEqualTo(403);
        // forking dialog cannot be transferred
        Exchange o = call("uc-dialogs:originate?mode=number&from=13&to=16", null, Map.of());
        String dlg = o.getMessage().getBody(OriginateResult.class).dialogid();
        Exchange early = call("uc-dialogs:refer?by=13&referTo=17&dialogId=" + dlg, null, Map.of());
        assertThat(early.getException()).isExactlyInstanceOf(UcDialogsException.class);
        assertThat(((UcDialogsException) early.getException()).getHttpStatus()).isEqualTo(409);
        assertThat(((UcDialogsException) early.getException()).getErrorCode()).isEqualTo("1409");
        // the server's own parameter check (a value the component cannot know is wrong)
        Exchange badBy = call("uc-dialogs:refer?by=99&referTo=17&dialogId=" + dlg, null, Map.of());
        assertThat(badBy.getException()).isExactlyInstanceOf(UcDialogsException.class);
        assertThat(((UcDialogsException) badBy.getException()).getHttpStatus()).isEqualTo(400);
        assertThat(((UcDialogsException) badBy.getException()).getErrorMessage()).contains("by");
    }

    @Test
    void listFilterAndOrderArePassedThrough() {
        SimDialog a = pbx.get().addActiveDialog("sip3", "sip2");
        SimDialog b = pbx.get().addActiveDialog("sip1", "16");
        Exchange ex = call("uc-dialogs:list?order=-dialogid", null,
                Map.of(UcDialogsConstants.FILTER, "{\"status\":\"active\"}"));
        @SuppressWarnings("unchecked")
        List<UcDialog> dialogs = ex.getMessage().getBody(List.class);
        List<String> expected = new java.util.ArrayList<>(List.of(a.dialogid(), b.dialogid()));
        expected.sort(java.util.Comparator.reverseOrder());
        assertThat(dialogs).extracting(UcDialog::dialogid).containsExactlyElementsOf(expected);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.queryParam("filter")).isEqualTo("{\"status\":\"active\"}");
        assertThat(r.queryParam("order")).isEqualTo("-dialogid");
        assertThat(r.uri()).contains("filter=%7B%22status%22%3A%22active%22%7D");
    }

    @Test
    void flatFormComesBackAsMaps() {
        SimDialog d = pbx.get().addActiveDialog("sip3", "sip2");
        Exchange ex = call("uc-dialogs:get?flat=true&mask=dialogid,legs", null, Map.of(UcDialogsConstants.DIALOG_ID, d.dialogid()));
        @SuppressWarnings("unchecked")
        Map<String, Object> flat = ex.getMessage().getBody(Map.class);
        assertThat(flat).containsEntry("dialogid", d.dialogid()).containsEntry("legs.0.callid", d.legA().callid());
        assertThat(pbx.get().wireLog().last().queryParam("flat")).isEqualTo("true");
        Exchange list = call("uc-dialogs:list?flat=true", null, Map.of());
        assertThat(list.getMessage().getBody(List.class)).singleElement().isInstanceOf(Map.class);
    }

    @Test
    void silentServerIsATimeout() throws Exception {
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Exchange ex = call("uc-dialogs:list?requestTimeout=300&baseUrl=http://127.0.0.1:" + silent.getLocalPort(),
                    null, Map.of());
            assertThat(ex.getException()).isInstanceOf(io.callcontrol.core.error.CallControlTimeoutException.class);
        }
    }

    @Test
    void unreachableServerIsAConnectionError() {
        Exchange ex = call("uc-dialogs:list?baseUrl=http://127.0.0.1:1", null, Map.of());
        assertThat(ex.getException()).isInstanceOf(io.callcontrol.core.error.CallControlConnectionException.class);
    }

    @Test
    void badInputIsNamedBeforeAnyRequest() {
        assertValidation("uc-dialogs:refer", Map.of(), "dialogId", "by", "referTo");
        assertValidation("uc-dialogs:originate?to=16%27x", Map.of(), "from", "to");
        assertValidation("uc-dialogs:send_dtmf?dialogId=x&dtmf=12Z&proto=smoke", Map.of(), "dtmf", "proto",
                "callId or side");
        assertValidation("uc-dialogs:referreplaces?dialogId=x", Map.of(), "masterBy", "slaveBy", "slaveLookupValue");
        assertValidation("uc-dialogs:referconf?dialogId=x&by=a&referLookupKey=nonsense&referLookupValue=v", Map.of(),
                "referLookupKey");
        assertValidation("uc-dialogs:lookup", Map.of(), "lookupValue");
        assertValidation("uc-dialogs:setup_bindings?dialogId=x&command=start", Map.of(), "label", "command");
        assertValidation("uc-dialogs:setup_asr?dialogId=x&side=c", Map.of(), "layer", "side");
        assertValidation("uc-dialogs:notify?dialogId=x", Map.of(UcDialogsConstants.SIDE, "a"), "event");
        assertValidation("uc-dialogs:list", Map.of(UcDialogsConstants.LIMIT, "ten"), "limit");
        assertValidation("uc-dialogs:switchconf?dialogId=x&referTo=abc", Map.of(), "referTo");
        assertValidation("uc-dialogs:originate?from=13&to=16&callTimeout=0", Map.of(), "callTimeout");
        assertValidation("uc-dialogs:list?scope=galaxy", Map.of(), "scope");
        assertValidation("uc-dialogs:list", Map.of(UcDialogsConstants.OPERATION, "hangup"), "operation");
        assertThat(pbx.get().wireLog().size()).as("nothing sent").isZero();
    }

    private void assertValidation(String uri, Map<String, Object> headers, String... names) {
        Exchange ex = call(uri, null, headers);
        assertThat(ex.getException()).as(uri).isInstanceOf(CallControlValidationException.class);
        CallControlValidationException v = (CallControlValidationException) ex.getException();
        assertThat(v.getParameters()).as(uri).containsExactlyInAnyOrder(names);
        for (String n : names) {
            assertThat(v.getMessage()).contains(n);
        }
    }

    @Test
    void anEndpointCannotBringItsOwnTlsToTheSharedRestClient() throws Exception {
        context.getRegistry().bind("otherTls", new org.apache.camel.support.jsse.SSLContextParameters());
        int before = pbx.get().wireLog().all().size();
        Exchange ex = call("uc-dialogs:list?sslContextParameters=#otherTls", null, Map.of());
        assertThat(ex.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sslContextParameters on the component");
        assertThat(pbx.get().wireLog().all()).as("nothing sent").hasSize(before);
    }
}
