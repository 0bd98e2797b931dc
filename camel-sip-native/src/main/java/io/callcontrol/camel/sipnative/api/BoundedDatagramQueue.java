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
 * own bytes.
 */
final class BoundedDatagramQueue extends LinkedBlockingQueue<DatagramQueuedMessageDispatch> {

    private static final long serialVersionUID = 1L;

    private final transient AtomicLong dropped = new AtomicLong();

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

    long dropped() {
        return dropped.get();
    }
}
