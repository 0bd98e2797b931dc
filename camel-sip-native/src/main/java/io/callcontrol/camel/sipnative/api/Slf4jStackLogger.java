package io.callcontrol.camel.sipnative.api;

import java.util.Properties;

import gov.nist.core.StackLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the JAIN-SIP RI's stack log to SLF4J (logger {@code io.callcontrol.camel.sipnative.stack}), so the
 * RI never needs log4j 1.x. Installed through the {@code gov.nist.javax.sip.STACK_LOGGER} stack property.
 */
public class Slf4jStackLogger implements StackLogger {

    private static final Logger LOG = LoggerFactory.getLogger("io.callcontrol.camel.sipnative.stack");
    private static final Logger WIRE = LoggerFactory.getLogger("io.callcontrol.camel.sipnative.wire");
    /** The RI logs whole 64 KiB receive buffers on parse errors: keep log lines readable. */
    private static final int MAX_LENGTH = 2000;

    private static String cap(String message) {
        return message == null || message.length() <= MAX_LENGTH ? message
                : message.substring(0, MAX_LENGTH) + "... (" + message.length() + " chars)";
    }

    public Slf4jStackLogger() {
    }

    @Override
    public void logStackTrace() {
        if (LOG.isTraceEnabled()) {
            LOG.trace("stack trace", new Exception("stack trace"));
        }
    }

    @Override
    public void logStackTrace(int traceLevel) {
        logStackTrace();
    }

    @Override
    public int getLineCount() {
        return 0;
    }

    @Override
    public void logException(Throwable ex) {
        LOG.warn("JAIN-SIP exception", ex);
    }

    @Override
    public void logDebug(String message) {
        LOG.debug(cap(message));
    }

    @Override
    public void logDebug(String message, Exception ex) {
        LOG.debug(cap(message), ex);
    }

    @Override
    public void logTrace(String message) {
        LOG.trace(cap(message));
    }

    @Override
    public void logFatalError(String message) {
        LOG.error(cap(message));
    }

    @Override
    public void logError(String message) {
        LOG.error(cap(message));
    }

    @Override
    public boolean isLoggingEnabled() {
        return LOG.isWarnEnabled();
    }

    @Override
    public boolean isLoggingEnabled(int logLevel) {
        if (logLevel >= TRACE_TRACE) {
            return LOG.isTraceEnabled();
        }
        if (logLevel >= TRACE_DEBUG) {
            return LOG.isDebugEnabled();
        }
        if (logLevel >= TRACE_INFO) {
            // TRACE_INFO is also TRACE_MESSAGES: the wire log needs it
            return LOG.isDebugEnabled() || WIRE.isDebugEnabled();
        }
        if (logLevel >= TRACE_WARN) {
            return LOG.isWarnEnabled();
        }
        return logLevel > TRACE_NONE && LOG.isErrorEnabled();
    }

    @Override
    public void logError(String message, Exception ex) {
        LOG.warn(cap(message), ex);
    }

    @Override
    public void logWarning(String message) {
        // the RI warns at every start about TLS settings it does not use: keep those out of WARN
        if (message != null && (message.contains("TLS") || message.contains("tls") || message.startsWith("Using default"))) {
            LOG.debug(cap(message));
        } else {
            LOG.warn(cap(message));
        }
    }

    @Override
    public void logInfo(String message) {
        // the RI's INFO messages are internals (timer started, thread priority, ...)
        LOG.debug(cap(message));
    }

    @Override
    public void disableLogging() {
        // levels are controlled by the SLF4J backend
    }

    @Override
    public void enableLogging() {
        // levels are controlled by the SLF4J backend
    }

    @Override
    public void setBuildTimeStamp(String buildTimeStamp) {
        LOG.debug("JAIN-SIP RI build {}", buildTimeStamp);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // nothing to configure
    }

    @Override
    public String getLoggerName() {
        return LOG.getName();
    }
}
