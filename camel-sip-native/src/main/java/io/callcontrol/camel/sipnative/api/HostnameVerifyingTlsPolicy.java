package io.callcontrol.camel.sipnative.api;

import java.net.InetAddress;
import java.security.cert.Certificate;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;

import gov.nist.javax.sip.ClientTransactionExt;
import io.callcontrol.camel.sipnative.SipNativeException;
import io.callcontrol.core.error.CallControlConnectionException;
import gov.nist.javax.sip.TlsSecurityPolicy;

/**
 * The TLS policy a user agent's stack runs after each handshake of a connection it opened (option
 * {@code tlsVerifyHostname}): the server certificate (already checked against the trust store) must name the host
 * the request was sent to -- the next hop, i.e. the outbound proxy or the Request-URI's host. Names are taken from
 * the subjectAltName entries (IP address, DNS name with an optional left-most wildcard label, or a {@code sip:} URI,
 * RFC 5922), and from the subject's common name only when the certificate has none of those. A mismatch fails the
 * request with a connection error. The stack creates the policy by class name.
 */
public final class HostnameVerifyingTlsPolicy implements TlsSecurityPolicy {

    private static final int SAN_DNS = 2;
    private static final int SAN_URI = 6;
    private static final int SAN_IP = 7;

    @Override
    public void enforceTlsPolicy(ClientTransactionExt transaction) throws SecurityException {
        if (transaction == null || transaction.getNextHop() == null) {
            return; // not a request of a client transaction (e.g. an ACK): nothing names the intended host
        }
        String host = transaction.getNextHop().getHost();
        Certificate[] chain;
        try {
            chain = transaction.getPeerCertificates();
        } catch (SSLPeerUnverifiedException e) {
            throw new SecurityException("TLS peer " + host + " presented no certificate");
        }
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate cert)) {
            throw new SecurityException("TLS peer " + host + " presented no X.509 certificate");
        }
        List<String> names = names(cert);
        if (!matches(host, cert)) {
            String message = "TLS certificate of " + host + ":" + transaction.getNextHop().getPort() + " is for "
                             + names + ", not for " + host + " (set tlsVerifyHostname=false to accept it anyway)";
            // the stack turns the refusal into a failed send it only logs: fail the request with the reason now
            if (transaction.getApplicationData() instanceof OutboundTransactions.Pending pending) {
                pending.fail(new CallControlConnectionException(SipNativeException.VENDOR, message, null));
            }
            throw new SecurityException(message);
        }
    }

    /** The names a certificate is for, as they are written in it (for the error message). */
    static List<String> names(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        for (List<?> san : subjectAltNames(cert)) {
            names.add(String.valueOf(san.get(1)));
        }
        if (names.isEmpty()) {
            String cn = commonName(cert);
            if (cn != null) {
                names.add(cn);
            }
        }
        return names;
    }

    static boolean matches(String host, X509Certificate cert) {
        String h = stripBrackets(host).toLowerCase(Locale.ROOT);
        boolean ip = isIpLiteral(h);
        Collection<List<?>> sans = subjectAltNames(cert);
        boolean anyName = false;
        for (List<?> san : sans) {
            int type = ((Number) san.get(0)).intValue();
            String value = String.valueOf(san.get(1)).toLowerCase(Locale.ROOT);
            if (type == SAN_IP) {
                anyName = true;
                if (ip && sameAddress(h, value)) {
                    return true;
                }
            } else if (type == SAN_DNS) {
                anyName = true;
                if (!ip && dnsMatches(h, value)) {
                    return true;
                }
            } else if (type == SAN_URI && (value.startsWith("sip:") || value.startsWith("sips:"))) {
                anyName = true;
                if (h.equals(value.substring(value.indexOf(':') + 1))) {
                    return true;
                }
            }
        }
        if (anyName) {
            return false;
        }
        String cn = commonName(cert);
        if (cn == null) {
            return false;
        }
        String c = cn.toLowerCase(Locale.ROOT);
        return ip ? isIpLiteral(c) && sameAddress(h, c) : dnsMatches(h, c);
    }

    private static boolean dnsMatches(String host, String pattern) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return host.equals(pattern);
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(stripBrackets(b)));
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static Collection<List<?>> subjectAltNames(X509Certificate cert) {
        try {
            Collection<List<?>> sans = cert.getSubjectAlternativeNames();
            return sans == null ? List.of() : sans;
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    private static String commonName(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }
}
