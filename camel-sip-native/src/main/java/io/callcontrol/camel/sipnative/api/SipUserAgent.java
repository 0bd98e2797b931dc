package io.callcontrol.camel.sipnative.api;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sip.Dialog;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import io.callcontrol.camel.sipnative.SipNativeDialogNotFoundException;
import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.core.error.CallControlTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static io.callcontrol.camel.sipnative.api.SipMessages.bodyOf;
import static io.callcontrol.camel.sipnative.api.SipMessages.callId;
import static io.callcontrol.camel.sipnative.api.SipMessages.headerMap;
import static io.callcontrol.camel.sipnative.api.SipMessages.hostPart;
import static io.callcontrol.camel.sipnative.api.SipMessages.newTag;
import static io.callcontrol.camel.sipnative.api.SipMessages.userPart;
import static io.callcontrol.camel.sipnative.api.SipMessages.wrap;

/**
 * One SIP user agent (one identity on one socket) built on the JAIN-SIP RI, shared by every endpoint that
 * names the identity. Sends requests with their own timeouts and answers Digest challenges, dispatches
 * incoming requests to the consumers, holds the dialogs of live calls (and nothing once they end).
 * <p>
 * Stack callbacks only look up state and hand the work to the agent's worker pool; every future this class
 * returns completes on a worker thread, never on a stack thread.
 */
public final class SipUserAgent {

    private static final Logger LOG = LoggerFactory.getLogger(SipUserAgent.class);
    private static final AtomicInteger STACK_COUNTER = new AtomicInteger();

    private final SipAgentConfig config;
    private final ExecutorService worker;
    private final ScheduledExecutorService scheduler;
    private final Runnable onStopped;

    private SipStack stack;
    private SipProvider provider;
    private final List<ListeningPoint> listeningPoints = new ArrayList<>();
    private GuardedMessageProcessorFactory processorFactory;
    private volatile ListenerWatch listenerWatch;
    private ScheduledFuture<?> watchdog;
    private volatile String listenerFailure;
    private final AtomicInteger restarts = new AtomicInteger();
    private final InboundDispatcher server;
    private final OutboundTransactions client;
    private HeaderFactory headerFactory;
    private AddressFactory addressFactory;
    private MessageFactory messageFactory;
    private AuthenticationHelper authHelper;
    private Address localAddress;
    private Registration registration;
    private volatile boolean running;

    private final ConcurrentMap<String, CallLeg> legs = new ConcurrentHashMap<>();
    private volatile InboundHandler inviteHandler;
    private volatile InboundHandler messageHandler;

    /** The stack's callbacks (on stack threads), kept out of the agent's public API. */
    private final SipListener listener = new SipListener() {
        @Override
        public void processRequest(RequestEvent event) {
            server.processRequest(event);
        }

        @Override
        public void processResponse(ResponseEvent event) {
            client.processResponse(event);
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
            client.processTimeout(event);
        }

        @Override
        public void processIOException(IOExceptionEvent event) {
            SipUserAgent.this.processIOException(event);
        }

        @Override
        public void processTransactionTerminated(TransactionTerminatedEvent event) {
            SipUserAgent.this.processTransactionTerminated(event);
        }

        @Override
        public void processDialogTerminated(DialogTerminatedEvent event) {
            SipUserAgent.this.processDialogTerminated(event);
        }
    };

    /**
     * @param config    the agent's settings
     * @param worker    pool the agent hands all work to (owned by the caller, shut down by it after {@link #stop()})
     * @param scheduler timer for timeouts and refreshes (owned by the caller)
     * @param onStopped called once the agent has stopped
     */
    public SipUserAgent(SipAgentConfig config, ExecutorService worker, ScheduledExecutorService scheduler, Runnable onStopped) {
        this.config = config;
        this.worker = worker;
        this.scheduler = scheduler;
        this.onStopped = onStopped;
        this.server = new InboundDispatcher(this, limits());
        this.client = new OutboundTransactions(this);
    }

    public SipAgentConfig config() {
        return config;
    }

    // ------------------------------------------------------------------ lifecycle

    public synchronized void start() throws Exception {
        if (running) {
            return;
        }
        startStack();
        running = true;
        if (config.register()) {
            registration = new Registration(this, config);
            registration.start();
        }
        LOG.info("SIP user agent {} listening on {}:{}/{}", config.identity(), config.listenAddress(), config.listenPort(),
                String.join(",", transports()));
    }

    SipLimits limits() {
        return config.limits() == null ? SipLimits.defaults() : config.limits();
    }

