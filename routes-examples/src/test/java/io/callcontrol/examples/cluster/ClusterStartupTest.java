package io.callcontrol.examples.cluster;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.component.master.MasterComponent;
import org.apache.camel.component.zookeeper.cluster.ZooKeeperClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.curator.test.TestingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Startup of the {@code master:} routes, launched 30 times in a row with the default cluster service (single node) and
 * 10 times with ZooKeeper's (a real server in-process):
 * the Camel part of a launch (a context with as many {@code master:} routes in one namespace as the application has,
 * started on its own thread) must finish starting, and every route's consumer must run on the leader, within a
 * generous bound -- a launch that does not is a hang, reported with the threads' stacks. (Camel 4.14.0's file cluster
 * service deadlocked about one launch in three this way; the application no longer uses it.)
 */
class ClusterStartupTest {

    static final int LAUNCHES = 30;
    /** ZooKeeper's launches (each takes a leader election and a new ZooKeeper session). */
    static final int ZOOKEEPER_LAUNCHES = 10;
    /** As many as the application's event routes (master:); each leader start takes a second or two (Camel's task). */
    static final int MASTER_ROUTES = 7;
    static final Duration BOUND = Duration.ofSeconds(60);
    static final long BACK_OFF_DELAY = 100;
    static final int BACK_OFF_MAX_ATTEMPTS = 1;

    @Test
    void singleNodeServiceStartsEveryLaunch() throws Exception {
        launches(LAUNCHES, () -> new SingleNodeClusterService("single-" + System.nanoTime()));
    }

    @Test
    void zooKeeperServiceStartsEveryLaunch() throws Exception {
        try (TestingServer zk = new TestingServer(true)) {
            launches(ZOOKEEPER_LAUNCHES, () -> {
                ZooKeeperClusterService service = new ZooKeeperClusterService();
                service.setId("zk-" + System.nanoTime());
                service.setNodes(zk.getConnectString());
                service.setBasePath("/callcontrol/cluster");
                service.setSessionTimeout(10_000);
                service.setConnectionTimeout(5_000);
                return service;
            });
        }
    }

    /**
     * What the application used before: Camel 4.14.0's file cluster service (a lock file in a directory). Opt-in
     * ({@code -Dcluster.startup.file=true}), a measurement: in this Camel-only harness it started 30 launches of 30
     * (its deadlock was seen with the whole application, YAML mode: {@code startup-loop.sh} launches that).
     */
    @Test
    @EnabledIfSystemProperty(named = "cluster.startup.file", matches = "true")
    void fileServiceStartsEveryLaunch(@TempDir Path dir) throws Exception {
        launches(LAUNCHES, () -> {
            FileLockClusterService service = new FileLockClusterService();
            service.setId("file-" + System.nanoTime());
            service.setRoot(dir.toString());
            service.setAcquireLockDelay(100, TimeUnit.MILLISECONDS);
            service.setAcquireLockInterval(1000, TimeUnit.MILLISECONDS);
            return service;
        });
    }

    private void launches(int launches, Supplier<CamelClusterService> services) throws Exception {
        ExecutorService starter = Executors.newSingleThreadExecutor();
        try {
            for (int launch = 1; launch <= launches; launch++) {
                launch(launch, services.get(), starter);
            }
        } finally {
            starter.shutdownNow();
        }
    }

    private void launch(int launch, CamelClusterService service, ExecutorService starter) throws Exception {
        CamelContext context = new DefaultCamelContext();
        CountDownLatch consumersRunning = new CountDownLatch(MASTER_ROUTES);
        context.addService(service);
        // as application.properties sets them (camel.component.master.back-off-*)
        MasterComponent master = new MasterComponent();
        master.setBackOffDelay(BACK_OFF_DELAY);
        master.setBackOffMaxAttempts(BACK_OFF_MAX_ATTEMPTS);
        context.addComponent("master", master);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < MASTER_ROUTES; i++) {
                    from("master:callcontrol-examples-events:timer:events-" + i + "?delay=0&repeatCount=1")
                            .routeId("events-" + i)
                            .process(exchange -> consumersRunning.countDown());
                }
            }
        });
        Future<?> start = starter.submit(() -> {
            context.start();
            return null;
        });
        try {
            start.get(BOUND.toSeconds(), TimeUnit.SECONDS);
            assertThat(consumersRunning.await(BOUND.toSeconds(), TimeUnit.SECONDS))
                    .as("launch %d: every master: route's consumer runs on the leader (%d did not)", launch,
                            consumersRunning.getCount())
                    .isTrue();
        } catch (TimeoutException e) {
            throw new AssertionError("launch " + launch + " with " + service.getClass().getSimpleName()
                                     + " hangs: the context did not start within " + BOUND + "\n" + threadDump());
        } finally {
            context.stop();
        }
    }

    private static String threadDump() {
        return Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
                .map(ThreadInfo::toString).collect(Collectors.joining());
    }
}
