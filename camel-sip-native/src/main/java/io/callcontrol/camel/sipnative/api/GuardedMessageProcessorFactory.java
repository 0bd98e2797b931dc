package io.callcontrol.camel.sipnative.api;

import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import gov.nist.javax.sip.stack.MessageProcessor;
import gov.nist.javax.sip.stack.OIOMessageProcessorFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;
import gov.nist.javax.sip.stack.UDPMessageProcessor;

/**
 * The RI's message processors, with the UDP one's receive queue replaced (before it starts) by a
 * {@link BoundedDatagramQueue}. Set on the stack with {@code setMessageProcessorFactory} before any listening
 * point is created.
 */
final class GuardedMessageProcessorFactory extends OIOMessageProcessorFactory {

    private static final Field MESSAGE_QUEUE;

    static {
        Field f;
        try {
            f = UDPMessageProcessor.class.getDeclaredField("messageQueue");
            f.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            f = null;
        }
        MESSAGE_QUEUE = f;
    }

    private final int queueSize;
    private final List<BoundedDatagramQueue> queues = new CopyOnWriteArrayList<>();

    GuardedMessageProcessorFactory(int queueSize) {
        this.queueSize = queueSize;
    }

    @Override
    public MessageProcessor createMessageProcessor(SIPTransactionStack stack, InetAddress address, int port, String transport)
            throws IOException {
        MessageProcessor mp = super.createMessageProcessor(stack, address, port, transport);
        if (mp instanceof UDPMessageProcessor udp) {
            if (MESSAGE_QUEUE == null) {
                throw new IOException("cannot bound the JAIN-SIP UDP receive queue (field messageQueue not found)");
            }
            BoundedDatagramQueue q = new BoundedDatagramQueue(queueSize);
            try {
                MESSAGE_QUEUE.set(udp, q);
            } catch (IllegalAccessException e) {
                throw new IOException("cannot bound the JAIN-SIP UDP receive queue", e);
            }
            queues.add(q);
        }
        return mp;
    }

    /** Datagrams dropped because the receive queue was full, since the stack started. */
    long droppedDatagrams() {
        long n = 0;
        for (BoundedDatagramQueue q : queues) {
            n += q.dropped();
        }
        return n;
    }

    /** The longest time a datagram just taken from a non-empty queue had waited, milliseconds. */
    long queueDelay() {
        long d = 0;
        for (BoundedDatagramQueue q : queues) {
            d = Math.max(d, q.lastDelay());
        }
        return d;
    }

    /** Datagrams waiting for a stack thread. */
    int queuedDatagrams() {
        int n = 0;
        for (BoundedDatagramQueue q : queues) {
            n += q.size();
        }
        return n;
    }
}
