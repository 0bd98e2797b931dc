package io.callcontrol.camel.sipx;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.callcontrol.camel.sipx.api.SipxCallStatus;
import io.callcontrol.camel.sipx.api.SipxDialogState;
import io.callcontrol.camel.sipx.api.SipxErrors;
import io.callcontrol.camel.sipx.api.SipxXml;
import io.callcontrol.core.http.HttpCall;
import io.callcontrol.core.http.HttpResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The XML formats as the vendor document prints them, and error answers the simulator does not produce. */
class SipxXmlTest {

    /** The document's example, with its odd whitespace inside the namespace attribute. */
    static final String DOC_EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <status-lines xmlns="http://www.sipfoundry.org/sipX/schema/xml/call-status-00-00                                             ">
            <status>
                    <timestamp>1259114103662</timestamp>
                    <call-id>7959e447b88502416ee2477f3d36a480@12.23.34.45</call-id>
                    <method>INVITE</method>
                    <status-line>SIP/2.0 100 Trying</status-line>
            </status>
            <status>
                    <timestamp>1259114103667</timestamp>
                    <call-id>7959e447b88502416ee2477f3d36a480@12.23.34.45</call-id>
                    <method>INVITE</method>
                    <status-line>SIP/2.0 407 Proxy Authentication Required</status-line>
            </status>
            </status-lines>""";

    @Test
    void parsesTheDocumentExample() {
        SipxCallStatus s = SipxXml.callStatus(DOC_EXAMPLE);
        assertThat(s.kind()).isEqualTo(SipxCallStatus.Kind.STATUS_LINES);
        assertThat(s.statusLines()).hasSize(2);
        assertThat(s.statusLines().get(1).timestamp()).isEqualTo(1259114103667L);
        assertThat(s.statusLines().get(1).statusCode()).isEqualTo(407);
        assertThat(s.lastStatusLine().reasonPhrase()).isEqualTo("Proxy Authentication Required");
    }

    @Test
    void parsesDialogsWithoutNamespaceAndEnumStyleStates() {
        SipxCallStatus s = SipxXml.callStatus("<dialogs><dialog><dialog-id>a</dialog-id><local-party>sip:x@y</local-party>"
                + "<remote-party>sip:u@y</remote-party><dialog-state>CONFIRMED</dialog-state></dialog></dialogs>");
        assertThat(s.dialogs()).singleElement().satisfies(d -> assertThat(d.state()).isEqualTo(SipxDialogState.CONFIRMED));
    }

    @Test
    void rejectsDoctypes() {
        assertThatThrownBy(() -> SipxXml.callStatus("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><dialogs>&e;</dialogs>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static HttpResult result(int status, String body, String type) {
        return new HttpResult(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), type);
    }

    @Test
    void mapsErrorAnswers() {
        SipxErrors errors = new SipxErrors();
        HttpCall call = HttpCall.builder("POST", "http://h/callcontroller/a/b").build();
        String bad = "<processing-status><error-flag>true</error-flag><error-code>400</error-code>"
                + "<error-text>Missing calling or called party</error-text></processing-status>";
        assertThat(errors.toException(call, result(400, bad, "text/xml")))
                .isInstanceOfSatisfying(SipxException.BadRequest.class, e -> {
                    assertThat(e.getErrorCode()).isEqualTo("400");
                    assertThat(e.getErrorMessage()).isEqualTo("Missing calling or called party");
                });
        assertThat(errors.toException(call, result(405, "", null)))
                .isInstanceOfSatisfying(SipxException.class, e -> assertThat(e.getHttpStatus()).isEqualTo(405));
        assertThat(errors.isError(result(200, bad, "text/xml"))).as("error-flag true in a 200").isTrue();
        assertThat(errors.isError(result(200, "<processing-status><error-flag>false</error-flag></processing-status>",
                "text/xml"))).isFalse();
        assertThat(errors.isError(result(200, "", null))).isFalse();
        assertThat(List.of(errors.toException(call, result(500, "boom", "text/plain"))))
                .singleElement().isInstanceOf(SipxException.ServerError.class);
    }
}
