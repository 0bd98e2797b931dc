package io.callcontrol.camel.sipnative.api;

import java.util.Properties;

import javax.sip.SipStack;

import gov.nist.core.ServerLogger;
import gov.nist.javax.sip.message.SIPMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes every SIP message the stack sends or receives to SLF4J at DEBUG (logger
 * {@code io.callcontrol.camel.sipnative.wire}). Installed through {@code gov.nist.javax.sip.SERVER_LOGGER}.
 */
public class Slf4jServerLogger implements ServerLogger {

    private static final Logger LOG = LoggerFactory.getLogger("io.callcontrol.camel.sipnative.wire");

    public Slf4jServerLogger() {
    }

    @Override
    public void closeLogFile() {
        // nothing to close
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, boolean sender, long time) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {}\n{}", sender ? "sent" : "received", from, to, message.encode());
        }
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender, long time) {
        logMessage(message, from, to, sender, time);
    }

    @Override
    public void logMessage(SIPMessage message, String from, String to, String status, boolean sender) {
        logMessage(message, from, to, sender, 0L);
    }

    @Override
    public void logException(Exception ex) {
        LOG.debug("SIP message exception", ex);
    }

    @Override
    public void setStackProperties(Properties stackProperties) {
        // nothing to configure
    }

    @Override
    public void setSipStack(SipStack sipStack) {
        // not needed
    }
}
