package io.callcontrol.camel.portasip;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortasipDedicatedConnectionTest extends PortasipTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("portasip:call_control_notifications?iCustomer=30&sharedConnection=false").to("mock:pbx");
                from("portasip:call_control_notifications?iIvrAn=7&sharedConnection=false").to("mock:ivr");
            }
        };
    }

    @Test
    void eachConsumerGetsOnlyItsOwnSubscriptionsNotifications() throws Exception {
        await("two sockets, two subscriptions", () -> pbx.get().openConnections() == 2 && pbx.get().activeSubscriptions() == 2);
        assertThat(pbx.get().loginCount()).isEqualTo(2);
        assertThat(component().connections()).hasSize(2);
        pbx.get().ivrCall("123002", "4567890");
        pbx.get().queueCall("123003", 25, 1, 1);
        advance(Duration.ZERO);
        MockEndpoint ivr = getMockEndpoint("mock:ivr");
        MockEndpoint customer = getMockEndpoint("mock:pbx");
        await("one event each", () -> ivr.getReceivedCounter() == 1 && customer.getReceivedCounter() == 1);
        Thread.sleep(100);
        assertThat(ivr.getReceivedCounter()).isEqualTo(1);
        assertThat(customer.getReceivedCounter()).isEqualTo(1);
        assertThat(ivr.getReceivedExchanges().get(0).getMessage().getHeader(PortasipConstants.CALLEE)).isEqualTo("4567890");
        assertThat(customer.getReceivedExchanges().get(0).getMessage().getHeader(PortasipConstants.VENDOR_STATE))
                .isEqualTo("queued");
        context.stop();
        await("sockets closed", () -> pbx.get().openConnections() == 0);
        assertThat(pbx.get().disableRequestCount()).isEqualTo(2);
    }
}
