package io.callcontrol.camel.sipnative.api;

import java.util.Properties;

import org.slf4j.LoggerFactory;

/** The JAIN-SIP RI settings of one agent's stack: its name, loggers, parser, thread pool, timers, bounds, TLS, proxy. */
final class SipStackProperties {

    private SipStackProperties() {
    }

    static Properties of(SipAgentConfig config, SipLimits limits, String stackName) {
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
        return p;
    }
}
