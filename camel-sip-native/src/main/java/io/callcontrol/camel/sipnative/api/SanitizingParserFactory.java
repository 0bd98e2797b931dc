package io.callcontrol.camel.sipnative.api;

import java.text.ParseException;

import gov.nist.javax.sip.parser.MessageParser;
import gov.nist.javax.sip.parser.MessageParserFactory;
import gov.nist.javax.sip.parser.StringMsgParserFactory;
import gov.nist.javax.sip.stack.SIPTransactionStack;

/**
 * The RI's parser, with parse errors reduced to one short printable line. The RI answers an unparseable
 * request with {@code 400 Bad Request (<parser message>)}; its raw messages span lines (and hold Java object
 * ids), which made that 400 itself unparseable. Installed through {@code gov.nist.javax.sip.MESSAGE_PARSER_FACTORY}.
 */
public class SanitizingParserFactory implements MessageParserFactory {

    private static final int MAX = 80;

    public SanitizingParserFactory() {
    }

    @Override
    public MessageParser createMessageParser(SIPTransactionStack stack) {
        MessageParser delegate = new StringMsgParserFactory().createMessageParser(stack);
        return (bytes, readBody, strict, listener) -> {
            try {
                return delegate.parseSIPMessage(bytes, readBody, strict, listener);
            } catch (ParseException e) {
                throw new ParseException(sanitize(e.getMessage()), e.getErrorOffset());
            }
        };
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
