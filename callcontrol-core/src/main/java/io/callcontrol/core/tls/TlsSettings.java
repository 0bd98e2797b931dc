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

import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.ssl.DefaultHostnameVerifier;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS choices shared by every HTTP and WebSocket client of the suite: the JVM's default trust with hostname
 * verification unless told otherwise; Camel's {@link SSLContextParameters} (key and trust managers, protocols,
 * cipher suites), which take precedence over the trust-store options; a trust store (file, password, type); or,
 * explicitly, {@code trustAllCertificates}, which wins over everything and logs a WARN on every start. Host names
 * are verified unless {@code trustAllCertificates}.
 *
 * @param trustStore           path of a trust store file, or null for the JVM default trust
 * @param trustStorePassword   its password (may be null)
 * @param trustStoreType       its type, {@code PKCS12} when null
 * @param trustAllCertificates accept any certificate and host name (tests and labs only)
 * @param sslContextParameters Camel's TLS configuration (e.g. the {@code sslContextParameters} option or the
 *                             global one), or null
 * @param camelContext         the context the parameters resolve their resources and placeholders in (with them)
 */
public record TlsSettings(String trustStore, String trustStorePassword, String trustStoreType,
                          boolean trustAllCertificates, SSLContextParameters sslContextParameters,
                          CamelContext camelContext) {

    private static final Logger LOG = LoggerFactory.getLogger(TlsSettings.class);

    public TlsSettings(String trustStore, String trustStorePassword, String trustStoreType, boolean trustAllCertificates) {
        this(trustStore, trustStorePassword, trustStoreType, trustAllCertificates, null, null);
    }

    public static TlsSettings defaults() {
        return new TlsSettings(null, null, null, false);
    }

    /**
     * These settings with Camel's TLS configuration (null: none), resolved in {@code context} (null: the one the
     * parameters are bound to).
     */
    public TlsSettings withSslContextParameters(SSLContextParameters parameters, CamelContext context) {
        return new TlsSettings(trustStore, trustStorePassword, trustStoreType, trustAllCertificates, parameters,
                parameters == null ? null : context != null ? context : parameters.getCamelContext());
    }

    /** The key and trust managers of the {@link SSLContextParameters} (for clients that take managers, not a context). */
    public Managers managers() {
        if (sslContextParameters == null) {
            return null;
        }
        try {
            javax.net.ssl.KeyManager[] keys = null;
            javax.net.ssl.TrustManager[] trust = null;
            // the managers (and their key stores) resolve resources in a Camel context, as createSSLContext does
            org.apache.camel.support.jsse.KeyManagersParameters km = sslContextParameters.getKeyManagers();
            if (km != null) {
                km.setCamelContext(camelContext);
                if (km.getKeyStore() != null) {
                    km.getKeyStore().setCamelContext(camelContext);
                }
                keys = km.createKeyManagers();
            }
            org.apache.camel.support.jsse.TrustManagersParameters tm = sslContextParameters.getTrustManagers();
            if (tm != null) {
                tm.setCamelContext(camelContext);
                if (tm.getKeyStore() != null) {
                    tm.getKeyStore().setCamelContext(camelContext);
                }
                trust = tm.createTrustManagers();
            }
            return new Managers(keys, trust);
        } catch (Exception e) {
            throw new IllegalArgumentException("Cannot set up TLS from sslContextParameters: " + e.getMessage(), e);
        }
    }

    /** Key managers (null: none) and trust managers (null: the JVM's default trust). */
    public record Managers(javax.net.ssl.KeyManager[] keyManagers, javax.net.ssl.TrustManager[] trustManagers) {
    }

    /** Builds the SSL context; logs the trust-all WARN (call once per client start). */
    public SSLContext sslContext(String owner) {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            if (trustAllCertificates) {
                LOG.warn("{}: trustAllCertificates=true -- TLS certificates and host names are NOT verified. "
                         + "Never use this in production.", owner);
                ctx.init(null, new TrustManager[] { new TrustAll() }, new SecureRandom());
            } else if (sslContextParameters != null) {
                return sslContextParameters.createSSLContext(camelContext);
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
