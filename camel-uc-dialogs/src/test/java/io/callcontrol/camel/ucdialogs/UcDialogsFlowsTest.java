package io.callcontrol.camel.ucdialogs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.ucdialogs.api.OriginateResult;
import io.callcontrol.camel.ucdialogs.api.ReferReplacesRequest;
import io.callcontrol.camel.ucdialogs.api.ReferReplacesResult;
import io.callcontrol.camel.ucdialogs.api.SwitchConfResult;
import io.callcontrol.camel.ucdialogs.api.TransferResult;
import io.callcontrol.camel.ucdialogs.api.UcDialogsAck;
import io.callcontrol.camel.ucdialogs.api.UcResultCode;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.ucdialogs.SimDialog;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The flowcharts of the vendor document as route-level scenarios against the simulator. */
class UcDialogsFlowsTest extends UcDialogsTestSupport {

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // IVR -> X, IVR REFER Y, X -> Y; then X-Y | IVR -> Y, IVR REFER Z, Y -> Z; then hang up Y -> Z
                from("direct:originate-refer-delete")
                        .to("uc-dialogs:originate?mode=number&from=13&responseMode=5")
                        .to("mock:originated")
                        .setHeader(UcDialogsConstants.DIALOG_ID, header(UcDialogsConstants.NEW_DIALOG_ID))
                        .process(e -> pbx.get().clock().advance(Duration.ofSeconds(2))) // Y answers
                        .setHeader(UcDialogsConstants.BY, constant("13"))
                        .setHeader(UcDialogsConstants.REFER_TO, constant("17"))
                        .to("uc-dialogs:refer")
                        .to("mock:referred")
                        .setHeader(UcDialogsConstants.DIALOG_ID, header(UcDialogsConstants.NEW_DIALOG_ID))
                        .process(e -> pbx.get().clock().advance(Duration.ofSeconds(2))) // Z answers
                        // the transferor is no party of Y -> Z any more: user scope would answer 404
                        .to("uc-dialogs:delete?scope=domain")
                        .to("mock:deleted");

                from("direct:referreplaces")
                        .to("uc-dialogs:referreplaces?responseMode=4")
                        .to("mock:replaced");

