package io.callcontrol.camel.sipnative.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The threads of one running stack that must stay alive for requests to be received: the receive thread of
 * each listening point ({@code MessageProcessorThread-<TRANSPORT>-<address>/<port>}) and the UDP processing
 * threads ({@code <stack>-UDPMessageChannelThread-<n>}). The RI lets an {@link Error} (an OutOfMemoryError in a
 * burst) end such a thread and carries on without it: the socket stays bound and nothing is received any more.
 */
final class ListenerWatch {

    private final List<Thread> threads;

    private ListenerWatch(List<Thread> threads) {
        this.threads = threads;
    }

    /**
     * Finds the threads of a stack just started, waiting up to {@code waitMillis} for the receive threads of
     * the {@code listeners} listening points and {@code channels} UDP processing threads to appear.
     */
    static ListenerWatch find(String stackName, String address, int port, int listeners, int channels, long waitMillis) {
        long deadline = System.currentTimeMillis() + waitMillis;
        List<Thread> found;
        while (true) {
            found = new ArrayList<>();
            int receivers = 0;
            int workers = 0;
            for (Thread t : allThreads()) {
                String n = t.getName();
                if (n.startsWith("MessageProcessorThread-") && n.endsWith(address + "/" + port)) {
                    found.add(t);
                    receivers++;
                } else if (n.startsWith(stackName + "-UDPMessageChannelThread-")) {
                    found.add(t);
                    workers++;
                }
            }
            if ((receivers >= listeners && workers >= channels) || System.currentTimeMillis() > deadline) {
                break;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return new ListenerWatch(List.copyOf(found));
    }

    /** The name of a watched thread that has ended, or null while all are alive. */
    String deadThread() {
        for (Thread t : threads) {
            if (!t.isAlive()) {
                return t.getName();
            }
        }
        return null;
    }

    List<Thread> threads() {
        return threads;
    }

    private static Thread[] allThreads() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        while (g.getParent() != null) {
            g = g.getParent();
        }
        Thread[] out = new Thread[g.activeCount() + 32];
        int n = g.enumerate(out, true);
        Thread[] exact = new Thread[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }
}
