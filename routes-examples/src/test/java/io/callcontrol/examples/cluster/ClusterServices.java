package io.callcontrol.examples.cluster;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.callcontrol.sim.broadworks.BroadworksSimulator;
import io.callcontrol.sim.kit.SimClock;
import io.callcontrol.sim.portasip.PortasipSimulator;
import io.callcontrol.sim.portsip.PortsipSimulator;
import io.callcontrol.sim.sipx.SipxSimulator;
import io.callcontrol.sim.ucdialogs.UcDialogsSimulator;
import org.apache.curator.test.TestingCluster;
import org.apache.kafka.common.utils.Exit;
import org.h2.tools.RunScript;
import org.h2.tools.Server;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * What a cluster of the examples application shares, in one process on loopback: a ZooKeeper ensemble of three
 * (Curator's TestingCluster: real ZooKeeper servers), a KRaft Kafka broker, the PBX simulators, a mail server and the
 * CRM database as an H2 server (schema and demo data loaded). {@link #instanceProperties()} are the properties an
 * instance needs to use them ({@code --spring.profiles.active=cluster}). Run by hand ({@code run-cluster.sh}) it
 * writes them to the file given as its argument and runs until stopped.
 */
public final class ClusterServices implements AutoCloseable {

    public final TestingCluster zookeeper;
    public final EmbeddedKafkaKraftBroker kafka;
    public final PortsipSimulator portsip;
    public final PortasipSimulator portasip;
    public final BroadworksSimulator broadworks;
    public final SipxSimulator sipx;
    public final UcDialogsSimulator ucDialogs;
    public final GreenMail mail;
    public final Server crm;
    public final String jdbcUrl;
    private final int smtpPort;

    public ClusterServices() throws Exception {
        zookeeper = new TestingCluster(3);
        zookeeper.start();

        kafka = new EmbeddedKafkaKraftBroker(1, 3, "call-events", "screen-pop", "click-to-dial", "click-to-dial-results");
        List<Runnable> hooks = new ArrayList<>();
        Exit.setShutdownHookAdder((name, hook) -> hooks.add(hook));
        try {
            kafka.afterPropertiesSet();
        } finally {
            Exit.resetShutdownHookAdder();
        }

        portsip = new PortsipSimulator(SimClock.realtime(), "127.0.0.1", freePort());
        portsip.ringDelay(Duration.ofMillis(300)).answerDelay(Duration.ofMillis(700)).noAnswerTimeout(Duration.ofSeconds(3));
        portsip.calleeBehaviour("1003", PortsipSimulator.CalleeBehaviour.NO_ANSWER);
        portsip.start();
        portasip = new PortasipSimulator(SimClock.realtime(), "127.0.0.1", freePort());
        portasip.start();
        broadworks = new BroadworksSimulator(SimClock.realtime(), "127.0.0.1", freePort());
        broadworks.start();
        sipx = new SipxSimulator(SimClock.realtime(), "127.0.0.1", freePort());
        sipx.start();
        ucDialogs = new UcDialogsSimulator(SimClock.realtime(), "127.0.0.1", freePort());
        ucDialogs.start();

        smtpPort = freePort();
        mail = new GreenMail(new ServerSetup[] { new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP) });
        mail.start();

        crm = Server.createTcpServer("-tcpPort", String.valueOf(freePort()), "-tcpAllowOthers", "-ifNotExists").start();
        jdbcUrl = "jdbc:h2:tcp://127.0.0.1:" + crm.getPort() + "/mem:crm;DB_CLOSE_DELAY=-1";
        try (Connection c = DriverManager.getConnection(jdbcUrl, "sa", "")) {
            for (String script : List.of("crm/schema.sql", "crm/data.sql")) {
                try (Reader r = new InputStreamReader(ClusterServices.class.getClassLoader().getResourceAsStream(script),
                        StandardCharsets.UTF_8)) {
                    RunScript.execute(c, r);
                }
            }
            // the click-to-dial request ids, shared by the instances (JdbcMessageIdRepository's table)
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255), "
                                        + "messageId VARCHAR(100), createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))");
        }
    }

    /** The properties every instance needs to reach the shared services (next to the cluster profile). */
    public Map<String, String> instanceProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("callcontrol.cluster.zookeeper.nodes", zookeeper.getConnectString());
        p.put("callcontrol.cluster.zookeeper.session-timeout", "6000");
        p.put("kafka.bootstrap.servers", kafka.getBrokersAsString());
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", "sa");
        p.put("spring.datasource.password", "");
        p.put("camel.component.portsip.base-url", "http://127.0.0.1:" + portsip.port() + "/api");
        p.put("camel.component.portsip.username", "admin");
        p.put("camel.component.portsip.password", "Adm1n-Pass");
        p.put("camel.component.portasip.web-socket-url", "ws://127.0.0.1:" + portasip.port() + "/ws");
        p.put("camel.component.portasip.login", "demo");
        p.put("camel.component.portasip.password", "p@ssw0rd");
        p.put("camel.component.broadworks.base-url", "http://127.0.0.1:" + broadworks.port());
        p.put("camel.component.broadworks.username", "apiuser");
        p.put("camel.component.broadworks.password", "apipass");
        p.put("camel.component.broadworks.tenant-id", "foo");
        p.put("camel.component.broadworks.group-id", "foogroup");
        p.put("camel.component.broadworks.user-id", "foouser");
        p.put("camel.component.sipx.base-url", "http://127.0.0.1:" + sipx.port());
        p.put("camel.component.sipx.auth-method", "basic");
        p.put("camel.component.sipx.username", "user1");
        p.put("camel.component.sipx.password", "123");
        p.put("callcontrol.sipx.calling-user", "user1");
        p.put("callcontrol.sipx.called-user", "user2");
        p.put("camel.component.uc-dialogs.base-url", "http://127.0.0.1:" + ucDialogs.port());
        p.put("camel.component.uc-dialogs.access-token", "alice-token");
        p.put("callcontrol.mail.smtp-host", "127.0.0.1");
        p.put("callcontrol.mail.smtp-port", String.valueOf(smtpPort));
        p.put("callcontrol.mail.username", "");
        p.put("callcontrol.mail.password", "");
        p.put("callcontrol.sipnative.listen-address", "127.0.0.1");
        // the scripted PortSIP call flow of the README's run is one instance's demo
        p.put("callcontrol.examples.portsip.call-flow.enabled", "false");
        return p;
    }

    /** The properties of one instance: its own ports (web, webhook receiver, SIP). */
    public static Map<String, String> ownPorts() throws IOException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("server.port", String.valueOf(freePort()));
        p.put("callcontrol.portsip.webhook-port", String.valueOf(freePort()));
        try (DatagramSocket s = new DatagramSocket(0)) {
            p.put("callcontrol.sipnative.listen-port", String.valueOf(s.getLocalPort()));
        }
        return p;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] { crm::stop, mail::stop, ucDialogs::stop, sipx::stop, broadworks::stop,
                portasip::stop, portsip::stop, kafka::destroy, zookeeper }) {
            try {
                c.close();
            } catch (Exception e) {
                // closing what is left
            }
        }
    }

    /** {@code ClusterServices <properties file>}: starts the services, writes the instances' properties, waits. */
    public static void main(String[] args) throws Exception {
        ClusterServices services = new ClusterServices();
        StringBuilder sb = new StringBuilder("# written by ClusterServices: the shared services of a local cluster\n");
        services.instanceProperties().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        Path file = Path.of(args.length > 0 ? args[0] : "target/cluster/services.properties");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, sb);
        System.out.println("Cluster services running (ZooKeeper " + services.zookeeper.getConnectString() + ", Kafka "
                           + services.kafka.getBrokersAsString() + ", CRM " + services.jdbcUrl + "); properties in " + file);
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                services.close();
            } catch (Exception e) {
                // stopping anyway
            }
            stop.countDown();
        }));
        stop.await();
    }
}