                from("direct:switchconf")
                        .to("uc-dialogs:switchconf?responseMode=4")
                        .to("mock:conf");
            }
        };
    }

    @Test
    void originateThenReferThenDelete() throws Exception {
        MockEndpoint originated = getMockEndpoint("mock:originated");
        MockEndpoint referred = getMockEndpoint("mock:referred");
        MockEndpoint deleted = getMockEndpoint("mock:deleted");
        originated.expectedMessageCount(1);
        referred.expectedMessageCount(1);
        deleted.expectedMessageCount(1);

        template.sendBodyAndHeader("direct:originate-refer-delete", null, UcDialogsConstants.TO, "16");
        MockEndpoint.assertIsSatisfied(context);

        OriginateResult o = originated.getExchanges().get(0).getMessage().getBody(OriginateResult.class);
        TransferResult r = referred.getExchanges().get(0).getMessage().getBody(TransferResult.class);
        UcDialogsAck d = deleted.getExchanges().get(0).getMessage().getBody(UcDialogsAck.class);
        assertThat(o.result()).isEqualTo(UcResultCode.OK);
        assertThat(r.dialogid()).isEqualTo(o.dialogid());
        assertThat(r.result()).isEqualTo(UcResultCode.OK);
        assertThat(d.dialogid()).isEqualTo(r.newDialogid());

        SimDialog xy = pbx.get().dialog(o.dialogid());
        SimDialog yz = pbx.get().dialog(r.newDialogid());
        assertThat(xy.aUser()).isEqualTo("13");
        assertThat(xy.bUser()).isEqualTo("16");
        assertThat(xy.status()).isEqualTo(SimDialog.Status.TERMINATED);
        assertThat(yz.aUser()).as("Y, the opponent of the transferor").isEqualTo("16");
        assertThat(yz.bUser()).isEqualTo("17");
        assertThat(yz.status()).isEqualTo(SimDialog.Status.TERMINATED);
        assertThat(pbx.get().wireLog().all().stream().map(RecordedRequest::method).toList())
                .containsExactly("POST", "REFER", "DELETE");
        assertThat(pbx.get().wireLog().find("DELETE", DOMAIN + "/" + r.newDialogid())).hasSize(1);
    }

    @Test
    void twoDialogsThenReferReplacesConnectsTheOpponents() throws Exception {
        SimDialog xy = pbx.get().addActiveDialog("sip3", "sip2");  // X-Y
        SimDialog xz = pbx.get().addActiveDialog("sip3", "16");    // X-Z
        MockEndpoint replaced = getMockEndpoint("mock:replaced");
        replaced.expectedMessageCount(1);

        template.sendBodyAndHeaders("direct:referreplaces", null, Map.of(
                UcDialogsConstants.DIALOG_ID, xy.dialogid(),
                UcDialogsConstants.MASTER_BY, xy.legA().callid(),
                UcDialogsConstants.SLAVE_LOOKUP_VALUE, xz.dialogid(),
                UcDialogsConstants.SLAVE_BY, xz.legA().callid()));
        replaced.assertIsSatisfied();

        ReferReplacesResult res = replaced.getExchanges().get(0).getMessage().getBody(ReferReplacesResult.class);
        assertThat(res.masterdialogid()).isEqualTo(xy.dialogid());
        assertThat(res.slavedialogid()).isEqualTo(xz.dialogid());
        assertThat(res.result()).isEqualTo(UcResultCode.OK);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("REFERREPLACES");
        assertThat(r.path()).isEqualTo(USER + "/" + xy.dialogid());
        assertThat(json(r)).containsExactlyInAnyOrderEntriesOf(Map.of("masterby", xy.legA().callid(),
                "slavedialogid", xz.dialogid(), "slaveby", xz.legA().callid(), "response_mode", 4));
        SimDialog yz = pbx.get().dialog(res.newDialogid());
        assertThat(List.of(yz.aUser(), yz.bUser())).containsExactly("sip2", "16");
        assertThat(yz.status()).isEqualTo(SimDialog.Status.ACTIVE);
        assertThat(xy.status()).isEqualTo(SimDialog.Status.TERMINATED);
        assertThat(xz.status()).isEqualTo(SimDialog.Status.TERMINATED);
    }

    @Test
    void everyDocumentedWayToNameTheSlaveDialog() throws Exception {
        String sip1Id = UcDialogsSimulator.ALICE.accounts().get(0).id();
        for (String key : List.of("dialogid", "inviteid", "callid", "uri", "username", "sipuserid", "sipuserlogin",
                "sipuserphone")) {
            SimDialog master = pbx.get().addActiveDialog("sip3", "sip2");
            String z = "5" + key.length() + key.charAt(0);
            SimDialog slave = pbx.get().addActiveDialog("sip1", z);
            String value = switch (key) {
                case "dialogid" -> slave.dialogid();
                case "inviteid" -> slave.inviteid();
                case "callid" -> slave.legB().callid();
                case "uri" -> "sip:" + z + "@test.rootdomain.ru";
                case "username" -> z;
                case "sipuserid" -> sip1Id;
                case "sipuserlogin" -> "sip1";
                default -> "11";
            };
            Exchange ex = call("uc-dialogs:referreplaces?masterBy=sip3&slaveBy=sip1", null, Map.of(
                    UcDialogsConstants.DIALOG_ID, master.dialogid(),
                    UcDialogsConstants.SLAVE_LOOKUP_KEY, key,
                    UcDialogsConstants.SLAVE_LOOKUP_VALUE, value));
            assertThat(ex.getException()).as(key).isNull();
            assertThat(json(pbx.get().wireLog().last())).as(key).containsEntry("slave" + key, value);
            assertThat(ex.getMessage().getBody(ReferReplacesResult.class).slavedialogid()).as(key)
                    .isEqualTo(slave.dialogid());
            assertThat(slave.status()).as(key).isEqualTo(SimDialog.Status.TERMINATED);
        }
        // and through the typed request body
        SimDialog master = pbx.get().addActiveDialog("sip3", "sip2");
        SimDialog slave = pbx.get().addActiveDialog("sip1", "19");
        Exchange ex = call("uc-dialogs:referreplaces", new ReferReplacesRequest("sip3", null, null,
                slave.legA().callid(), null, null, null, null, null, null, "sip1", null, "trace-1"),
                Map.of(UcDialogsConstants.DIALOG_ID, master.dialogid()));
        assertThat(ex.getException()).isNull();
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(Map.of("masterby", "sip3",
                "slavecallid", slave.legA().callid(), "slaveby", "sip1", "binding", "trace-1"));
    }

    @Test
    void switchConfPutsBothPartiesInAConferenceAndReferConfAddsAThird() throws Exception {
        SimDialog xy = pbx.get().addActiveDialog("sip3", "sip2");
        MockEndpoint conf = getMockEndpoint("mock:conf");
        conf.expectedMessageCount(1);
        template.sendBodyAndHeaders("direct:switchconf", null, Map.of(UcDialogsConstants.DIALOG_ID, xy.dialogid(),
                UcDialogsConstants.BY, "sip3"));
        conf.assertIsSatisfied();
        SwitchConfResult res = conf.getExchanges().get(0).getMessage().getBody(SwitchConfResult.class);
        assertThat(conf.getExchanges().get(0).getMessage().getHeader(UcDialogsConstants.CONF_ID)).isEqualTo(res.confid());
        assertThat(res.dialogid()).isEqualTo(xy.dialogid());
        assertThat(res.result()).isEqualTo(UcResultCode.OK);
        assertThat(res.confid()).startsWith("rCF-");
        assertThat(res.referto()).startsWith(UcDialogsSimulator.CONF_FEATURECODE).hasSize(3 + 8);
        assertThat(res.xIvrcallid()).startsWith("rIV-");
        assertThat(res.yIvrcallid()).startsWith("rIV-").isNotEqualTo(res.xIvrcallid());
        assertThat(res.xNewLastResponse()).isEqualTo("SIP/2.0 200 OK");
        assertThat(res.yNewLastResponse()).isEqualTo("SIP/2.0 200 OK");
        SimDialog x = pbx.get().dialog(res.xNewDialogid());
        SimDialog y = pbx.get().dialog(res.yNewDialogid());
        assertThat(x.aUser()).isEqualTo("sip3");
        assertThat(y.aUser()).isEqualTo("sip2");
        assertThat(x.acallid()).isEqualTo(res.xNewAcallid());
        assertThat(y.acallid()).isEqualTo(res.yNewAcallid());
        assertThat(x.confid()).isEqualTo(res.confid());
        assertThat(y.confid()).isEqualTo(res.confid());
        assertThat(x.bUser()).isEqualTo(y.bUser()).startsWith("conf-");
        assertThat(xy.status()).isEqualTo(SimDialog.Status.TERMINATED);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.method()).isEqualTo("SWITCHCONF");
        assertThat(json(r)).containsExactlyInAnyOrderEntriesOf(Map.of("by", "sip3", "response_mode", 4));

        // a dialog with a conference party cannot be switched again
        Exchange again = call("uc-dialogs:switchconf?dialogId=" + x.dialogid(), null, Map.of());
        assertThat(again.getException()).isInstanceOf(UcDialogsException.class);
        assertThat(((UcDialogsException) again.getException()).getHttpStatus()).isEqualTo(400);

        // X -> CONF (hold), X -> W | IVR -> W, IVR REFER CONF, W -> CONF
        SimDialog xw = pbx.get().addActiveDialog("sip3", "18");
        Exchange rc = call("uc-dialogs:referconf?by=sip3&responseMode=3", null, Map.of(
                UcDialogsConstants.DIALOG_ID, xw.dialogid(), UcDialogsConstants.REFER_LOOKUP_VALUE, x.dialogid()));
        assertThat(rc.getException()).isNull();
        TransferResult t = rc.getMessage().getBody(TransferResult.class);
        assertThat(json(pbx.get().wireLog().last())).containsExactlyInAnyOrderEntriesOf(Map.of("by", "sip3",
                "referdialogid", x.dialogid(), "response_mode", 3));
        assertThat(pbx.get().wireLog().last().method()).isEqualTo("REFERCONF");
        assertThat(t.dialogid()).isEqualTo(xw.dialogid());
        SimDialog w = pbx.get().dialog(t.newDialogid());
        assertThat(w.aUser()).isEqualTo("18");
        assertThat(w.confid()).isEqualTo(res.confid());
        pbx.get().clock().advance(Duration.ofSeconds(2));
        assertThat(w.status()).isEqualTo(SimDialog.Status.ACTIVE);
        assertThat(pbx.get().liveDialogs().stream().filter(d -> res.confid().equals(d.confid())).count()).isEqualTo(3);
    }
}
