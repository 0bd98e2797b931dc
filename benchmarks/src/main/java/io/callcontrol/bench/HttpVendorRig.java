package io.callcontrol.bench;

import io.callcontrol.camel.portasip.PortasipComponent;
import io.callcontrol.camel.portsip.PortsipComponent;
import io.callcontrol.camel.ucdialogs.UcDialogsComponent;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.RecordedRequest;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.kit.SimulatorServer;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiBackend;
import io.callcontrol.sim.portasip.jsonapi.PortasipJsonApiSimulator;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.callcontrol.sim.sipx.SipxSimulator;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * One HTTP vendor wired for a benchmark: its simulator, a Camel context with the component pointing at it, the
 * read operation measured (a list or status call, what a dashboard polls), the started async producer, and the
 * raw replica of the exact request the component put on the wire.
 */
final class HttpVendorRig implements AutoCloseable {

    /** The vendors, by the name used as the JMH parameter. */
    static final String VENDORS = "portsip,portasip-jsonapi,uc-dialogs,broadworks,sipx";

    final String vendor;
    final SimulatorServer sim;
    final CamelContext camel;
    final ProducerTemplate template;
    final String uri;
    final Endpoint endpoint;
    final AsyncProducer producer;
    final RawHttp.Replica rawTemplate;

    HttpVendorRig(String vendor) throws Exception {
        this.vendor = vendor;
        camel = new DefaultCamelContext();
        switch (vendor) {
            case "portsip" -> {
                sim = new PortsipSimulator(SimClock.manual(), "127.0.0.1", 0).start();
                PortsipComponent c = new PortsipComponent();
                c.getConfiguration().setBaseUrl(sim.baseUrl() + "/api");
                c.getConfiguration().setUsername(PortsipSimulator.ADMIN_USER);
                c.getConfiguration().setPassword(PortsipSimulator.ADMIN_PASSWORD);
                camel.addComponent("portsip", c);
                uri = "portsip:list_sessions";
            }
            case "portasip-jsonapi" -> {
                sim = new PortasipJsonApiSimulator(SimClock.manual(), "127.0.0.1", 0).start();
                PortasipComponent c = new PortasipComponent();
                c.getConfiguration().setJsonApiUrl(sim.baseUrl());
                c.getConfiguration().setLogin(PortasipJsonApiBackend.DEFAULT_LOGIN);
                c.getConfiguration().setPassword(PortasipJsonApiBackend.DEFAULT_PASSWORD);
                c.getConfiguration().setDomain(PortasipJsonApiBackend.DEFAULT_DOMAIN);
                camel.addComponent("portasip", c);
                uri = "portasip:get_menu_list";
            }
            case "uc-dialogs" -> {
                UcDialogsSimulator s = new UcDialogsSimulator(SimClock.manual(), "127.0.0.1", 0);
                s.start();
                s.addActiveDialog("sip3", "sip2");
                sim = s;
                UcDialogsComponent c = new UcDialogsComponent();
                c.getConfiguration().setBaseUrl(sim.baseUrl());
                c.getConfiguration().setAccessToken(UcDialogsSimulator.ALICE.token());
                camel.addComponent("uc-dialogs", c);
                uri = "uc-dialogs:list?offset=0&limit=10";
            }
            case "broadworks" -> {
                BroadworksSimulator s = new BroadworksSimulator(SimClock.manual(), "127.0.0.1", 0);
                s.start();
                s.seedCall("foouser", "Originator", "Active", "+3212345678", false);
                sim = s;
                uri = "broadworks:list_calls?baseUrl=" + sim.baseUrl() + "&tenantId=foo&groupId=foogroup&userId=foouser"
                      + "&accessToken=" + BroadworksSimulator.MACHINE_TOKEN;
            }
            case "sipx" -> {
                sim = new SipxSimulator(SimClock.manual(), "127.0.0.1", 0).start();
                String common = "?baseUrl=" + sim.baseUrl() + "&authMethod=basic&username=user1&password=123"
                                + "&callingUser=user1&calledUser=user2";
                camel.start();
                camel.createProducerTemplate().requestBody("sipx:call" + common, (Object) null); // a call to watch
                uri = "sipx:status" + common;
            }
            default -> throw new IllegalArgumentException("vendor " + vendor);
        }
        camel.start();
        template = camel.createProducerTemplate();
        template.requestBody(uri, (Object) null); // logs in where the vendor has a session
        sim.wireLog().clear();
        template.requestBody(uri, (Object) null);
        RecordedRequest wire = sim.wireLog().last();
        if (wire == null || sim.wireLog().size() != 1) {
            throw new IllegalStateException(vendor + ": expected one request on the wire, got " + sim.wireLog().all());
        }
        rawTemplate = RawHttp.replica(sim.baseUrl(), wire);
        endpoint = camel.getEndpoint(uri);
        producer = endpoint.createAsyncProducer();
        producer.start();
        sim.wireLog().clear();
    }

    /** Starts one exchange through the async producer; done is called with the exchange when it completes. */
    void processAsync(java.util.function.Consumer<Exchange> done) {
        Exchange exchange = endpoint.createExchange();
        producer.process(exchange, doneSync -> done.accept(exchange));
    }

    @Override
    public void close() throws Exception {
        producer.stop();
        template.close();
        camel.close();
        sim.stop();
    }
}