    private List<String> transports() {
        return config.listenTransports() == null || config.listenTransports().isEmpty()
                ? List.of(config.transport()) : config.listenTransports();
    }

    /** Creates and starts the stack, its listening points and the watchdog of its listener threads. */
    private void startStack() throws Exception {
        SipLimits limits = limits();
        String stackName = "callcontrol-sip-" + STACK_COUNTER.incrementAndGet();
        Properties p = SipStackProperties.of(config, limits, stackName);
        SipStackImpl s = new SipStackImpl(p);
        GuardedMessageProcessorFactory factory = new GuardedMessageProcessorFactory(Math.max(16, limits.stackQueueSize()));
        s.setMessageProcessorFactory(factory);
        try {
            headerFactory = new HeaderFactoryImpl();
            addressFactory = new AddressFactoryImpl();
            messageFactory = new MessageFactoryImpl();
            ((MessageFactoryImpl) messageFactory).setDefaultUserAgentHeader(
                    headerFactory.createUserAgentHeader(List.of(config.userAgent() == null ? "callcontrol-camel" : config.userAgent())));
            listeningPoints.clear();
            for (String t : transports()) {
                listeningPoints.add(s.createListeningPoint(config.listenAddress(), config.listenPort(), t));
            }
            provider = s.createSipProvider(listeningPoints.get(0));
            for (int i = 1; i < listeningPoints.size(); i++) {
                provider.addListeningPoint(listeningPoints.get(i));
            }
            provider.addSipListener(listener);
            localAddress = addressFactory.createAddress(config.identity());
            if (config.displayName() != null && !config.displayName().isBlank()) {
                localAddress.setDisplayName(config.displayName());
            }
            authHelper = ((SipStackExt) s).getAuthenticationHelper((tx, realm) -> config.digestCredentials(), headerFactory);
            s.start();
        } catch (Exception e) {
            stack = s;
            shutdownStack();
            throw e;
        }
        stack = s;
        processorFactory = factory;
        int udpChannels = transports().contains("udp") ? Math.max(1, limits.stackThreadPoolSize()) : 0;
        listenerWatch = ListenerWatch.find(stackName, config.listenAddress(), config.listenPort(), listeningPoints.size(),
                udpChannels, 2000);
        if (limits.watchdogInterval() > 0 && watchdog == null) {
            watchdog = scheduler.scheduleWithFixedDelay(this::checkListener, limits.watchdogInterval(), limits.watchdogInterval(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Watchdog: a dead listener thread makes the agent unhealthy and restarts the stack after the restart delay. */
    private void checkListener() {
        try {
            ListenerWatch w = listenerWatch;
            if (!running || w == null || listenerFailure != null) {
                return;
            }
            String dead = w.deadThread();
            if (dead == null) {
                return;
            }
            listenerFailure = "SIP listener thread " + dead + " has died";
            LOG.error("{} of user agent {}: nothing is received any more; restarting the SIP stack in {} ms", listenerFailure,
                    config.identity(), limits().restartDelay());
            scheduler.schedule(this::restartStack, Math.max(0, limits().restartDelay()), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.warn("SIP listener watchdog failed", e);
        }
    }

    /**
     * Replaces the stack by a new one on the same sockets. Calls held and requests pending on the old stack are
     * lost (their transactions and dialogs lived in it); the registration is refreshed at once.
     */
    synchronized void restartStack() {
        if (!running) {
            return;
        }
        String reason = listenerFailure;
        client.failAll(reason);
        legs.clear();
        shutdownStack();
        server.limiter().reset();
        while (running) {
            try {
                startStack();
                restarts.incrementAndGet();
                listenerFailure = null;
                LOG.info("SIP stack of user agent {} restarted after: {}", config.identity(), reason);
                if (registration != null) {
                    registration.refreshNow();
                }
                return;
            } catch (Exception e) {
                LOG.warn("Restarting the SIP stack of {} failed, trying again: {}", config.identity(), e.toString());
                try {
                    wait(Math.max(100, limits().restartDelay()));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Why the agent cannot receive requests right now (a dead listener thread), or null while it can. */
    public String listenerProblem() {
        String f = listenerFailure;
        if (f != null) {
            return f;
        }
        ListenerWatch w = listenerWatch;
        String dead = w == null ? null : w.deadThread();
        return dead == null ? null : "SIP listener thread " + dead + " has died";
    }

    /** How many times the stack was restarted after a dead listener. */
    public int restartCount() {
        return restarts.get();
    }

    /** Incoming out-of-dialog requests handed to the routes and not answered yet. */
    public int pendingInboundRequests() {
        return server.limiter().pending();
    }

    /** Incoming requests refused (503 or dropped) because {@code maxPendingRequests} was reached. */
    public long overloadRejections() {
        return server.limiter().refused();
    }

    /** Received datagrams dropped because the stack's receive queue was full (current stack). */
    public long droppedDatagrams() {
        GuardedMessageProcessorFactory f = processorFactory;
        return f == null ? 0 : f.droppedDatagrams();
    }

    /** The names of the listener threads the watchdog watches (for tests and diagnostics). */
    public List<String> listenerThreadNames() {
        ListenerWatch w = listenerWatch;
        return w == null ? List.of() : w.threads().stream().map(Thread::getName).toList();
    }

    List<Thread> listenerThreads() {
        ListenerWatch w = listenerWatch;
        return w == null ? List.of() : w.threads();
    }

    /**
     * Cancels pending INVITEs, hangs up the calls still held, removes the registration and the subscriptions
     * (each best effort, waiting at most {@code graceMillis}), then stops the stack.
     */
    public void stop(long graceMillis) {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        List<CompletableFuture<?>> pending = new ArrayList<>(client.cancelAll());
        for (CallLeg leg : legs.values()) {
            pending.add(bye(leg, false).exceptionally(t -> null));
        }
        if (registration != null) {
            pending.add(registration.stop().exceptionally(t -> null));
        }
        for (Runnable r : stopHooks) {
            r.run();
        }
        try {
            CompletableFuture.allOf(pending.toArray(new CompletableFuture[0])).get(graceMillis, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            LOG.debug("Not every BYE/unREGISTER was answered before stop", e);
        }
        legs.clear();
        server.clear();
        synchronized (this) {
            if (watchdog != null) {
                watchdog.cancel(false);
                watchdog = null;
            }
            shutdownStack();
            notifyAll();
        }
        if (onStopped != null) {
            onStopped.run();
        }
        LOG.info("SIP user agent {} stopped", config.identity());
    }

    private final List<Runnable> stopHooks = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Runs when the agent stops, before the stack goes down (subscriptions use it to unsubscribe). */
    public void onStop(Runnable hook) {
        stopHooks.add(hook);
    }

    private void shutdownStack() {
        SipStack s = stack;
        if (s == null) {
            return;
        }
        SipProvider oldProvider = provider;
        gov.nist.javax.sip.EventScanner scanner = s instanceof SipStackImpl impl ? impl.getEventScanner() : null;
        try {
            if (provider != null) {
                // no deleteSipProvider: it sleeps a second, and stop() closes the sockets anyway
                provider.removeSipListener(listener);
            }
        } catch (Exception e) {
            LOG.debug("Error removing SIP listener", e);
        }
        s.stop();
        if (scanner != null) {
            // the RI leaves its (non-daemon) EventScannerThread blocked in take() after stop(): mark it stopped,
            // then wake it with an event nobody listens to any more, so that it sees the flag and ends
            scanner.forceStop();
            if (oldProvider != null) {
                scanner.addEvent(new gov.nist.javax.sip.EventWrapper(
                        new IOExceptionEvent(oldProvider, config.listenAddress(), config.listenPort(), config.transport()), null));
            }
        }
        stack = null;
        provider = null;
        listeningPoints.clear();
        listenerWatch = null;
    }

    public boolean isRunning() {
        return running;
    }

    /** True while the stack is up (also during the stop's goodbye messages). */
    public boolean isRunningOrStopping() {
        return provider != null;
    }

    /** Calls currently held (answered, originated or click-to-dialled and not yet ended). */
    public Collection<CallLeg> calls() {
        return legs.values();
    }

    /** Number of INVITEs sent and not yet finally answered. */
    public int pendingInviteCount() {
        return client.pendingInviteCount();
    }

    public Registration registration() {
        return registration;
    }

    public void setInviteHandler(InboundHandler handler) {
        this.inviteHandler = handler;
    }

    public void setMessageHandler(InboundHandler handler) {
        this.messageHandler = handler;
    }

    public InboundHandler inviteHandler() {
        return inviteHandler;
    }

    public InboundHandler messageHandler() {
        return messageHandler;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ExecutorService worker() {
        return worker;
    }

    /** The agent's worker pool, for callers that must not send on their own thread (TCP/TLS connects). */
    public java.util.concurrent.Executor executor() {
        return worker;
    }

    HeaderFactory headerFactory() {
        return headerFactory;
    }

    SipProvider provider() {
        return provider;
    }

    MessageFactory messageFactory() {
        return messageFactory;
    }

    AuthenticationHelper authHelper() {
        return authHelper;
    }

    GuardedMessageProcessorFactory processorFactory() {
        return processorFactory;
    }

    /** The legs held, by dialog id (Call-ID). */
    ConcurrentMap<String, CallLeg> legs() {
        return legs;
    }

    /** The server side: answers to incoming requests go through it. */
    InboundDispatcher server() {
        return server;
    }

    /**
     * Sends a request in a new client transaction; see {@link OutboundTransactions#send}: completes with the final
     * response (after one Digest retry), fails after {@code timeoutMillis} without one or on a connection error.
     */
    CompletableFuture<OutboundTransactions.Final> send(Request request, Dialog dialog, long timeoutMillis,
                                                       Consumer<Response> provisional) {
        return client.send(request, dialog, timeoutMillis, provisional);
    }

    // ------------------------------------------------------------------ building requests

    /** Parses a target: {@code sip:bob@host}, {@code <sip:bob@host>}, {@code bob@host}, or {@code bob} (identity's domain). */
    Address toAddress(String target) throws ParseException {
        String t = target.trim();
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        if (!t.contains(":") || (!t.startsWith("sip:") && !t.startsWith("sips:") && !t.startsWith("tel:") && !t.contains("<"))) {
            if (!t.startsWith("sip:") && !t.startsWith("sips:") && !t.startsWith("tel:")) {
                t = t.contains("@") ? "sip:" + t : "sip:" + t + "@" + hostPart(config.identity());
            }
        }
        return addressFactory.createAddress(t);
    }

    ContactHeader contactHeader() throws ParseException {
        SipURI uri = addressFactory.createSipURI(userPart(config.identity()), config.listenAddress());
        uri.setPort(config.listenPort());
        if (!"udp".equalsIgnoreCase(config.transport())) {
            uri.setTransportParam(config.transport());
        }
        return headerFactory.createContactHeader(addressFactory.createAddress(uri));
    }

    Request newRequest(String method, Address to, URI requestUri, String callId) throws Exception {
        if (requestUri instanceof SipURI sip && sip.getTransportParam() == null && !"udp".equalsIgnoreCase(config.transport())) {
            // the agent has only a TCP (or TLS) socket: say so in the Request-URI, or the stack would pick UDP
            requestUri = (URI) requestUri.clone();
            ((SipURI) requestUri).setTransportParam(config.transport());
        }
        FromHeader from = headerFactory.createFromHeader(localAddress, newTag());
        ToHeader toHeader = headerFactory.createToHeader(to, null);
        CallIdHeader cid = callId == null ? provider.getNewCallId() : headerFactory.createCallIdHeader(callId);
        CSeqHeader cseq = headerFactory.createCSeqHeader(1L, method);
        ViaHeader via = headerFactory.createViaHeader(config.listenAddress(), config.listenPort(), config.transport(), null);
        MaxForwardsHeader mf = headerFactory.createMaxForwardsHeader(70);
        Request r = messageFactory.createRequest(requestUri, method, cid, cseq, from, toHeader, new ArrayList<>(List.of(via)), mf);
        r.addHeader(contactHeader());
        return r;
    }

    void addHeaders(Request r, Map<String, String> headers) throws ParseException {
        if (headers == null) {
            return;
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getValue() != null) {
                r.addHeader(headerFactory.createHeader(e.getKey(), e.getValue()));
            }
        }
    }

    void setBody(javax.sip.message.Message m, String contentType, String body) throws ParseException {
        if (body == null) {
            return;
        }
        String type = contentType == null ? "text/plain" : contentType;
        int slash = type.indexOf('/');
        ContentTypeHeader ct = headerFactory.createContentTypeHeader(
                slash < 0 ? type : type.substring(0, slash), slash < 0 ? "plain" : type.substring(slash + 1));
        m.setContent(body.getBytes(StandardCharsets.UTF_8), ct);
    }

    // ------------------------------------------------------------------ sending

    /** Sends an out-of-dialog non-INVITE request and completes with its final response (2xx or not). */
    public CompletableFuture<SipResponse> request(String method, String target, String contentType, String body,
                                                  Map<String, String> headers) {
        try {
            Address to = toAddress(target);
            Request r = newRequest(method, to, to.getURI(), null);
            addHeaders(r, headers);
            setBody(r, contentType, body);
            return send(r, null, config.requestTimeout(), null).thenApply(ev -> toSipResponse(ev.response(), null));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(wrap(e));
        }
    }

    /** Sends a request within a held dialog and completes with its final response. */
    public CompletableFuture<SipResponse> requestInDialog(String dialogId, String method, String contentType, String body,
                                                          Map<String, String> headers) {
        CallLeg leg = legs.get(dialogId);
        if (leg == null) {
            return CompletableFuture.failedFuture(new SipNativeDialogNotFoundException(dialogId));
        }
        return requestInDialog(leg, method, contentType, body, headers);
    }

    CompletableFuture<SipResponse> requestInDialog(CallLeg leg, String method, String contentType, String body,
                                                   Map<String, String> headers) {
        if (!leg.established().isDone()) {
            return leg.established().thenCompose(v -> requestInDialog(leg, method, contentType, body, headers));
        }
        try {
            Request r = leg.dialog().createRequest(method);
            addHeaders(r, headers);
            setBody(r, contentType, body);
            return send(r, leg.dialog(), config.requestTimeout(), null).thenApply(ev -> toSipResponse(ev.response(), null));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(wrap(e));
        }
    }

    // ------------------------------------------------------------------ SipListener (stack threads: no blocking)

    void processIOException(IOExceptionEvent event) {
        LOG.warn("SIP I/O error with {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    void processTransactionTerminated(TransactionTerminatedEvent event) {
        if (event.isServerTransaction()) {
            server.transactionTerminated(event.getServerTransaction());
        } else {
            client.transactionTerminated(event.getClientTransaction());
        }
    }

    void processDialogTerminated(DialogTerminatedEvent event) {
        Dialog d = event.getDialog();
        if (d != null && d.getCallId() != null) {
            CallLeg leg = legs.get(d.getCallId().getCallId());
            if (leg != null && leg.dialog() == d) {
                legs.remove(leg.id(), leg);
            }
        }
    }

    // ------------------------------------------------------------------ responding

    // ------------------------------------------------------------------ calls

    /**
     * Sends an INVITE (with the given SDP offer, or none) and completes with the held leg once answered with
     * 2xx; the ACK is left to {@link #ack}. Gives up (CANCEL) after {@code answerTimeout} milliseconds.
     */
    public CompletableFuture<CallLeg> invite(String target, String sdp, Map<String, String> headers, long answerTimeout,
                                             java.util.function.IntConsumer provisionalStatus) {
        return invite(target, sdp, headers, answerTimeout, provisionalStatus, null);
    }

    /**
     * As {@link #invite(String, String, Map, long, java.util.function.IntConsumer)}, with the Call-ID to use (null:
     * a new one). {@code provisionalStatus} (may be null) sees the status of each provisional answer.
     */
    public CompletableFuture<CallLeg> invite(String target, String sdp, Map<String, String> headers, long answerTimeout,
                                             java.util.function.IntConsumer provisionalStatus, String callId) {
        Consumer<Response> provisional = provisionalStatus == null ? null : r -> provisionalStatus.accept(r.getStatusCode());
        if (callId != null && (legs.containsKey(callId) || client.isPendingInvite(callId))) {
            return CompletableFuture.failedFuture(new SipNativeException("DUPLICATE_CALL_ID",
                    "Call-ID " + callId + " is already in use", 0, null));
        }
        final Address to;
        final Request r;
        try {
            to = toAddress(target);
            r = newRequest(Request.INVITE, to, to.getURI(), callId);
            addHeaders(r, headers);
            if (sdp != null) {
                setBody(r, "application/sdp", sdp);
            }
        } catch (Exception e) {
            return CompletableFuture.failedFuture(wrap(e));
        }
        return send(r, null, answerTimeout, provisional).thenApply(f -> {
            Response resp = f.response();
            if (resp.getStatusCode() >= 300) {
                throw SipNativeException.ofStatus(resp.getStatusCode(), resp.getReasonPhrase(), resp.toString());
            }
            CallLeg leg = new CallLeg(callId(r), f.dialog(), to.getURI().toString());
            leg.remoteSdp(bodyOf(resp));
            leg.localSdp(sdp);
            leg.lastAck(null);
            leg.established().complete(null);
            legs.put(leg.id(), leg);
            leg.cseqOfInvite = ((CSeqHeader) resp.getHeader(CSeqHeader.NAME)).getSeqNumber();
            return leg;
        });
    }

    /** ACKs the 2xx of an INVITE the agent sent, with the SDP answer when the 2xx carried the offer. */
    public void ack(CallLeg leg, String sdpAnswer) {
        try {
            Request ack = leg.dialog().createAck(leg.cseqOfInvite);
            if (sdpAnswer != null) {
                setBody(ack, "application/sdp", sdpAnswer);
                leg.localSdp(sdpAnswer);
            }
            leg.dialog().sendAck(ack);
            leg.lastAck(ack);
        } catch (Exception e) {
            throw wrap(e);
        }
    }

    /** Sends BYE on a held leg and forgets it; with {@code partnerToo} the partner leg (3PCC) is hung up as well. */
    public CompletableFuture<SipResponse> bye(CallLeg leg, boolean partnerToo) {
        if (!leg.established().isDone()) {
            return leg.established().thenCompose(v -> bye(leg, partnerToo));
        }
        legs.remove(leg.id(), leg);
        CompletableFuture<SipResponse> f;
        try {
            Request bye = leg.dialog().createRequest(Request.BYE);
            f = send(bye, leg.dialog(), config.requestTimeout(), null).thenApply(ev -> toSipResponse(ev.response(), leg.id()));
        } catch (Exception e) {
            f = CompletableFuture.failedFuture(wrap(e));
        }
        if (partnerToo) {
            hangUpPartner(leg);
        }
        return f;
    }

    void hangUpPartner(CallLeg leg) {
        String partner = leg.partnerId();
        if (partner != null) {
            CallLeg other = legs.get(partner);
            if (other != null) {
                bye(other, false);
            }
        }
    }

    /** Hangs up a held call (BYE, and its 3PCC partner) or cancels a pending INVITE (CANCEL), by dialog id. */
    public CompletableFuture<SipResponse> hangup(String dialogId) {
        CallLeg leg = legs.get(dialogId);
        if (leg != null) {
            return bye(leg, true);
        }
        CompletableFuture<OutboundTransactions.Final> cancel = client.cancel(dialogId);
        if (cancel != null) {
            return cancel.thenApply(ev -> toSipResponse(ev.response(), dialogId));
        }
        return CompletableFuture.failedFuture(new SipNativeDialogNotFoundException(dialogId));
    }

    public CallLeg leg(String dialogId) {
        return legs.get(dialogId);
    }

    /** Pairs two legs of a 3PCC call: when one party hangs up, the other is hung up too. */
    public void link(CallLeg a, CallLeg b) {
        a.partnerId(b.id());
        b.partnerId(a.id());
    }

    /**
     * REFERs the leg's remote party to {@code target} and, when {@code waitForResult}, follows the NOTIFY
     * progress until a final sipfrag (or {@code timeout}); completes with the final sipfrag status line (or
     * {@code SIP/2.0 202 Accepted} when not waiting).
     */
    public CompletableFuture<String> refer(CallLeg leg, String target, boolean waitForResult, long timeout) {
        CompletableFuture<String> result = new CompletableFuture<>();
        leg.lastSipfrag(null);
        leg.referResult(waitForResult ? result : null);
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            headers.put("Refer-To", "<" + toAddress(target).getURI() + ">");
        } catch (ParseException e) {
            return CompletableFuture.failedFuture(wrap(e));
        }
        headers.put("Referred-By", "<" + localAddress.getURI() + ">");
        requestInDialog(leg, Request.REFER, null, null, headers).whenComplete((resp, err) -> {
            if (err != null) {
                result.completeExceptionally(err);
            } else if (!resp.isSuccess()) {
                result.completeExceptionally(SipNativeException.ofStatus(resp.status(), resp.reason(), resp.raw()));
            } else if (!waitForResult) {
                result.complete("SIP/2.0 " + resp.status() + " " + resp.reason());
            }
        });
        ScheduledFuture<?> timer = scheduler.schedule(() -> result.completeExceptionally(new CallControlTimeoutException(
                SipNativeException.VENDOR, "REFER to " + target + " got no final NOTIFY within " + timeout + " ms", null)),
                timeout, TimeUnit.MILLISECONDS);
        return result.whenComplete((r, t) -> {
            timer.cancel(false);
            leg.referResult(null);
        });
    }

    // ------------------------------------------------------------------ helpers

    SipResponse toSipResponse(Response r, String dialogId) {
        return new SipResponse(r.getStatusCode(), r.getReasonPhrase(), headerMap(r), bodyOf(r), r.toString(), dialogId);
    }

}
