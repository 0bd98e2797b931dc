package io.callcontrol.camel.sipnative.api;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import gov.nist.javax.sip.address.AddressFactoryImpl;
import gov.nist.javax.sip.header.CSeq;
import gov.nist.javax.sip.header.CallID;
import gov.nist.javax.sip.header.From;
import gov.nist.javax.sip.header.To;
import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.message.SIPRequest;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The RI's parser, with parse errors reduced to one short printable line. The RI answers an unparseable
 * request with {@code 400 Bad Request (<parser message>)}; its raw messages span lines (and hold Java object
 * ids), which made that 400 itself unparseable. Requests it accepts are screened further ({@link RequestScreen}).
 * Installed through {@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}.
 */
public class SanitizingParserFactory implements MessageParserFactory {

    private static final int MAX = 80;

    public SanitizingParserFactory() {
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser delegate = new StringMsgParserFactory().createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> {
            SIPMessage m;
            try {
                m = delegate.parseSIPMessage(bytes, readBody, strict, listener);
            } catch (ParseException e) {
                throw new ParseException(sanitize(e.getMessage()), e.getErrorOffset());
            }
            if (m instanceof SIPRequest request) {
                screen(request, bytes);
            }
            return m;
        };
    }

    /**
     * Records what is wrong with a request the RI accepted (see {@link RequestScreen}). A request missing
     * Call-ID, CSeq, From or To (the RI drops those silently) gets stand-ins for them, so that it reaches the
     * agent, which answers it 400 naming what was missing.
     */
    private static void screen(SIPRequest request, byte[] bytes) {
        String verdict;
        try {
            verdict = RequestScreen.screen(bytes);
        } catch (RuntimeException e) {
            verdict = "400 Bad Request (unreadable request)";
        }
        if (request.getTopmostVia() != null) {
            List<String> missing = new ArrayList<>();
            try {
                if (request.getCallId() == null) {
                    missing.add("Call-ID");
                    request.setHeader(new CallID("missing-" + Long.toHexString(System.nanoTime())));
                }
                if (request.getCSeq() == null) {
                    missing.add("CSeq");
                    CSeq cseq = new CSeq(1, request.getMethod());
                    request.setHeader(cseq);
                }
                if (request.getFrom() == null) {
                    missing.add("From");
                    From from = new From();
                    from.setAddress(new AddressFactoryImpl().createAddress("sip:missing@invalid"));
                    from.setTag("missing");
                    request.setHeader(from);
                }
                if (request.getTo() == null) {
                    missing.add("To");
                    To to = new To();
                    to.setAddress(new AddressFactoryImpl().createAddress("sip:missing@invalid"));
                    request.setHeader(to);
                }
            } catch (ParseException | RuntimeException e) {
                return; // the RI drops it
            }
            if (!missing.isEmpty()) {
                verdict = "400 Bad Request (missing " + String.join(", ", missing) + ")";
            }
        }
        if (verdict != null) {
            RequestScreen.mark(request, verdict);
        }
    }

    static String sanitize(String message) {
        if (message == null) {
            return "unparseable message";
        }
        String s = message.replaceAll("\\[[A-Z]@[0-9a-f]+", "").replaceAll("[\\p{Cntrl}]+", " ").replaceAll(" {2,}", " ").trim();
        if (s.isEmpty()) {
            return "unparseable message";
        }
        return s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
