package io.callcontrol.sim.kit;

import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulator by hand: {@code java ... XSimulator --port 8899 [--host 127.0.0.1]}. Uses a real-time clock
 * so calls move on their own, prints the base URL, and stops on Ctrl-C.
 */
public final class SimulatorMain {

    private SimulatorMain() {
    }

    /**
     * @param factory builds the simulator from (clock, host, port) -- usually the simulator's constructor
     */
    public static void run(String[] args, Factory factory) throws InterruptedException {
        String host = "127.0.0.1";
        int port = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--host" -> host = args[++i];
                default -> throw new IllegalArgumentException("Unknown argument " + args[i] + " (use --port N --host H)");
            }
        }
        SimulatorServer sim = factory.create(SimClock.realtime(), host, port);
        sim.start();
        System.out.println(sim.name() + " running at " + sim.baseUrl() + " (Ctrl-C stops it)");
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.stop();
            done.countDown();
        }));
        done.await();
    }

    /** Builds a simulator. */
    @FunctionalInterface
    public interface Factory {
        SimulatorServer create(SimClock clock, String host, int port);
    }

}
