package io.callcontrol.core.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request target built without a URI parse per request is the one {@code new SimpleHttpRequest(method,
 * URI.create(url))} gives, for plain URLs and for the odd ones that fall back to URI; the answer's lazily built
 * headers and the cheap body test say the same as before.
 */
class RequestTargetsTest {

    private static final List<String> URLS = List.of(
            "http://127.0.0.1:8899/api/sessions",
            "http://127.0.0.1:8899/api/sessions?limit=10&offset=0",
            "https://pbx.example.com/api/v1/tenants/foo/groups/g%20x/users/u@x/services/calls/",
            "https://pbx.example.com",
            "https://pbx.example.com?x=1",
            "http://PBX.Example.com:80/a/b;c=d/e:f?q=a%2Fb&r=!$'()*+,;=",
            "http://user:pw@pbx.example.com:8080/x",
            "http://[::1]:8080/x",
            "http://my_host:8080/x",
            "http://pbx.example.com/x#frag",
            "http://pbx.example.com/x?y=[1]",
            "http://pbx.example.com/caf\u00e9");

    @Test
    void plainAndOddUrlsGiveTheSameRequestAsUri() throws Exception {
        RequestTargets targets = new RequestTargets();
        for (int round = 0; round < 2; round++) { // the second round reuses the remembered origin
            for (String url : URLS) {
                SimpleHttpRequest viaUri = new SimpleHttpRequest("GET", java.net.URI.create(url));
                SimpleHttpRequest fast = targets.request("GET", url);
                assertThat(fast.getScheme()).as(url).isEqualTo(viaUri.getScheme());
                assertThat(fast.getAuthority()).as(url).isEqualTo(viaUri.getAuthority());
                assertThat(fast.getPath()).as(url).isEqualTo(viaUri.getPath());
                assertThat(fast.getUri()).as(url).isEqualTo(viaUri.getUri());
            }
        }
    }

    @Test
    void aUrlUriRefusesIsStillRefused() {
        RequestTargets targets = new RequestTargets();
        targets.request("GET", "http://pbx.example.com/ok");
        assertThatThrownBy(() -> targets.request("GET", "http://pbx.example.com/a b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets.request("GET", "http://pbx.example.com/a%zz"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets.request("GET", "http://pbx.example.com/x?a=|"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answerHeadersAreReadLazilyWithTheSameValues() {
        HttpResult r = new HttpResult(200, new org.apache.hc.core5.http.Header[] {
            new BasicHeader("Content-Type", "application/json"), new BasicHeader("Set-Cookie", "a=1"),
            new BasicHeader("set-cookie", "b=2") }, null, "application/json");
        assertThat(r.header("content-TYPE")).isEqualTo("application/json");
        assertThat(r.header("X-None")).isNull();
        assertThat(r.headers()).isEqualTo(Map.of("content-type", List.of("application/json"),
                "set-cookie", List.of("a=1", "b=2")));
        assertThat(r.header("Set-Cookie")).isEqualTo("a=1");
        assertThat(r.body()).isEmpty();
    }

    @Test
    void theBodyTestNeverMissesAField() {
        assertThat(json("{\"calls\":[]}").mayContain("\"error")).isFalse();
        assertThat(json("{\"calls\":[],\"errors\":[1]}").mayContain("\"error")).isTrue();
        assertThat(json("{\"error\":\"59: x\"}").mayContain("\"error")).isTrue();
        // an escaped key spells "error" without its bytes: the test cannot tell, so it says maybe
        assertThat(json("{\"\\u0065rror\":\"x\"}").mayContain("\"error")).isTrue();
        assertThat(new HttpResult(200, Map.of(), "{\"error\":1}".getBytes(StandardCharsets.UTF_16), null)
                .mayContain("\"error")).isTrue();
        assertThat(json("").mayContain("\"error")).isFalse();
    }

    @Test
    void theJsonTreeIsParsedOnce() {
        HttpResult r = json("{\"a\":1}");
        assertThat(r.jsonTreeOrNull()).isSameAs(r.jsonTree()).isSameAs(r.jsonTreeOrNull());
        assertThat(json("not json").jsonTreeOrNull()).isNull();
        assertThatThrownBy(() -> json("not json").jsonTree()).isInstanceOf(java.io.UncheckedIOException.class);
    }

    private static HttpResult json(String body) {
        return new HttpResult(200, Map.of(), body.getBytes(StandardCharsets.UTF_8), "application/json");
    }
}
