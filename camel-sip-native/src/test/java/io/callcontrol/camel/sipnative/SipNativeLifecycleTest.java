package io.callcontrol.camel.sipnative;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import io.callcontrol.camel.sipnative.api.SipUserAgent;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping the context cancels pending INVITEs and leaves no thread and no socket behind. */
class SipNativeLifecycleTest {

    private static Set<String> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
                .map(Thread::getName).collect(Collectors.toSet());
    }

    @Test
    void stopCancelsPendingInviteAndLeavesNoThreadsOrSockets() throws Exception {
        int port = Peers.freePort();
        String base = "?identity=sip:camel@127.0.0.1&listenAddress=127.0.0.1&listenPort=" + port;
        Set<String> before = threadNames();
        CamelContext context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("sip-native:invite" + base).setHeader(SipNativeConstants.RESPONSE_CODE, constant(603));
                from("sip-native:dialog_events" + base + "&monitoredUsers=sip:nobody@127.0.0.1:9&resubscribeInterval=200"
                        + "&requestTimeout=300").to("log:dialogs");
            }
        });
        context.start();
        try (Sipp phone = Sipp.uas("uas_ring_forever.xml", 1)) {
            ProducerTemplate template = context.createProducerTemplate();
            CompletableFuture<Exchange> call = template.asyncSend("sip-native:originate" + base, e -> e.getMessage().setHeaders(
                    java.util.Map.of(SipNativeConstants.FIRST_PARTY, phone.uri("alice"), SipNativeConstants.SECOND_PARTY, "sip:bob@127.0.0.1:9")));
            SipUserAgent agent = context.getComponent("sip-native", SipNativeComponent.class).agentFor("sip:camel@127.0.0.1");
            assertThat(Peers.waitFor(() -> agent.pendingInviteCount() == 1 && phone.messages().contains("180 Ringing"), 5000)).isTrue();
            assertThat(threadNames()).anyMatch(n -> n.startsWith("callcontrol-sip"));

            template.stop();
            context.stop();

            // the ringing phone got CANCEL (and sipp's scenario checks 200/487/ACK)
            assertThat(phone.awaitExit(5000)).as(phone.diagnostics()).isZero();
            assertThat(call.get(5, java.util.concurrent.TimeUnit.SECONDS).getException()).isNotNull();
        }
        assertThat(Peers.waitFor(() -> {
            Set<String> now = threadNames();
            now.removeAll(before);
            return now.stream().noneMatch(n -> n.startsWith("callcontrol-sip") || n.contains("SipNative")
                    || n.contains("EventScanner") || n.contains("Timer") || n.contains("Camel"));
        }, 5000)).as("threads left: " + diff(before)).isTrue();
        assertThat(Peers.udpBound(port)).as("UDP port still bound").isFalse();
    }

    private static Set<String> diff(Set<String> before) {
        Set<String> now = threadNames();
        now.removeAll(before);
        return now;
    }
}
