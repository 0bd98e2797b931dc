package io.callcontrol.camel.sipnative.api;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.DialogState;
import javax.sip.DialogTerminatedEvent;
import javax.sip.IOExceptionEvent;
import javax.sip.ListeningPoint;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.SipListener;
import javax.sip.SipProvider;
import javax.sip.SipStack;
import javax.sip.TimeoutEvent;
import javax.sip.Transaction;
import javax.sip.TransactionAlreadyExistsException;
import javax.sip.TransactionState;
import javax.sip.TransactionTerminatedEvent;
import javax.sip.address.Address;
import javax.sip.address.AddressFactory;
import javax.sip.address.SipURI;
import javax.sip.address.URI;
import javax.sip.header.AllowHeader;
import javax.sip.header.CSeqHeader;
import javax.sip.header.CallIdHeader;
import javax.sip.header.ContactHeader;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.FromHeader;
import javax.sip.header.Header;
import javax.sip.header.HeaderFactory;
import javax.sip.header.MaxForwardsHeader;
import javax.sip.header.RequireHeader;
import javax.sip.header.ToHeader;
import javax.sip.header.ViaHeader;
import javax.sip.message.MessageFactory;
import javax.sip.message.Request;
import javax.sip.message.Response;

import gov.nist.javax.sip.SipStackExt;
import gov.nist.javax.sip.SipStackImpl;
import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.clientauthutils.AuthenticationHelper;
import gov.nist.javax.sip.clientauthutils.UserCredentials;
import gov.nist.javax.sip.header.HeaderFactoryImpl;
import gov.nist.javax.sip.message.MessageFactoryImpl;
import gov.nist.javax.sip.stack.SIPServerTransaction;
import io.callcontrol.camel.sipnative.SipNativeDialogNotFoundException;
import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.core.error.CallControlAuthenticationException;
import io.callcontrol.core.error.CallControlConnectionException;
import io.callcontrol.core.error.CallControlTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, MESSAGE, INFO, NOTIFY, REFER, SUBSCRIBE";
    static final long TRYING_DELAY_MILLIS = 200;
    static final String ACCEPT = "application/sdp, text/plain, application/dialog-info+xml, message/sipfrag";

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
    private final InboundLimiter inbound;
    private HeaderFactory headerFactory;
    private AddressFactory addressFactory;
    private MessageFactory messageFactory;
    private AuthenticationHelper authHelper;
    private Address localAddress;
    private Registration registration;
    private volatile boolean running;

    private final ConcurrentMap<String, CallLeg> legs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ClientTransaction> pendingInvites = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Consumer<InboundRequest>> subscriptionNotifyHandlers = new ConcurrentHashMap<>();
    private final Map<ServerTransaction, Boolean> cancelled = new ConcurrentHashMap<>();
    private volatile InboundHandler inviteHandler;
    private volatile InboundHandler messageHandler;

    /** The stack's callbacks (on stack threads), kept out of the agent's public API. */
    private final SipListener listener = new SipListener() {
        @Override
        public void processRequest(RequestEvent event) {
            SipUserAgent.this.processRequest(event);
        }

        @Override
        public void processResponse(ResponseEvent event) {
            SipUserAgent.this.processResponse(event);
        }

        @Override
        public void processTimeout(TimeoutEvent event) {
            SipUserAgent.this.processTimeout(event);
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
        this.inbound = new InboundLimiter(config.limits() == null ? SipLimits.defaults() : config.limits());
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

    private SipLimits limits() {
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
        Properties p = new Properties();
        p.setProperty("javax.sip.STACK_NAME", stackName);
        p.setProperty("javax.sip.AUTOMATIC_DIALOG_SUPPORT", "off");
        p.setProperty("gov.nist.javax.sip.STACK_LOGGER", Slf4jStackLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.SERVER_LOGGER", Slf4jServerLogger.class.getName());
        p.setProperty("gov.nist.javax.sip.MESSAGE_PARSER_FACTORY", SanitizingParserFactory.class.getName());
        p.setProperty("gov.nist.javax.sip.TRACE_LEVEL", LoggerFactory.getLogger("io.callcontrol.camel.sipnative.wire").isDebugEnabled() ? "32" : "0");
        p.setProperty("gov.nist.javax.sip.LOG_MESSAGE_CONTENT", "true");
        p.setProperty("gov.nist.javax.sip.DELIVER_UNSOLICITED_NOTIFY", "true");
        p.setProperty("gov.nist.javax.sip.REENTRANT_LISTENER", "true");
        // a fixed pool of stack threads reading a bounded queue (see GuardedMessageProcessorFactory); the RI's
        // age-based congestion auditor would watch the RI's own (replaced) queue: off
        p.setProperty("gov.nist.javax.sip.THREAD_POOL_SIZE", String.valueOf(Math.max(1, limits.stackThreadPoolSize())));
        p.setProperty("gov.nist.javax.sip.CONGESTION_CONTROL_TIMEOUT", "0");
        // the RI asks the kernel for a 64 KiB receive buffer (~100 INVITEs): a burst overflowed it before any
        // of our bounds applied
        p.setProperty("gov.nist.javax.sip.RECEIVE_UDP_BUFFER_SIZE", "1048576");
        // transaction timers on a ScheduledThreadPoolExecutor: the default java.util.Timer keeps every cancelled
        // task in its heap until due, and under load its heap maintenance was the stack's top cost
        p.setProperty("gov.nist.javax.sip.TIMER_CLASS_NAME", "gov.nist.javax.sip.stack.timers.ScheduledExecutorSipTimer");
        p.setProperty("gov.nist.javax.sip.MAX_SERVER_TRANSACTIONS", String.valueOf(Math.max(100, limits.maxServerTransactions())));
        p.setProperty("gov.nist.javax.sip.CACHE_CLIENT_CONNECTIONS", "true");
        p.setProperty("gov.nist.javax.sip.MAX_MESSAGE_SIZE", String.valueOf(Math.max(4096, limits.maxMessageSize())));
        p.setProperty("gov.nist.javax.sip.AGGRESSIVE_CLEANUP", "true");
        if ("tls".equals(config.transport()) && config.tls() != null) {
            config.tls().check();
            config.tls().applyTo(p);
        }
        if (config.outboundProxy() != null && !config.outboundProxy().isBlank()) {
            String proxy = config.outboundProxy().trim();
            if (proxy.startsWith("sip:")) {
                proxy = proxy.substring(4);
            }
            if (!proxy.contains("/")) {
                proxy = proxy + "/" + config.transport();
            }
            p.setProperty("javax.sip.OUTBOUND_PROXY", proxy);
        }
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
            authHelper = ((SipStackExt) s).getAuthenticationHelper((tx, realm) -> credentials(), headerFactory);
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
        for (ClientTransaction ct : pendingInvites.values()) {
            if (ct.getApplicationData() instanceof Pending p) {
                p.fail(new CallControlConnectionException(SipNativeException.VENDOR, "the SIP stack was restarted: " + reason, null));
            }
        }
        pendingInvites.clear();
        legs.clear();
        shutdownStack();
        inbound.reset();
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
        return inbound.pending();
    }

    /** Incoming requests refused (503 or dropped) because {@code maxPendingRequests} was reached. */
    public long overloadRejections() {
        return inbound.refused();
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
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (ClientTransaction ct : pendingInvites.values()) {
            try {
                if (ct.getState() == TransactionState.PROCEEDING) {
                    ClientTransaction cancel = provider.getNewClientTransaction(ct.createCancel());
                    cancel.sendRequest();
                    // the 487 (ACKed by the transaction layer) completes the INVITE: wait for it
                    if (ct.getApplicationData() instanceof Pending p) {
                        pending.add(p.future.exceptionally(t -> null));
                    }
                }
            } catch (Exception e) {
                LOG.debug("CANCEL on stop failed", e);
            }
        }
        pendingInvites.clear();
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
        subscriptionNotifyHandlers.clear();
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
        return pendingInvites.size();
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

    /** The handler runs on the stack thread and must only queue the NOTIFY (no blocking, no processing). */
    void addSubscriptionHandler(String callId, Consumer<InboundRequest> handler) {
        subscriptionNotifyHandlers.put(callId, handler);
    }

    void removeSubscriptionHandler(String callId) {
        subscriptionNotifyHandlers.remove(callId);
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

    private UserCredentials credentials() {
        String user = config.authUsername();
        if (user == null || user.isBlank()) {
            user = userPart(config.identity());
        }
        String u = user;
        String domain = hostPart(config.identity());
        return new UserCredentials() {
            @Override
            public String getUserName() {
                return u;
            }

            @Override
            public String getPassword() {
                return config.password();
            }

            @Override
            public String getSipDomain() {
                return domain;
            }
        };
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

    static String userPart(String uri) {
        String s = uri.replaceFirst("^<", "").replaceFirst("^sips?:", "");
        int at = s.indexOf('@');
        return at < 0 ? s : s.substring(0, at);
    }

    static String hostPart(String uri) {
        String s = uri.replaceFirst("^<", "").replaceFirst(">$", "").replaceFirst("^sips?:", "");
        int at = s.indexOf('@');
        s = at < 0 ? s : s.substring(at + 1);
        int semi = s.indexOf(';');
        return semi < 0 ? s : s.substring(0, semi);
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

    static String newTag() {
        return Long.toHexString(UUID.randomUUID().getMostSignificantBits());
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

    /** A final response with the dialog it belongs to (when the request created one). */
    record Final(Response response, Dialog dialog) {
    }

    /**
     * Sends a request in a new client transaction. The future completes with the final response (any status,
     * after one Digest retry on 401/407), or fails with a timeout after {@code timeoutMillis} without a final
     * response, or a connection error. {@code provisional} sees 1xx responses.
     */
    CompletableFuture<Final> send(Request request, Dialog dialog, long timeoutMillis, Consumer<Response> provisional) {
        if (provider == null) {
            return CompletableFuture.failedFuture(new CallControlConnectionException(SipNativeException.VENDOR,
                    "SIP user agent " + config.identity() + " is not running", null));
        }
        Pending pending = new Pending(request.getMethod(), dialog, provisional);
        try {
            ClientTransaction ct = provider.getNewClientTransaction(request);
            ct.setApplicationData(pending);
            pending.transaction = ct;
            if (pending.createsDialog()) {
                pending.dialog = provider.getNewDialog(ct);
            }
            if (Request.INVITE.equals(request.getMethod())) {
                pendingInvites.put(callId(request), ct);
            }
            if (timeoutMillis > 0) {
                pending.timer = scheduler.schedule(() -> pending.timeout(timeoutMillis), timeoutMillis, TimeUnit.MILLISECONDS);
            }
            if (dialog != null) {
                dialog.sendRequest(ct);
            } else {
                ct.sendRequest();
            }
        } catch (Exception e) {
            pending.fail(wrap(e));
        }
        return pending.future;
    }

    /** State of one outgoing request, attached to its client transaction. */
    final class Pending {
        final String method;
        final Consumer<Response> provisional;
        final CompletableFuture<Final> future = new CompletableFuture<>();
        volatile Dialog dialog;
        volatile ClientTransaction transaction;
        volatile ScheduledFuture<?> timer;
        volatile boolean gotProvisional;
        final java.util.concurrent.atomic.AtomicBoolean settled = new java.util.concurrent.atomic.AtomicBoolean();
        int authAttempts;

        Pending(String method, Dialog dialog, Consumer<Response> provisional) {
            this.method = method;
            this.dialog = dialog;
            this.provisional = provisional;
        }

        boolean createsDialog() {
            return dialog == null && (Request.INVITE.equals(method) || Request.SUBSCRIBE.equals(method));
        }

        void done() {
            ScheduledFuture<?> t = timer;
            if (t != null) {
                t.cancel(false);
            }
            ClientTransaction ct = transaction;
            if (ct != null && Request.INVITE.equals(method)) {
                pendingInvites.remove(callId(ct.getRequest()), ct);
            }
        }

        boolean isSettled() {
            return settled.get();
        }

        void complete(Response response, Dialog d) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            done();
            Final f = new Final(response, d != null ? d : dialog);
            worker.execute(() -> future.complete(f));
        }

        void fail(Throwable t) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            done();
            worker.execute(() -> future.completeExceptionally(t));
        }

        void timeout(long millis) {
            if (isSettled()) {
                return;
            }
            ClientTransaction ct = transaction;
            fail(new CallControlTimeoutException(SipNativeException.VENDOR,
                    method + " to " + (ct == null ? "?" : ct.getRequest().getRequestURI()) + " got no final answer within " + millis + " ms", null));
            if (ct != null && Request.INVITE.equals(method) && gotProvisional) {
                try {
                    provider.getNewClientTransaction(ct.createCancel()).sendRequest();
                } catch (Exception e) {
                    LOG.debug("CANCEL after timeout failed", e);
                }
            }
        }
    }

    // ------------------------------------------------------------------ SipListener (stack threads: no blocking)

    void processResponse(ResponseEvent event) {
        Response response = event.getResponse();
        ClientTransaction ct = event.getClientTransaction();
        if (ct == null) {
            strayResponse(event);
            return;
        }
        Object data = ct.getApplicationData();
        if (!(data instanceof Pending pending)) {
            return;
        }
        int status = response.getStatusCode();
        if ((status == 401 || status == 407) && config.password() != null && pending.authAttempts < 1 && !pending.isSettled()) {
            pending.authAttempts++;
            try {
                ClientTransaction retry = authHelper.handleChallenge(response, ct, provider, 5, true);
                retry.setApplicationData(pending);
                pending.transaction = retry;
                if (Request.INVITE.equals(pending.method)) {
                    pendingInvites.put(callId(retry.getRequest()), retry);
                }
                Dialog inDialog = ct.getDialog();
                boolean wasInDialog = inDialog != null && inDialog.getState() == DialogState.CONFIRMED;
                if (wasInDialog) {
                    inDialog.sendRequest(retry);
                } else {
                    if (Request.INVITE.equals(pending.method) || Request.SUBSCRIBE.equals(pending.method)) {
                        pending.dialog = provider.getNewDialog(retry);
                    }
                    retry.sendRequest();
                }
            } catch (Exception e) {
                pending.fail(wrap(e));
            }
            return;
        }
        if (status == 401 || status == 407) {
            pending.fail(new CallControlAuthenticationException(SipNativeException.VENDOR, String.valueOf(status),
                    response.getReasonPhrase(), status, response.toString(), null));
            return;
        }
        if (status < 200) {
            pending.gotProvisional = true;
            if (pending.provisional != null) {
                worker.execute(() -> pending.provisional.accept(response));
            }
            return;
        }
        if (pending.isSettled()) {
            // final answer after we gave up: a late 2xx to an INVITE must be ACKed and hung up
            if (status < 300 && Request.INVITE.equals(pending.method) && event.getDialog() != null) {
                ackAndBye(event.getDialog(), response);
            }
            return;
        }
        pending.complete(response, event.getDialog());
    }

    private void strayResponse(ResponseEvent event) {
        Response response = event.getResponse();
        CSeqHeader cseq = (CSeqHeader) response.getHeader(CSeqHeader.NAME);
        if (cseq == null || !Request.INVITE.equals(cseq.getMethod()) || response.getStatusCode() / 100 != 2) {
            return;
        }
        CallLeg leg = legs.get(callId(response));
        Dialog d = event.getDialog();
        try {
            if (leg != null && leg.lastAck() != null) {
                leg.dialog().sendAck(leg.lastAck());
            } else if (leg == null && d != null) {
                ackAndBye(d, response);
            }
        } catch (Exception e) {
            LOG.debug("Could not answer a retransmitted 2xx", e);
        }
    }

    private void ackAndBye(Dialog d, Response response) {
        try {
            long seq = ((CSeqHeader) response.getHeader(CSeqHeader.NAME)).getSeqNumber();
            Request ack = d.createAck(seq);
            String offer = bodyOf(response);
            if (offer != null) {
                setBody(ack, "application/sdp", Sdp.rejectingAnswer(offer, config.listenAddress()));
            }
            d.sendAck(ack);
            Request bye = d.createRequest(Request.BYE);
            ClientTransaction ct = provider.getNewClientTransaction(bye);
            d.sendRequest(ct);
        } catch (Exception e) {
            LOG.debug("Could not hang up a late-answered call", e);
        }
    }

    void processTimeout(TimeoutEvent event) {
        if (event.isServerTransaction()) {
            return;
        }
        ClientTransaction ct = event.getClientTransaction();
        if (ct != null && ct.getApplicationData() instanceof Pending pending) {
            pending.fail(new CallControlTimeoutException(SipNativeException.VENDOR,
                    pending.method + " to " + ct.getRequest().getRequestURI() + " timed out (no answer to the retransmissions)", null));
        }
    }

    void processIOException(IOExceptionEvent event) {
        LOG.warn("SIP I/O error with {}:{}/{}", event.getHost(), event.getPort(), event.getTransport());
    }

    void processTransactionTerminated(TransactionTerminatedEvent event) {
        if (event.isServerTransaction()) {
            cancelled.remove(event.getServerTransaction());
        } else {
            ClientTransaction ct = event.getClientTransaction();
            if (ct.getApplicationData() instanceof Pending pending && !pending.isSettled() && pending.transaction == ct) {
                pending.fail(new CallControlConnectionException(SipNativeException.VENDOR,
                        pending.method + " transaction ended without a final answer", null));
            }
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

    void processRequest(RequestEvent event) {
        Request request = event.getRequest();
        String method = request.getMethod();
        if (Request.ACK.equals(method)) {
            return;
        }
        String invalid = RequestScreen.problem(request);
        if (invalid != null) {
            // answered without a transaction: the request is not one the transaction layer should hold
            LOG.debug("Rejecting {}: {}", method, invalid);
            respondStateless(request, RequestScreen.status(invalid), RequestScreen.reason(invalid));
            return;
        }
        ServerTransaction st = event.getServerTransaction();
        boolean permit = false;
        if (st == null && running && isNewInbound(request)) {
            if (congested() || !inbound.tryAcquire()) {
                overloaded(request);
                return;
            }
            permit = true;
        }
        boolean handedOff = false;
        try {
            if (st == null) {
                try {
                    st = provider.getNewServerTransaction(request);
                } catch (TransactionAlreadyExistsException e) {
                    return; // a retransmission, the transaction layer answers it
                } catch (Exception e) {
                    LOG.warn("No server transaction for {} (answering 500 statelessly): {}", method, e.toString());
                    respondStateless(request, 500, null);
                    return;
                }
            }
            if (!running) {
                respond(st, request, 503, null, null, null, null);
                return;
            }
            try {
                handedOff = dispatch(st, request, event.getDialog(), permit);
            } catch (Exception e) {
                LOG.warn("Error handling {}", method, e);
                respond(st, request, 500, null, null, null, null);
            }
        } finally {
            if (permit && !handedOff) {
                inbound.release();
            }
        }
    }

    /**
     * True while received datagrams wait longer than {@code maxQueueDelay} for a stack thread: the stack cannot
     * keep up, new requests are refused (cheaply, without a transaction) so that it catches up instead of
     * answering everything too late.
     */
    private boolean congested() {
        long limit = limits().maxQueueDelay();
        GuardedMessageProcessorFactory f = processorFactory;
        if (limit <= 0 || f == null || f.queueDelay() <= limit) {
            return false;
        }
        inbound.countRefused();
        return true;
    }

    /** An out-of-dialog INVITE or MESSAGE a consumer takes (the requests {@code maxPendingRequests} bounds). */
    private boolean isNewInbound(Request request) {
        String method = request.getMethod();
        if (!Request.INVITE.equals(method) && !Request.MESSAGE.equals(method)) {
            return false;
        }
        ToHeader to = (ToHeader) request.getHeader(ToHeader.NAME);
        if (to == null || to.getTag() != null) {
            return false;
        }
        return Request.INVITE.equals(method) ? inviteHandler != null : messageHandler != null;
    }

    /** Beyond maxPendingRequests: a stateless 503 with Retry-After, or nothing. */
    private void overloaded(Request request) {
        SipLimits limits = limits();
        if (!limits.rejectWhenOverloaded()) {
            return;
        }
        try {
            Response r = messageFactory.createResponse(Response.SERVICE_UNAVAILABLE, request);
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to != null && to.getTag() == null) {
                to.setTag(statelessTag(request));
            }
            if (limits.retryAfter() > 0) {
                r.addHeader(headerFactory.createRetryAfterHeader(limits.retryAfter()));
            }
            provider.sendResponse(r);
        } catch (Exception e) {
            LOG.warn("Could not send 503 for {} {}: {}", request.getMethod(), callIdOrNull(request), e.toString());
        }
    }

    /** The same To tag for every retransmission of a request answered without a transaction. */
    private static String statelessTag(Request request) {
        ViaHeader via = (ViaHeader) request.getHeader(ViaHeader.NAME);
        String branch = via == null || via.getBranch() == null ? callIdOrNull(request) : via.getBranch();
        return Integer.toHexString(String.valueOf(branch).hashCode()) + "s";
    }

    private static String callIdOrNull(Request request) {
        CallIdHeader cid = (CallIdHeader) request.getHeader(CallIdHeader.NAME);
        return cid == null ? null : cid.getCallId();
    }

    /** Returns true when the request was handed to a consumer (which then owns the inbound permit). */
    private boolean dispatch(ServerTransaction st, Request request, Dialog dialog, boolean permit) throws Exception {
        String method = request.getMethod();
        if (!Request.CANCEL.equals(method) && request.getHeader(RequireHeader.NAME) != null) {
            List<String> required = new ArrayList<>();
            for (Iterator<?> it = request.getHeaders(RequireHeader.NAME); it.hasNext(); ) {
                required.add(((RequireHeader) it.next()).getOptionTag());
            }
            Response r = messageFactory.createResponse(Response.BAD_EXTENSION, request);
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to.getTag() == null) {
                to.setTag(toTagFor(st));
            }
            for (String tag : required) {
                r.addHeader(headerFactory.createUnsupportedHeader(tag));
            }
            sendResponse(st, r);
            return false;
        }
        String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        String callId = callId(request);
        switch (method) {
            case Request.INVITE -> {
                if (toTag != null) {
                    reInvite(st, request, callId);
                } else {
                    InboundHandler h = inviteHandler;
                    if (h == null) {
                        respond(st, request, Response.TEMPORARILY_UNAVAILABLE, null, null, null, null);
                    } else {
                        InboundRequest in = new InboundRequest(this, st, request, permit ? inbound::release : null);
                        // RFC 3261 8.2.6.1: 100 Trying only when the final answer takes longer than 200 ms
                        ServerTransaction tx = st;
                        try {
                            scheduler.schedule(() -> {
                                if (!in.isAnswered() && tx.getState() == TransactionState.TRYING) {
                                    in.provisional(Response.TRYING);
                                }
                            }, TRYING_DELAY_MILLIS, TimeUnit.MILLISECONDS);
                        } catch (java.util.concurrent.RejectedExecutionException e) {
                            // the timer is full (overload): the 100 is optional, the transaction absorbs retransmissions
                        }
                        return handOff(h, in);
                    }
                }
            }
            case Request.CANCEL -> cancel(st, request);
            case Request.BYE -> {
                CallLeg leg = legFor(request, callId);
                if (leg == null || !legs.remove(callId, leg)) {
                    respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
                } else {
                    respond(st, request, Response.OK, null, null, null, null);
                    hangUpPartner(leg);
                }
            }
            case Request.MESSAGE -> {
                InboundHandler h = messageHandler;
                if (h == null) {
                    respond(st, request, Response.METHOD_NOT_ALLOWED, null, null, null, null);
                } else {
                    return handOff(h, new InboundRequest(this, st, request, permit ? inbound::release : null));
                }
            }
            case Request.NOTIFY -> notify(st, request, callId);
            case Request.INFO -> respond(st, request, legFor(request, callId) != null ? Response.OK : Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST,
                    null, null, null, null);
            case Request.OPTIONS -> respond(st, request, Response.OK, null, null, null, null);
            case Request.SUBSCRIBE -> respond(st, request, Response.BAD_EVENT, null, null, null, null);
            case Request.REFER -> respond(st, request, toTag == null || !legs.containsKey(callId)
                    ? Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST : Response.DECLINE, null, null, null, null);
            default -> respond(st, request, Response.METHOD_NOT_ALLOWED, null, null, null, null);
        }
        return false;
    }

    /** Hands a request to its consumer on the worker pool; the request is answered even if that fails. */
    private boolean handOff(InboundHandler h, InboundRequest in) {
        try {
            worker.execute(() -> {
                try {
                    h.onRequest(in);
                } catch (RuntimeException e) {
                    LOG.warn("Consumer failed on incoming {}", in.method(), e);
                    in.reject(Response.SERVER_INTERNAL_ERROR, null);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            in.reject(Response.SERVICE_UNAVAILABLE, null);
        }
        return true;
    }

    /** The held leg an in-dialog request belongs to: same Call-ID and both tags of its dialog, else null. */
    private CallLeg legFor(Request request, String callId) {
        CallLeg leg = legs.get(callId);
        if (leg == null) {
            return null;
        }
        String fromTag = ((FromHeader) request.getHeader(FromHeader.NAME)).getTag();
        String toTag = ((ToHeader) request.getHeader(ToHeader.NAME)).getTag();
        Dialog d = leg.dialog();
        if (d.getLocalTag() != null && !d.getLocalTag().equals(toTag)) {
            return null;
        }
        if (d.getRemoteTag() != null && !d.getRemoteTag().equals(fromTag)) {
            return null;
        }
        return leg;
    }

    private void reInvite(ServerTransaction st, Request request, String callId) throws Exception {
        CallLeg leg = legFor(request, callId);
        if (leg == null) {
            respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
            return;
        }
        // the agent has no media of its own: a session refresh gets the last SDP again, a real change is refused
        if (leg.localSdp() == null) {
            respond(st, request, Response.NOT_ACCEPTABLE_HERE, null, null, null, null);
            return;
        }
        respond(st, request, Response.OK, null, null, "application/sdp", leg.localSdp());
    }

    private void cancel(ServerTransaction st, Request request) {
        ServerTransaction invite = st instanceof SIPServerTransaction sst ? (ServerTransaction) sst.getCanceledInviteTransaction() : null;
        if (invite == null) {
            respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
            return;
        }
        respond(st, request, Response.OK, null, null, null, null);
        if (invite.getState() == TransactionState.PROCEEDING || invite.getState() == TransactionState.TRYING) {
            cancelled.put(invite, Boolean.TRUE);
            respond(invite, invite.getRequest(), Response.REQUEST_TERMINATED, null, null, null, null);
        }
    }

    boolean isCancelled(ServerTransaction st) {
        return cancelled.containsKey(st);
    }

    private void notify(ServerTransaction st, Request request, String callId) {
        EventHeader event = (EventHeader) request.getHeader(EventHeader.NAME);
        String pkg = event == null ? "" : event.getEventType();
        if ("refer".equalsIgnoreCase(pkg)) {
            CallLeg leg = legFor(request, callId);
            if (leg == null) {
                respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
                return;
            }
            respond(st, request, Response.OK, null, null, null, null);
            String frag = bodyOf(request);
            String state = String.valueOf(request.getHeader("Subscription-State"));
            CompletableFuture<String> f = leg.referResult();
            if (frag != null) {
                leg.lastSipfrag(frag.trim());
                int code = sipfragStatus(frag);
                if (code >= 200 && f != null) {
                    worker.execute(() -> f.complete(frag.trim()));
                }
            }
            if (state.toLowerCase().contains("terminated") && f != null) {
                String last = leg.lastSipfrag();
                worker.execute(() -> f.complete(last == null ? "SIP/2.0 200 OK" : last));
            }
            return;
        }
        Consumer<InboundRequest> h = subscriptionNotifyHandlers.get(callId);
        if (h == null) {
            respond(st, request, Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST, null, null, null, null);
            return;
        }
        // queued (in arrival order) before the 200 lets the notifier send the next NOTIFY
        h.accept(new InboundRequest(this, st, request));
        respond(st, request, Response.OK, null, null, null, null);
    }

    /** Status code of a {@code message/sipfrag} body ({@code SIP/2.0 180 Ringing}), 0 if unreadable. */
    static int sipfragStatus(String frag) {
        if (frag == null) {
            return 0;
        }
        String s = frag.trim();
        if (!s.startsWith("SIP/2.0 ") || s.length() < 11) {
            return 0;
        }
        try {
            return Integer.parseInt(s.substring(8, 11));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ------------------------------------------------------------------ responding

    void respondProvisional(ServerTransaction st, Request request, int status) {
        try {
            Response r = messageFactory.createResponse(status, request);
            if (status > 100) {
                ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
                to.setTag(toTagFor(st));
                r.addHeader(contactHeader());
            }
            st.sendResponse(r);
        } catch (Exception e) {
            LOG.warn("Could not send {} for {} {}: {}", status, request.getMethod(), callIdOrNull(request), reasonOf(e));
            LOG.debug("Sending the response failed", e);
        }
    }

    private String toTagFor(ServerTransaction st) {
        // the branch id of the transaction is unique: derive the To tag from it, keep no per-call state
        return Integer.toHexString(st.getBranchId().hashCode()) + "a";
    }

    /** Answers a request; returns whether the response was handed to the transport. */
    boolean respond(ServerTransaction st, Request request, int status, String reason, List<String> contacts,
                    String contentType, String body) {
        try {
            Response r = messageFactory.createResponse(status, request);
            if (reason != null && !reason.isBlank()) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to.getTag() == null && status > 100) {
                to.setTag(toTagFor(st));
            }
            if (contacts != null) {
                for (String c : contacts) {
                    r.addHeader(headerFactory.createContactHeader(toAddress(c)));
                }
            }
            if (status == Response.METHOD_NOT_ALLOWED || (status == Response.OK && Request.OPTIONS.equals(request.getMethod()))) {
                for (String m : ALLOW.split(", ")) {
                    r.addHeader(headerFactory.createAllowHeader(m));
                }
            }
            if (status == Response.OK && Request.OPTIONS.equals(request.getMethod())) {
                for (String type : ACCEPT.split(", ")) {
                    int slash = type.indexOf('/');
                    r.addHeader(headerFactory.createAcceptHeader(type.substring(0, slash), type.substring(slash + 1)));
                }
            }
            if (status / 100 == 2 && (Request.INVITE.equals(request.getMethod()))) {
                r.addHeader(contactHeader());
            }
            setBody(r, contentType, body);
            sendResponse(st, r);
            return true;
        } catch (Exception e) {
            LOG.warn("Could not send {} for {} {}: {}", status, request.getMethod(), callIdOrNull(request), reasonOf(e));
            LOG.debug("Sending the response failed", e);
            return false;
        }
    }

    private void sendResponse(ServerTransaction st, Response r) throws Exception {
        if (st == null) {
            provider.sendResponse(r);
        } else {
            if (r.getStatusCode() >= 300 && st instanceof gov.nist.javax.sip.stack.SIPTransaction tx
                    && Request.INVITE.equals(st.getRequest().getMethod())) {
                // timer I: how long the transaction absorbs retransmitted ACKs once the final answer was ACKed
                tx.setTimerT4((int) Math.max(tx.getBaseTimerInterval(), limits().inviteAckLinger()));
            }
            st.sendResponse(r);
        }
    }

    private void respondStateless(Request request, int status, String reason) {
        try {
            Response r = messageFactory.createResponse(status, request);
            if (reason != null && !reason.isBlank()) {
                r.setReasonPhrase(reason);
            }
            ToHeader to = (ToHeader) r.getHeader(ToHeader.NAME);
            if (to != null && to.getTag() == null) {
                to.setTag(statelessTag(request));
            }
            provider.sendResponse(r);
        } catch (Exception e) {
            LOG.warn("Could not send {} (stateless) for {} {}: {}", status, request.getMethod(), callIdOrNull(request), reasonOf(e));
            LOG.debug("Sending the response failed", e);
        }
    }

    /** A failure's reason for a log line: the exception and its root cause. */
    static String reasonOf(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (cause: " + root + ")";
    }

    /** 200 OK with SDP to an incoming INVITE; the agent holds the dialog until BYE. Returns the dialog id. */
    String answerInvite(ServerTransaction st, Request request, String sdp) {
        try {
            if (isCancelled(st)) {
                return null;
            }
            Dialog d = provider.getNewDialog(st);
            String callId = callId(request);
            CallLeg leg = new CallLeg(callId, d, ((FromHeader) request.getHeader(FromHeader.NAME)).getAddress().getURI().toString());
            leg.remoteSdp(bodyOf(request));
            leg.localSdp(sdp);
            // held before the 200 OK goes out (a BYE may follow it at once); requests on it wait for the 200 OK
            legs.put(callId, leg);
            if (!respond(st, request, Response.OK, null, null, sdp == null ? null : "application/sdp", sdp)) {
                legs.remove(callId, leg);
                leg.established().completeExceptionally(new CallControlConnectionException(SipNativeException.VENDOR,
                        "the 200 OK answering " + callId + " could not be sent", null));
                return null;
            }
            leg.established().complete(null);
            return callId;
        } catch (Exception e) {
            LOG.warn("Could not answer INVITE", e);
            respond(st, request, Response.SERVER_INTERNAL_ERROR, null, null, null, null);
            return null;
        }
    }

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
        if (callId != null && (legs.containsKey(callId) || pendingInvites.containsKey(callId))) {
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

    private void hangUpPartner(CallLeg leg) {
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
        ClientTransaction ct = pendingInvites.get(dialogId);
        if (ct != null) {
            try {
                Request cancel = ct.createCancel();
                ClientTransaction cct = provider.getNewClientTransaction(cancel);
                Pending p = new Pending(Request.CANCEL, null, null);
                cct.setApplicationData(p);
                p.transaction = cct;
                cct.sendRequest();
                return p.future.thenApply(ev -> toSipResponse(ev.response(), dialogId));
            } catch (Exception e) {
                return CompletableFuture.failedFuture(wrap(e));
            }
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

    static String callId(javax.sip.message.Message m) {
        return ((CallIdHeader) m.getHeader(CallIdHeader.NAME)).getCallId();
    }

    static String bodyOf(javax.sip.message.Message m) {
        byte[] raw = m.getRawContent();
        return raw == null || raw.length == 0 ? null : new String(raw, StandardCharsets.UTF_8);
    }

    static Map<String, String> headerMap(javax.sip.message.Message m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Iterator<?> names = m.getHeaderNames(); names.hasNext(); ) {
            String name = (String) names.next();
            List<String> values = new ArrayList<>();
            for (Iterator<?> it = m.getHeaders(name); it.hasNext(); ) {
                Header h = (Header) it.next();
                String s = h.toString();
                int colon = s.indexOf(':');
                values.add((colon < 0 ? s : s.substring(colon + 1)).trim());
            }
            out.put(name, String.join(", ", values));
        }
        return out;
    }

    SipResponse toSipResponse(Response r, String dialogId) {
        return new SipResponse(r.getStatusCode(), r.getReasonPhrase(), headerMap(r), bodyOf(r), r.toString(), dialogId);
    }

    static RuntimeException wrap(Throwable e) {
        if (e instanceof java.util.concurrent.CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RuntimeException re) {
            return re;
        }
        if (e instanceof ParseException) {
            return new SipNativeException("PARSE", e.getMessage(), 0, null);
        }
        return new CallControlConnectionException(SipNativeException.VENDOR, e.getMessage(), e);
    }
}
