package io.callcontrol.camel.sipnative.api;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Locale;
import java.util.Properties;

/**
 * TLS settings of one user agent (transport {@code tls}): the key store holding the agent's certificate (presented
 * to peers that connect to it, and to servers that ask for a client certificate), the trust store that decides
 * which peer certificates are accepted, and whether incoming connections must present a certificate. Files are
 * read when the agent starts. Without a key store the JVM's {@code javax.net.ssl.*} settings apply.
 *
 * @param keyStore           path of the key store file, may be null
 * @param keyStorePassword   its password, may be null
 * @param keyStoreType       its type ({@code PKCS12}, {@code JKS}), null for the JVM default
 * @param trustStore         path of the trust store file, null to use the key store
 * @param trustStorePassword its password, null to use the key store's
 * @param trustStoreType     its type, null for the key store's
 * @param clientAuth         {@code Enabled}, {@code Want}, {@code Disabled} or {@code DisabledAll}
 * @param verifyHostname     whether the certificate of a server the agent connects to must name the host it was
 *                           meant for ({@link HostnameVerifyingTlsPolicy})
 */
public record SipTls(String keyStore, String keyStorePassword, String keyStoreType, String trustStore,
                     String trustStorePassword, String trustStoreType, String clientAuth, boolean verifyHostname) {

    /** The values JAIN-SIP's {@code gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE} takes. */
    public static final String CLIENT_AUTH_VALUES = "Enabled,Want,Disabled,DisabledAll";

    /**
     * Reads the stores as the stack will, so that a wrong path, type or password fails the start with the option
     * named: the stack itself would only log it and fall back to the JVM's settings.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    void check() {
        if (clientAuth != null && !clientAuth.isBlank()) {
            clientAuthValue(clientAuth);
        }
        if (keyStore == null || keyStore.isBlank()) {
            if (trustStore != null && !trustStore.isBlank()) {
                throw new IllegalArgumentException("sip-native: trustStore is set without keyStore; a TLS user agent"
                                                   + " needs a keyStore with its certificate (it also listens for TLS)");
            }
            return;
        }
        load("keyStore", keyStore, keyStoreType, keyStorePassword);
        if (trustStore != null && !trustStore.isBlank()) {
            load("trustStore", trustStore, trustStoreType != null ? trustStoreType : keyStoreType,
                    trustStorePassword != null ? trustStorePassword : keyStorePassword);
        }
    }

    private static void load(String option, String file, String type, String password) {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            KeyStore ks = KeyStore.getInstance(type == null || type.isBlank() ? KeyStore.getDefaultType() : type);
            ks.load(in, password == null ? null : password.toCharArray());
        } catch (Exception e) {
            throw new IllegalArgumentException("sip-native: " + option + " " + file + " could not be read ("
                                               + e.getClass().getSimpleName() + ": " + e.getMessage()
                                               + "); check " + option + ", " + option + "Type and " + option
                                               + "Password", e);
        }
    }

    /** Adds these settings to the properties of a JAIN-SIP stack. */
    void applyTo(Properties stack) {
        if (verifyHostname) {
            stack.setProperty("gov.nist.javax.sip.TLS_SECURITY_POLICY", HostnameVerifyingTlsPolicy.class.getName());
        }
        if (clientAuth != null && !clientAuth.isBlank()) {
            stack.setProperty("gov.nist.javax.sip.TLS_CLIENT_AUTH_TYPE", clientAuthValue(clientAuth));
        }
        if (keyStore == null || keyStore.isBlank()) {
            return;
        }
        stack.setProperty("javax.net.ssl.keyStore", keyStore);
        set(stack, "javax.net.ssl.keyStorePassword", keyStorePassword);
        set(stack, "javax.net.ssl.keyStoreType", keyStoreType);
        set(stack, "javax.net.ssl.trustStore", trustStore);
        set(stack, "javax.net.ssl.trustStorePassword", trustStorePassword);
        set(stack, "javax.net.ssl.trustStoreType", trustStoreType);
    }

    /** The enum constant of a client-auth value given in any case; IllegalArgumentException names the choices. */
    public static String clientAuthValue(String value) {
        for (String v : CLIENT_AUTH_VALUES.split(",")) {
            if (v.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("tlsClientAuth must be one of " + CLIENT_AUTH_VALUES + ", not " + value);
    }

    private static void set(Properties p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.setProperty(key, value);
        }
    }

    @Override
    public String toString() {
        return "SipTls[keyStore=" + keyStore + ", keyStoreType=" + keyStoreType + ", trustStore=" + trustStore
               + ", trustStoreType=" + trustStoreType + ", clientAuth=" + clientAuth + ", verifyHostname=" + verifyHostname
               + "]";
    }
}
