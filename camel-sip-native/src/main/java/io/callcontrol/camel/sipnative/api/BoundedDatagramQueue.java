package io.callcontrol.camel.sipnative.api;

import java.net.DatagramPacket;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import gov.nist.javax.sip.stack.DatagramQueuedMessageDispatch;

/**
 * The queue between the stack's UDP receive thread and its processing threads, bounded (the RI's own is
 * unbounded and holds a buffer of the maximum message size per datagram: a burst filled the heap and killed
 * the receive thread). A datagram offered to a full queue is dropped and counted; the one queued keeps only its
 * own bytes. The time the datagram taken last had waited tells the agent the stack is congested.
 */
final class BoundedDatagramQueue extends LinkedBlockingQueue<DatagramQueuedMessageDispatch> {

    private static final long serialVersionUID = 1L;

    private final transient AtomicLong dropped = new AtomicLong();
    private volatile long lastDelay;

    BoundedDatagramQueue(int capacity) {
        super(capacity);
    }

    @Override
    public boolean offer(DatagramQueuedMessageDispatch d) {
        if (remainingCapacity() == 0) {
            dropped.incrementAndGet();
            return false;
        }
        DatagramPacket p = d.packet;
        byte[] copy = new byte[p.getLength()];
        System.arraycopy(p.getData(), p.getOffset(), copy, 0, p.getLength());
        DatagramPacket small = new DatagramPacket(copy, copy.length, p.getAddress(), p.getPort());
        if (!super.offer(new DatagramQueuedMessageDispatch(small, d.getReceptionTime()))) {
            dropped.incrementAndGet();
            return false;
        }
        return true;
    }

    @Override
    public boolean offer(DatagramQueuedMessageDispatch d, long timeout, TimeUnit unit) {
        return offer(d);
    }

    @Override
    public void put(DatagramQueuedMessageDispatch d) {
        offer(d);
    }

    @Override
    public boolean add(DatagramQueuedMessageDispatch d) {
        return offer(d);
    }

    @Override
    public DatagramQueuedMessageDispatch take() throws InterruptedException {
        return taken(super.take());
    }

    @Override
    public DatagramQueuedMessageDispatch poll(long timeout, TimeUnit unit) throws InterruptedException {
        return taken(super.poll(timeout, unit));
    }

    @Override
    public DatagramQueuedMessageDispatch poll() {
        return taken(super.poll());
    }

    private DatagramQueuedMessageDispatch taken(DatagramQueuedMessageDispatch d) {
        if (d != null) {
            lastDelay = System.currentTimeMillis() - d.getReceptionTime();
        }
        return d;
    }

    /** How long the datagram taken last had waited, milliseconds (0 once the queue is empty). */
    long lastDelay() {
        return isEmpty() ? 0 : lastDelay;
    }

    long dropped() {
        return dropped.get();
    }
}
