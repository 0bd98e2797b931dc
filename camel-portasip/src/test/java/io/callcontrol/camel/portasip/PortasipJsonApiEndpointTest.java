package io.callcontrol.camel.portasip;

import java.util.List;
import java.util.Map;

import io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiHeaders;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.CreateMenuResponse;
import io.callcontrol.camel.portasip.jsonapi.model.AutoAttendantApi.GetMenuListResponse;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimulatorExtension;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_DOMAIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_LOGIN;
import static io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend.DEFAULT_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The JSON API methods through portasip: endpoints (producer JSON API branch, delegating to the invoker). */
class PortasipJsonApiEndpointTest extends CamelTestSupport {

    @RegisterExtension
    static SimulatorExtension<PortasipJsonApiSimulator> api = new SimulatorExtension<>(PortasipJsonApiSimulator::new);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        PortasipComponent component = new PortasipComponent();
        component.getConfiguration().setJsonApiUrl(api.get().baseUrl());
        component.getConfiguration().setLogin(DEFAULT_LOGIN);
        component.getConfiguration().setPassword(DEFAULT_PASSWORD);
        component.getConfiguration().setDomain(DEFAULT_DOMAIN);
        context.addComponent("portasip", component);
        return context;
    }

    @Test
    void jsonApiMethodsGoOverHttpsWithOneSession() {
        GetMenuListResponse menus = template.requestBody("portasip:get_menu_list", null, GetMenuListResponse.class);
        assertThat(menus.menuList()).extracting(m -> m.name()).contains("ROOT");
        CreateMenuResponse created = template.requestBody("portasip:create_menu",
                Map.of("menu_info", Map.of("name", "Night", "period", "hr{18-23}")), CreateMenuResponse.class);
        assertThat(created.iMenu()).isNotNull();
        template.requestBodyAndHeader("portasip:del_menu", null, PortasipJsonApiHeaders.I_MENU, created.iMenu());

        List<String> paths = api.get().wireLog().all().stream().map(RecordedRequest::path).toList();
        assertThat(paths).containsExactly("/rest/Session/login/", "/rest/AutoAttendant/get_menu_list/",
                "/rest/AutoAttendant/create_menu/", "/rest/AutoAttendant/del_menu/");
        assertThat(api.get().wireLog().last().bodyAsString()).contains("i_menu");
    }

    @Test
    void endpointOptionsGiveFlatDefaultsAndDryRun() {
        CreateMenuResponse created = template.requestBody("portasip:create_menu",
                Map.of("menu_info", Map.of("name", "Lunch", "period", "hr{12-13}")), CreateMenuResponse.class);
        api.get().wireLog().clear();

        template.requestBody("portasip:del_menu?dryRun=true&iMenu=" + created.iMenu(), (Object) null);
        RecordedRequest dry = api.get().wireLog().last();
        assertThat(dry.path()).isEqualTo("/rest/AutoAttendant/del_menu/");
        assertThat(dry.bodyAsString()).contains("dry_run").contains("i_menu%22%3A" + created.iMenu());
        // the dry run did not delete it: a real call with the endpoint default does
        template.requestBody("portasip:del_menu?iMenu=" + created.iMenu(), (Object) null);
        assertThat(api.get().wireLog().last().bodyAsString()).doesNotContain("dry_run");
        GetMenuListResponse menus = template.requestBody("portasip:get_menu_list", null, GetMenuListResponse.class);
        assertThat(menus.menuList()).extracting(m -> m.name()).doesNotContain("Lunch");
    }

    @Test
    void unlistedMethodGoesToTheServiceTheOptionNames() {
        Exchange out = template.request("portasip:get_account_info?service=Account", ex -> ex.getMessage().setBody(Map.of("i_account", 7)));
        // the simulator does not serve Account: its documented fault comes back typed
        assertThat(out.getException()).isInstanceOfSatisfying(PortasipException.class,
                e -> assertThat(e.getErrorCode()).isEqualTo("Client.Request.unknown_method"));
        RecordedRequest wire = api.get().wireLog().last();
        assertThat(wire.path()).isEqualTo("/rest/Account/get_account_info/");
        assertThat(wire.bodyAsString()).contains("i_account");

        assertThatThrownBy(() -> context.getEndpoint("portasip:get_account_info"))
                .hasRootCauseInstanceOf(io.callcontrol.core.error.CallControlValidationException.class)
                .rootCause().hasMessageContaining("set the service option");
    }

    @Test
    void operationEnumListsBothTransports() {
        assertThat(PortasipOperation.get_menu_list.transport()).isEqualTo(PortasipOperation.Transport.JSON_API);
        assertThat(PortasipOperation.get_menu_list.service()).isEqualTo(PortasipOperation.Service.AutoAttendant);
        assertThat(PortasipOperation.originate_advanced_call.transport())
                .isEqualTo(PortasipOperation.Transport.WS_CALL_CONTROL);
        PortasipConfiguration conf = new PortasipConfiguration();
        conf.setWebSocketUrl("wss://pbx.example.com:8445/ws");
        assertThat(PortasipComponent.jsonApiSettings(conf).baseUrl()).isEqualTo("https://pbx.example.com:8445");
    }
}
