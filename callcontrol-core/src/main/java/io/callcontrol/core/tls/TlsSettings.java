package io.callcontrol.core.tls;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS choices shared by every HTTP and WebSocket client of the suite: the JVM's default trust with hostname
 * verification unless told otherwise; a trust store (file, password, type); or, explicitly,
 * {@code trustAllCertificates}, which logs a WARN on every start.
 *
 * @param trustStore          path of a trust store file, or null for the JVM default trust
 * @param trustStorePassword  its password (may be null)
 * @param trustStoreType      its type, {@code PKCS12} when null
 * @param trustAllCertificates accept any certificate and host name (tests and labs only)
 */
public record TlsSettings(String trustStore, String trustStorePassword, String trustStoreType,
                          boolean trustAllCertificates) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsSettings.class);

    public static TlsSettings defaults() {
        return new TlsSettings(null, null, null, false);
    }

    /** Builds the SSL context; logs the trust-all WARN (call once per client start). */
    public SSLContext sslContext(String owner) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            if (trustAllCertificates) {
                LOG.warn("{}: trustAllCertificates=true -- TLS certificates and host names are NOT verified. "
                         + "Never use this in production.", owner);
                ctx.init(null, new TrustManager[] { new TrustAll() }, new SecureRandom());
            } else if (trustStore != null && !trustStore.isBlank()) {
                KeyStore ks = KeyStore.getInstance(trustStoreType == null ? "PKCS12" : trustStoreType);
                try (InputStream in = Files.newInputStream(Path.of(trustStore))) {
                    ks.load(in, trustStorePassword == null ? null : trustStorePassword.toCharArray());
                }
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(ks);
                ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
            } else {
                return SSLContext.getDefault();
            }
            return ctx;
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot set up TLS for " + owner + " (trustStore=" + trustStore + "): " + e.getMessage(), e);
        }
    }

    public HostnameVerifier hostnameVerifier() {
        return trustAllCertificates ? NoopHostnameVerifier.INSTANCE : new DefaultHostnameVerifier();
    }

    private static final class TrustAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
