package io.callcontrol.camel.sipnative.api;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
 * An {@code application/dialog-info+xml} document (RFC 4235) as received in a NOTIFY of the dialog event
 * package.
 *
 * @param entity  the monitored user ({@code entity} attribute)
 * @param version document version
 * @param state   {@code full} or {@code partial}
 * @param dialogs the dialogs the document reports
 */
public record DialogInfo(String entity, long version, String state, List<Dialog> dialogs) {

    /**
     * One {@code <dialog>} element.
     *
     * @param id              the dialog's id attribute
     * @param callId          call-id attribute, may be null
     * @param localTag        local-tag attribute, may be null
     * @param remoteTag       remote-tag attribute, may be null
     * @param direction       {@code initiator} or {@code recipient}, may be null
     * @param state           {@code trying}, {@code proceeding}, {@code early}, {@code confirmed} or {@code terminated}
     * @param event           the state's event attribute ({@code cancelled}, {@code rejected}, {@code replaced},
     *                        {@code local-bye}, {@code remote-bye}, {@code error}, {@code timeout}), may be null
     * @param code            the state's code attribute (SIP status), 0 when absent
     * @param duration        the duration element, seconds, -1 when absent
     * @param localIdentity   local identity URI
     * @param localDisplay    local identity display name
     * @param localTarget     local target URI
     * @param remoteIdentity  remote identity URI
     * @param remoteDisplay   remote identity display name
     * @param remoteTarget    remote target URI
     */
    public record Dialog(String id, String callId, String localTag, String remoteTag, String direction, String state,
                         String event, int code, long duration, String localIdentity, String localDisplay, String localTarget,
                         String remoteIdentity, String remoteDisplay, String remoteTarget) {
    }

    /** Parses the XML (no DTDs, no external entities). */
    public static DialogInfo parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        Document doc = b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();
        if (!"dialog-info".equals(root.getLocalName())) {
            throw new IllegalArgumentException("not a dialog-info document: <" + root.getLocalName() + ">");
        }
        List<Dialog> dialogs = new ArrayList<>();
        for (Element d : children(root, "dialog")) {
            Element st = child(d, "state");
            Element local = child(d, "local");
            Element remote = child(d, "remote");
            String dur = text(child(d, "duration"));
            dialogs.add(new Dialog(attr(d, "id"), attr(d, "call-id"), attr(d, "local-tag"), attr(d, "remote-tag"),
                    attr(d, "direction"), text(st), st == null ? null : attr(st, "event"),
                    st == null || attr(st, "code") == null ? 0 : parseInt(attr(st, "code")),
                    dur == null ? -1 : parseLong(dur),
                    text(child(local, "identity")), attr(child(local, "identity"), "display"), attr(child(local, "target"), "uri"),
                    text(child(remote, "identity")), attr(child(remote, "identity"), "display"), attr(child(remote, "target"), "uri")));
        }
        String version = attr(root, "version");
        return new DialogInfo(attr(root, "entity"), version == null ? 0 : parseLong(version), attr(root, "state"), List.copyOf(dialogs));
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        NodeList nl = parent.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        List<Element> l = children(parent, name);
        return l.isEmpty() ? null : l.get(0);
    }

    private static String text(Element e) {
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t == null ? null : t.trim();
    }

    private static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name)) {
            return null;
        }
        return e.getAttribute(name);
    }
}
