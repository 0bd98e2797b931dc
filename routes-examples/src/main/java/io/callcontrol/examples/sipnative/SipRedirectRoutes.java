package io.callcontrol.examples.sipnative;

import io.callcontrol.camel.sipnative.SipNativeConstants;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Route 7, SIP redirect by CRM: {@code sip-native:invite} receives the INVITEs sent to this application (e.g. by
 * the PBX's routing for a sales number); a caller who is a CRM contact is redirected ({@code 302 Moved
 * Temporarily}) to the contact owner's extension, anyone else gets {@code 404}.
 */
@Component
@ConditionalOnProperty(name = "callcontrol.sipnative.enabled", havingValue = "true", matchIfMissing = true)
public class SipRedirectRoutes extends RouteBuilder {

    @Override
    public void configure() {
        from("sip-native:invite?identity={{callcontrol.sipnative.identity}}"
             + "&listenAddress={{callcontrol.sipnative.listen-address}}&listenPort={{callcontrol.sipnative.listen-port}}")
                .routeId("sip-redirect-by-crm")
                .setVariable("number", method("crmEvents", "sipUser(${header." + SipNativeConstants.CALLER + "})"))
                .to("sql:SELECT owner_extension FROM contact WHERE phone = :#${variable.number}"
                    + "?outputType=SelectOne&outputHeader=owner")
                .choice()
                    .when(header("owner").isNotNull())
                        .setHeader(SipNativeConstants.CONTACTS,
                                simple("sip:${header.owner}@{{callcontrol.sipnative.redirect-domain}}"))
                        .log("SIP redirect: ${variable.number} -> ${header." + SipNativeConstants.CONTACTS + "}")
                    .otherwise()
                        .setHeader(SipNativeConstants.RESPONSE_CODE, constant(404))
                        .setHeader(SipNativeConstants.RESPONSE_REASON, constant("Not a CRM contact"))
                        .log("SIP redirect: ${variable.number} is not a CRM contact, 404");
    }
}
