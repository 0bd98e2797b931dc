package io.callcontrol.camel.sipnative.api;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Which host names a server certificate is accepted for (certificates made with the JDK's keytool). */
class HostnameVerifyingTlsPolicyTest {

    @TempDir
    static Path dir;

    private static X509Certificate wildcard;
    private static X509Certificate sipUri;
    private static X509Certificate commonNameOnly;
    private static X509Certificate ipAndDns;

    @BeforeAll
    static void certificates() throws Exception {
        wildcard = certificate("wildcard", "CN=ignored.example.com", "SAN=DNS:*.example.com");
        sipUri = certificate("sipuri", "CN=ignored.example.org", "SAN=URI:sip:pbx.example.org");
        commonNameOnly = certificate("cn", "CN=cn.example.net", null);
        ipAndDns = certificate("ipdns", "CN=10.0.0.9", "SAN=IP:10.0.0.5,DNS:sbc.example.com");
    }

    private static X509Certificate certificate(String alias, String dname, String ext) throws Exception {
        Path store = dir.resolve(alias + ".p12");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var command = new java.util.ArrayList<>(java.util.List.of(keytool, "-genkeypair", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit", "-alias", alias,
                "-keyalg", "EC", "-dname", dname, "-validity", "2"));
        if (ext != null) {
            command.addAll(java.util.List.of("-ext", ext));
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        return (X509Certificate) ks.getCertificate(alias);
    }

    @Test
    void wildcardCoversOneLeftMostLabelOnly() {
        assertThat(HostnameVerifyingTlsPolicy.matches("pbx.example.com", wildcard)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("PBX.Example.COM", wildcard)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("a.pbx.example.com", wildcard)).isFalse();
        assertThat(HostnameVerifyingTlsPolicy.matches("example.com", wildcard)).isFalse();
        // a certificate with subjectAltNames is never matched on its common name
        assertThat(HostnameVerifyingTlsPolicy.matches("ignored.example.com", wildcard)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("ignored.example.org", sipUri)).isFalse();
    }

    @Test
    void sipUriNamesTheDomain() {
        assertThat(HostnameVerifyingTlsPolicy.matches("pbx.example.org", sipUri)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("other.example.org", sipUri)).isFalse();
    }

    @Test
    void commonNameCountsOnlyWithoutSubjectAltNames() {
        assertThat(HostnameVerifyingTlsPolicy.matches("cn.example.net", commonNameOnly)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("x.example.net", commonNameOnly)).isFalse();
        assertThat(HostnameVerifyingTlsPolicy.names(commonNameOnly)).containsExactly("cn.example.net");
    }

    @Test
    void addressesMatchIpEntriesAndNamesDnsEntries() {
        assertThat(HostnameVerifyingTlsPolicy.matches("10.0.0.5", ipAndDns)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("10.0.0.9", ipAndDns)).as("CN ignored: SANs present").isFalse();
        assertThat(HostnameVerifyingTlsPolicy.matches("sbc.example.com", ipAndDns)).isTrue();
        assertThat(HostnameVerifyingTlsPolicy.matches("10.0.0.6", ipAndDns)).isFalse();
        assertThat(HostnameVerifyingTlsPolicy.names(ipAndDns)).containsExactly("10.0.0.5", "sbc.example.com");
    }
}
