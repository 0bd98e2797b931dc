package io.callcontrol.camel.portasip.jsonapi;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.CreateMenuResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuListResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuPromptResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuTransitionListResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.MenuInfo;
import io.callcontrol.camel.portasip.jsonapi.model.ConferenceApi.CreateConfResponse;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi.CreateDirEntryResponse;
import io.callcontrol.camel.portasip.jsonapi.model.DialDirectoryApi.GetDirEntryResponse;
import io.callcontrol.camel.portasip.jsonapi.model.GenericResponse;
import io.callcontrol.camel.portasip.jsonapi.model.SessionApi.LogoutResponse;
import io.callcontrol.camel.portasip.jsonapi.model.TransitionAction;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.GetVmGreetingResponse;
import io.callcontrol.camel.portasip.jsonapi.model.VoicemailApi.GetVmSettingsResponse;
import io.callcontrol.camel.portasip.period.PortasipPeriod;
import io.callcontrol.core.error.CallControlValidationException;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiSimulator;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders.ATTACHMENT;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders.FILE_NAME;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders.GREETING_TYPE;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders.I_ENTRY;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders.I_MENU;
import static io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders.PROMPT_TYPE;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_DOMAIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_LOGIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/** Routes through the invoker (as the producer will delegate), with the Appendix A sample flow as one route. */
class PortasipJsonApiRouteTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortasipJsonApiSimulator> pbx = new SimulatorExtension<>(PortasipJsonApiSimulator::new);

    static final byte[] AU = PortasipJsonApiClientTest.AU;

    private final PortasipJsonApiInvoker invoker = new PortasipJsonApiInvoker();

    private static PortasipJsonApiSettings session() {
        return PortasipJsonApiSettings.builder(pbx.get().baseUrl())
                .credentials(DEFAULT_LOGIN, DEFAULT_PASSWORD, DEFAULT_DOMAIN).build();
    }

    private Processor portasip(String method) {
        return new InvokerProcessor(invoker, method, null, session());
    }

    @Override
    protected void doPostTearDown() {
        invoker.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                PortasipJsonApiSettings nosess = PortasipJsonApiSettings.builder(pbx.get().baseUrl())
                        .credentials(DEFAULT_LOGIN, DEFAULT_PASSWORD, DEFAULT_DOMAIN).useSession(false).build();

                from("direct:appendixA").routeId("appendixA")
                        // voicemail settings without a session, then with one
                        .process(new InvokerProcessor(invoker, "get_vm_settings", null, nosess))
                        .setProperty("vmBefore", body())
                        .setBody(constant(Map.of("vm_settings", Map.of("password", "777", "ext_email",
                                "sergey.pavlov@gmail.com", "auto_play", "no", "announce_dt", "no"))))
                        .process(portasip("set_vm_settings"))
                        // greeting upload (body = audio) and download
                        .setHeader(FILE_NAME, constant("wellcome.au")).setHeader(GREETING_TYPE, constant("name"))
                        .setBody(constant(AU))
                        .process(portasip("set_vm_greeting"))
                        .process(portasip("get_vm_greeting"))
                        .setProperty("greeting", body())
                        .setProperty("greetingAnswer", header(PortasipJsonApiHeaders.RESPONSE))
                        // dial directory
                        .process(portasip("get_dir_info"))
                        .setBody(constant(Map.of("dir_entry_info", Map.of("active", "Y", "abbreviated_number", "1787896",
                                "number_to_dial", "111111", "lastname", "LName", "description", "desc foo", "prompt",
                                "wellcome.au"))))
                        .setHeader(ATTACHMENT, constant(AU))
                        .process(portasip("create_dir_entry"))
                        .setProperty("i_entry", simple("${body.iEntry}"))
                        .process(e -> e.getMessage().setBody(Map.of("dir_entry_info", Map.of("i_entry",
                                e.getProperty("i_entry"), "active", "Y", "abbreviated_number", "99", "number_to_dial",
                                "565656", "lastname", "LastName", "description", "desc333", "prompt", "wellcome.au"))))
                        .process(portasip("update_dir_entry"))
                        .removeHeader(ATTACHMENT).setBody(constant(null))
                        .setHeader(I_ENTRY, exchangeProperty("i_entry"))
                        .process(portasip("get_dir_entry"))
                        .setProperty("entry", body())
                        .process(portasip("del_dir_entry"))
                        // auto attendant: ROOT menu prompt and transition
                        .process(portasip("get_menu_list"))
                        .process(e -> e.getMessage().setHeader(I_MENU, e.getMessage().getBody(GetMenuListResponse.class)
                                .menuList().stream().filter(m -> "ROOT".equals(m.name())).findFirst().orElseThrow().iMenu()))
                        .setHeader(PROMPT_TYPE, constant("intro")).setBody(constant(AU))
                        .process(portasip("set_menu_prompt"))
                        .process(e -> e.getMessage().setBody(Map.of("transition_info", Map.of("i_menu",
                                e.getMessage().getHeader(I_MENU), "event", "0", "action", "Transfer", "destination", "5555"))))
                        .process(portasip("set_menu_transition"))
                        .process(portasip("get_menu_transition_list"))
                        .setProperty("transitions", body())
                        .process(portasip("get_menu_prompt"))
                        .setProperty("menuPrompt", body())
                        // menu CRUD
                        .removeHeaders("CamelPortasip*")
                        .setBody(constant(Map.of("menu_info", Map.of("name", "AABBBCCC", "period", "hr{0-11}",
                                "period_desc", "Some period", "msg_timeout_type", "standard"))))
                        .process(portasip("create_menu"))
                        .setProperty("new_i_menu", simple("${body.iMenu}"))
                        .process(e -> e.getMessage().setBody(Map.of("menu_info", Map.of("i_menu",
                                e.getProperty("new_i_menu"), "name", "DDDEEFF", "period", "hr{0-2}", "period_desc",
                                "New period"))))
                        .process(portasip("update_menu"))
                        .process(portasip("get_menu_list"))
                        .setProperty("menus", body())
                        .setHeader(I_MENU, exchangeProperty("new_i_menu"))
                        .process(portasip("del_menu"))
                        .process(portasip("logout"))
                        .to("mock:appendixA");

                from("direct:call").process(new InvokerProcessor(invoker, "create_menu", null, session()));
                from("direct:getPrompt").process(portasip("get_menu_prompt"));
                from("direct:confPrompt").process(portasip("set_conf_prompt"));
                from("direct:unlisted").process(new InvokerProcessor(invoker, "get_menu_stats", "AutoAttendant", session()));
                from("direct:dry").process(portasip("create_conf"));
                from("direct:defaults").process(new InvokerProcessor(invoker, "get_menu_transition_list", null,
                        PortasipJsonApiSettings.builder(pbx.get().baseUrl())
                                .credentials(DEFAULT_LOGIN, DEFAULT_PASSWORD, DEFAULT_DOMAIN)
                                .params(Map.of("i_menu", 424242)).build()));
                from("direct:businessHours")
                        .choice()
                        .when(PortasipPeriod.inside("wd {Mon-Fri} hr {9am-4pm}", ZoneOffset.UTC,
                                Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC)))
                        .to("mock:open")
                        .otherwise().to("mock:closed");
            }
        };
    }

    @Test
    void appendixASampleFlow() throws Exception {
        MockEndpoint mock = getMockEndpoint("mock:appendixA");
        mock.expectedMessageCount(1);
        Exchange done = template.send("direct:appendixA", e -> e.getMessage().setBody(null));
        assertThat(done.getException()).isNull();
        mock.assertIsSatisfied();

        assertThat(done.getProperty("vmBefore")).isInstanceOf(GetVmSettingsResponse.class);
        assertThat(done.getProperty("greeting", byte[].class)).isEqualTo(AU);
        assertThat(done.getProperty("greetingAnswer", GetVmGreetingResponse.class).filename()).isEqualTo("wellcome.au");
        GetDirEntryResponse entry = done.getProperty("entry", GetDirEntryResponse.class);
        assertThat(entry.dirEntryInfo().abbreviatedNumber()).isEqualTo("99");
        assertThat(entry.dirEntryInfo().active()).isTrue();
        GetMenuTransitionListResponse transitions = done.getProperty("transitions", GetMenuTransitionListResponse.class);
        assertThat(transitions.transitionList()).singleElement().satisfies(t -> {
            assertThat(t.action()).isEqualTo(TransitionAction.TRANSFER);
            assertThat(t.destination()).isEqualTo("5555");
        });
        assertThat(done.getProperty("menuPrompt", byte[].class)).isEqualTo(AU);
        assertThat(done.getProperty("menus", GetMenuListResponse.class).menuList()).extracting(MenuInfo::name)
                .containsExactly("ROOT", "DDDEEFF");
        assertThat(done.getMessage().getBody(LogoutResponse.class).success()).isEqualTo(1);

        List<String> paths = pbx.get().wireLog().all().stream().map(RecordedRequest::path).toList();
        assertThat(paths).containsExactly(
                "/rest/Voicemail/get_vm_settings/",
                "/rest/Session/login/",
                "/rest/Voicemail/set_vm_settings/",
                "/rest/Voicemail/set_vm_greeting/",
                "/rest/Voicemail/get_vm_greeting/",
                "/rest/DialDirectory/get_dir_info/",
                "/rest/DialDirectory/create_dir_entry/",
                "/rest/DialDirectory/update_dir_entry/",
                "/rest/DialDirectory/get_dir_entry/",
                "/rest/DialDirectory/del_dir_entry/",
                "/rest/AutoAttendant/get_menu_list/",
                "/rest/AutoAttendant/set_menu_prompt/",
                "/rest/AutoAttendant/set_menu_transition/",
                "/rest/AutoAttendant/get_menu_transition_list/",
                "/rest/AutoAttendant/get_menu_prompt/",
                "/rest/AutoAttendant/create_menu/",
                "/rest/AutoAttendant/update_menu/",
                "/rest/AutoAttendant/get_menu_list/",
                "/rest/AutoAttendant/del_menu/",
                "/rest/Session/logout/");
        List<RecordedRequest> all = pbx.get().wireLog().all();
        assertThat(Wire.of(all.get(0)).authInfo().get("login").asText()).isEqualTo(DEFAULT_LOGIN);
        String sid = Wire.of(all.get(2)).authInfo().get("session_id").asText();
        for (RecordedRequest r : all.subList(2, all.size())) {
            assertThat(Wire.of(r).authInfo().get("session_id").asText()).as(r.path()).isEqualTo(sid);
        }
        Wire greeting = Wire.of(all.get(3));
        assertThat(greeting.params().toString())
                .isEqualTo("{\"greeting_info\":{\"greeting_type\":\"name\",\"filename\":\"wellcome.au\"}}");
        assertThat(greeting.files().get(0).content()).isEqualTo(AU);
        assertThat(Wire.of(all.get(2)).params().toString()).isEqualTo("{\"vm_settings\":{\"password\":\"777\","
                + "\"announce_dt\":\"no\",\"auto_play\":\"no\",\"ext_email\":\"sergey.pavlov@gmail.com\"}}");
        assertThat(Wire.of(all.get(12)).params().at("/transition_info/i_menu").asInt())
                .isEqualTo(Wire.of(all.get(11)).params().get("i_menu").asInt());
        assertThat(Wire.of(all.get(18)).params().toString())
                .isEqualTo("{\"i_menu\":" + done.getProperty("new_i_menu") + "}");
        assertThat(pbx.get().backend().sessionCount()).isZero();
    }

    @Test
    void faultsAndValidationErrorsReachTheExchange() {
        Exchange fault = template.send("direct:call", e -> e.getMessage().setBody(Map.of("menu_info", Map.of("name", "ROOT2"))));
        assertThat(fault.getException()).isNull();
        fault = template.send("direct:call", e -> e.getMessage().setBody(Map.of("menu_info", Map.of("name", "ROOT2"))));
        assertThat(fault.getException()).isInstanceOfSatisfying(PortasipFaultException.class,
                e -> assertThat(e.getFaultString()).contains("already exists"));

        int before = pbx.get().wireLog().size();
        Exchange invalid = template.send("direct:call", e -> e.getMessage()
                .setBody("{\"menu_info\":{\"name\":\"Night\",\"period\":\"wd {Mon-Fri} hr {25}\"}}"));
        assertThat(invalid.getException()).isInstanceOfSatisfying(CallControlValidationException.class, e -> {
            assertThat(e.getParameters()).containsExactly("menu_info.period");
            assertThat(e.getMessage()).contains("position 17").contains("hour value 25 out of range");
        });
        assertThat(pbx.get().wireLog().size()).isEqualTo(before);
    }

    @Test
    void audioFromFileOrStreamWithTheFileNameHeader(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        int conf = ((CreateConfResponse) invoker.client(session())
                .call(PortasipJsonApiMethod.create_conf, Map.of("conf_info", Map.of("name", "C1")), null).join()
                .response()).iConf();
        Path file = dir.resolve("intro.au");
        Files.write(file, AU);
        Exchange fromFile = template.send("direct:confPrompt", e -> {
            e.getMessage().setBody(file.toFile());
            e.getMessage().setHeader(PortasipJsonApiHeaders.I_CONF, conf);
            e.getMessage().setHeader(PROMPT_TYPE, "intro");
        });
        assertThat(fromFile.getException()).isNull();
        assertThat(fromFile.getMessage().getHeader(PortasipJsonApiHeaders.I_AUDIO_FILE, Integer.class)).isPositive();
        Wire w = Wire.of(pbx.get().wireLog().last());
        assertThat(w.params().toString()).isEqualTo("{\"i_conf\":" + conf + ",\"prompt_type\":\"intro\",\"prompt\":\"intro.au\"}");
        assertThat(w.files().get(0).content()).isEqualTo(AU);

        Exchange fromStream = template.send("direct:confPrompt", e -> {
            e.getMessage().setBody(new ByteArrayInputStream(AU));
            e.getMessage().setHeader(Exchange.FILE_NAME, "prompts/moh.au");
            e.getMessage().setHeader(PortasipJsonApiHeaders.PARAMS, Map.of("i_conf", conf, "prompt_type", "moh"));
        });
        assertThat(fromStream.getException()).isNull();
        assertThat(Wire.of(pbx.get().wireLog().last()).params().get("prompt").asText()).isEqualTo("moh.au");

        Exchange noName = template.send("direct:confPrompt", e -> {
            e.getMessage().setBody(AU);
            e.getMessage().setHeader(PortasipJsonApiHeaders.I_CONF, conf);
            e.getMessage().setHeader(PROMPT_TYPE, "moh");
        });
        assertThat(noName.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).contains("prompt"));
    }

    @Test
    void dryRunHeader() {
        Exchange missing = template.send("direct:call", e -> { });
        assertThat(missing.getException()).isInstanceOfSatisfying(CallControlValidationException.class,
                e -> assertThat(e.getParameters()).contains("menu_info"));
        Exchange ok = template.send("direct:dry", e -> {
            e.getMessage().setBody(Map.of("conf_info", Map.of("name", "DryConf")));
            e.getMessage().setHeader(PortasipJsonApiHeaders.DRY_RUN, true);
        });
        assertThat(ok.getException()).isNull();
        assertThat(ok.getMessage().getBody()).isInstanceOf(GenericResponse.class);
        assertThat(Wire.of(pbx.get().wireLog().last()).json("aux_info").toString()).isEqualTo("{\"dry_run\":1}");
        assertThat(pbx.get().backend().account(DEFAULT_LOGIN).menuCount()).isEqualTo(1);
    }

    @Test
    void getMenuPromptSetsFileNameAndContentType() {
        invoker.client(session()).call(PortasipJsonApiMethod.set_menu_prompt, Map.of("i_menu", 1, "prompt_type", "menu"),
                new PortasipAttachment("menu.au", null, AU)).join();
        Exchange e = template.send("direct:getPrompt", x -> {
            x.getMessage().setHeader(I_MENU, 1);
            x.getMessage().setHeader(PROMPT_TYPE, "menu");
        });
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(byte[].class)).isEqualTo(AU);
        assertThat(e.getMessage().getHeader(FILE_NAME)).isEqualTo("menu.au");
        assertThat(e.getMessage().getHeader(PortasipJsonApiHeaders.CONTENT_TYPE)).isEqualTo("audio/basic");
        assertThat(e.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("audio/basic");
        assertThat(e.getMessage().getHeader(PortasipJsonApiHeaders.RESPONSE, GetMenuPromptResponse.class).prompt())
                .isEqualTo("menu.au");
    }

    @Test
    void endpointDefaultsAreOverriddenByHeaders() {
        Exchange def = template.send("direct:defaults", e -> { });
        assertThat(def.getException()).isInstanceOf(PortasipFaultException.class);
        assertThat(Wire.of(pbx.get().wireLog().last()).params().toString()).isEqualTo("{\"i_menu\":424242}");
        Exchange hdr = template.send("direct:defaults", e -> e.getMessage().setHeader(I_MENU, "1"));
        assertThat(hdr.getException()).isNull();
        assertThat(Wire.of(pbx.get().wireLog().last()).params().toString()).isEqualTo("{\"i_menu\":1}");
    }

    @Test
    void unlistedMethodUsesTheServiceOption() {
        Exchange e = template.send("direct:unlisted", x -> x.getMessage().setBody(Map.of("i_menu", 1)));
        assertThat(e.getException()).isInstanceOf(PortasipFaultException.class);
        RecordedRequest r = pbx.get().wireLog().last();
        assertThat(r.path()).isEqualTo("/rest/AutoAttendant/get_menu_stats/");
        assertThat(Wire.of(r).params().toString()).isEqualTo("{\"i_menu\":1}");
    }

    @Test
    void closingTheInvokerLogsOut() {
        Exchange e = template.send("direct:getPrompt", x -> {
            x.getMessage().setHeader(I_MENU, 1);
            x.getMessage().setHeader(PROMPT_TYPE, "intro");
        });
        assertThat(e.getException()).isInstanceOf(PortasipFaultException.class); // nothing recorded yet
        assertThat(pbx.get().backend().sessionCount()).isEqualTo(1);
        invoker.close();
        assertThat(pbx.get().wireLog().last().path()).isEqualTo("/rest/Session/logout/");
        assertThat(pbx.get().backend().sessionCount()).isZero();
    }

    @Test
    void businessHoursPredicate() throws Exception {
        getMockEndpoint("mock:open").expectedMessageCount(1);
        getMockEndpoint("mock:closed").expectedMessageCount(0);
        template.sendBody("direct:businessHours", "call");
        MockEndpoint.assertIsSatisfied(context);
    }
}
