package io.callcontrol.camel.sipx.api;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses the call controller's XML answers with the JDK's DOM parser (no DTDs, no external entities). Element names
 * are matched by local name, with or without the {@code call-status-00-00} namespace.
 */
public final class SipxXml {

    private SipxXml() {
    }

    /** Whether the text looks like XML at all (500 answers are plain text). */
    public static boolean isXml(String text) {
        return text != null && text.stripLeading().startsWith("<");
    }

    /** Configured once (no DTDs, no external entities); builders are made from it per thread and reused. */
    private static final DocumentBuilderFactory FACTORY = factory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(() -> {
        synchronized (FACTORY) { // a factory is not guaranteed to be thread-safe
            try {
                return FACTORY.newDocumentBuilder();
            } catch (javax.xml.parsers.ParserConfigurationException e) {
                throw new IllegalStateException("No secure XML parser: " + e.getMessage(), e);
            }
        }
    });

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("No secure XML parser: " + e.getMessage(), e);
        }
    }

    public static Element parse(String xml) {
        try {
            DocumentBuilder b = BUILDER.get();
            b.reset(); // back to the factory's configuration
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(xml.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            return d.getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("Malformed sipX XML answer: " + e.getMessage(), e);
        }
    }

    /** {@code <status-lines>} or {@code <dialogs>}. */
    public static SipxCallStatus callStatus(String xml) {
        Element root = parse(xml);
        String name = localName(root);
        if ("status-lines".equals(name)) {
            List<SipxStatusLine> lines = new ArrayList<>();
            for (Element s : children(root, "status")) {
                String ts = text(s, "timestamp");
                long millis;
                try {
                    millis = ts == null ? 0 : Long.parseLong(ts.trim());
                } catch (NumberFormatException e) {
                    millis = 0;
                }
                lines.add(new SipxStatusLine(millis, text(s, "call-id"), text(s, "method"), text(s, "status-line")));
            }
            return new SipxCallStatus(SipxCallStatus.Kind.STATUS_LINES, lines, null, xml);
        }
        if ("dialogs".equals(name)) {
            List<SipxDialog> dialogs = new ArrayList<>();
            for (Element d : children(root, "dialog")) {
                dialogs.add(new SipxDialog(text(d, "dialog-id"), text(d, "local-party"), text(d, "remote-party"),
                        text(d, "dialog-state")));
            }
            return new SipxCallStatus(SipxCallStatus.Kind.DIALOGS, null, dialogs, xml);
        }
        throw new IllegalArgumentException("Unexpected sipX answer <" + name + ">");
    }

    /** A {@code <processing-status>}, or null when the XML is something else. */
    public static SipxProcessingStatus processingStatus(String xml) {
        Element root = parse(xml);
        if (!"processing-status".equals(localName(root))) {
            return null;
        }
        String flag = text(root, "error-flag");
        return new SipxProcessingStatus(flag != null && flag.trim().equalsIgnoreCase("true"),
                trim(text(root, "error-code")), trim(text(root, "error-text")));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String localName(Node n) {
        return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            if (nl.item(i) instanceof Element e && name.equals(localName(e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0).getTextContent().trim();
    }
}
