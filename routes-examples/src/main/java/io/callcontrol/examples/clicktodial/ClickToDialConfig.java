package io.callcontrol.examples.clicktodial;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request ids of click-to-dial, shared by every instance: a table of the CRM database (Camel's
 * {@code CAMEL_MESSAGEPROCESSED}, created when missing; processor name {@code click-to-dial}). Its primary key makes
 * the claim of an id atomic across the instances.
 * <p>
 * The PBXs click-to-dial originates on: one registry bean per vendor, {@code pbx-<vendor>}, holding the vendor
 * endpoint's URI ({@code {{...}}} placeholders are resolved when {@code callcontrol:originate} first uses it). The
 * route names the bean in the header {@code CamelCallControlPbx}.
 */
@Configuration(proxyBeanMethods = false)
public class ClickToDialConfig {

    /** The registry name of the vendor endpoint click-to-dial originates on for this vendor. */
    public static String pbxBean(String vendor) {
        return "pbx-" + vendor;
    }

    @Bean
    IdempotentRepository clickToDialRequests(DataSource crm) {
        return new JdbcMessageIdRepository(crm, "click-to-dial");
    }

    /** PortSIP: POST /api/sessions (the caller's extension rings first), with an SDP offer. */
    @Bean("pbx-portsip")
    String pbxPortsip() {
        return "portsip:initiate?sendSdp=true";
    }

    /** BroadWorks: the user's call (the BroadWorks user, from, is rung first, then the number). */
    @Bean("pbx-broadworks")
    String pbxBroadworks() {
        return "broadworks:call";
    }

    /** UC dialogs: the user's account number (from) is called first, then the number (to). */
    @Bean("pbx-uc-dialogs")
    String pbxUcDialogs() {
        return "uc-dialogs:originate?mode=number";
    }

    /**
     * PortaSIP: originate_advanced_call from account to account of the customer; the bill id is set per request
     * ({@code callcontrol.portasip.bill-id}, else the caller's account).
     */
    @Bean("pbx-portasip")
    String pbxPortasip() {
        return "portasip:originate_advanced_call?iCustomer={{callcontrol.portasip.i-customer}}";
    }

    /**
     * sip-native: a third party call (RFC 3725) between two SIP URIs, by the application's own SIP user agent -- the
     * one {@code sip-native:invite} of the SIP redirect listens on (same identity, address and port: the component
     * shares one agent between them).
     */
    @Bean("pbx-sip-native")
    String pbxSipNative() {
        return "sip-native:originate?identity={{callcontrol.sipnative.identity}}"
               + "&listenAddress={{callcontrol.sipnative.listen-address}}&listenPort={{callcontrol.sipnative.listen-port}}";
    }
}
