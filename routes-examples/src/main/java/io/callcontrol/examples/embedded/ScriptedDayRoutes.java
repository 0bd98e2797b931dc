package io.callcontrol.examples.embedded;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.callcontrol.camel.portsip.PortsipConstants;
import io.callcontrol.sim.portasip.PortasipSimulator;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The embedded profile's scripted day: every {@code callcontrol.examples.day.interval} the next call of
 * {@code callcontrol.examples.day.calls} ({@code caller>callee}, round robin) is placed on the simulated PBX, so
 * calls ring, connect, end and get missed without any input. Answered calls are hung up after the talk time by the
 * PortSIP event route; calls to the extension that never answers become missed calls. On the PortaSIP simulator a
 * caller gives up on a ringing extension (a missed call) and another calls the IVR and presses a digit. UC dialogs
 * calls are hung up after the talk time.
 */
@Component
@Profile("embedded")
@ConditionalOnProperty(name = "callcontrol.examples.day.enabled", havingValue = "true", matchIfMissing = true)
public class ScriptedDayRoutes extends RouteBuilder {

    @Value("${callcontrol.examples.day.calls}")
    List<String> calls;

    @Value("${callcontrol.examples.day.ivr-number}")
    String ivrNumber;

    @Value("${callcontrol.examples.day.ivr-digit}")
    String ivrDigit;

    private final AtomicInteger next = new AtomicInteger();
    private final PortasipSimulator portasip;

    public ScriptedDayRoutes(PortasipSimulator portasip) {
        this.portasip = portasip;
    }

    @Override
    public void configure() {
        from("timer:scripted-day?delay={{callcontrol.examples.day.start-delay}}"
             + "&period={{callcontrol.examples.day.interval}}")
                .routeId("scripted-day")
                .process(exchange -> {
                    String[] call = calls.get(next.getAndIncrement() % calls.size()).split(">");
                    exchange.getMessage().setHeader(PortsipConstants.CALLER, call[0].trim());
                    exchange.getMessage().setHeader(PortsipConstants.CALLEE, call[1].trim());
                })
                .to("portsip:initiate?sendSdp=true")
                .log("Scripted day: ${header." + PortsipConstants.CALLER + "} calls ${header."
                     + PortsipConstants.CALLEE + "} (PortSIP session ${header." + PortsipConstants.SESSION_ID + "})");

        // PortaSIP: a call to an extension that rings and is given up (a missed call), then an IVR call
        from("timer:scripted-day-portasip?delay={{callcontrol.examples.day.start-delay}}"
             + "&period={{callcontrol.examples.day.portasip-interval}}")
                .routeId("scripted-day-portasip")
                .setHeader("callId", method(portasip, "incomingCall('+15551230004', '123002')"))
                .log("Scripted day: +15551230004 calls 123002 on PortaSIP (call ${header.callId})")
                .delay(simple("{{callcontrol.examples.day.talk-time}}")).asyncDelayed()
                .bean(portasip, "terminateForTest(${header.callId}, null)")
                .setHeader("callId", method(portasip, "ivrCall('+15551230001', '" + ivrNumber + "')"))
                .log("Scripted day: +15551230001 calls the PortaSIP IVR (call ${header.callId})")
                .delay(simple("{{callcontrol.examples.day.talk-time}}")).asyncDelayed()
                .bean(portasip, "pressDigits(${header.callId}, '" + ivrDigit + "')");

        // BroadWorks: the user calls a customer (click-to-dial style), talks, releases
        from("timer:scripted-day-broadworks?delay={{callcontrol.examples.day.start-delay}}"
             + "&period={{callcontrol.examples.day.broadworks-interval}}")
                .routeId("scripted-day-broadworks")
                .setHeader("CamelBroadworksPhoneNumber", constant("+15551230003"))
                .to("broadworks:call")
                .log("Scripted day: BroadWorks user calls +15551230003 (call ${header.CamelBroadworksCallId})")
                .delay(simple("{{callcontrol.examples.day.broadworks-talk-time}}")).asyncDelayed()
                .to("broadworks:release");

        // sipX: a third-party call between the watched users. sipX has no hang-up request: the controller keeps the
        // call's result for resultCacheTime seconds and answers "call in progress" to the same parties until then,
        // so the cache time is kept below the interval.
        from("timer:scripted-day-sipx?delay={{callcontrol.examples.day.start-delay}}"
             + "&period={{callcontrol.examples.day.sipx-interval}}")
                .routeId("scripted-day-sipx")
                .to("sipx:call?callingUser={{callcontrol.sipx.calling-user}}&calledUser={{callcontrol.sipx.called-user}}"
                    + "&sipMethod=INVITE&timeout=30&resultCacheTime={{callcontrol.examples.day.sipx-result-cache-time}}")
                .log("Scripted day: sipX call {{callcontrol.sipx.calling-user}} -> {{callcontrol.sipx.called-user}}");

        // UC dialogs: the user's number 11 calls a customer
        from("timer:scripted-day-uc-dialogs?delay={{callcontrol.examples.day.start-delay}}"
             + "&period={{callcontrol.examples.day.uc-dialogs-interval}}")
                .routeId("scripted-day-uc-dialogs")
                .to("uc-dialogs:originate?mode=number&from=11&to=RAW(+15551230002)")
                .log("Scripted day: UC dialogs 11 calls +15551230002 (dialog ${header.CamelUcDialogsNewDialogId})")
                // the call ends after the talk time (the platform sends dlg_stop): a call log row with its duration
                .delay(simple("{{callcontrol.examples.day.talk-time}}")).asyncDelayed()
                .setHeader("CamelUcDialogsDialogId", header("CamelUcDialogsNewDialogId"))
                .to("uc-dialogs:delete")
                .log("Scripted day: UC dialogs call ${header.CamelUcDialogsNewDialogId} hung up");
    }
}
