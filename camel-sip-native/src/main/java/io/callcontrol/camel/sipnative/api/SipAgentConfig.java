package io.callcontrol.camel.sipnative.api;

import gov.nist.javax.sip.clientauthutils.UserCredentials;

/**
 * Settings of one SIP user agent (identity, transport, listen address, outbound proxy, registration).
 *
 * @param identity              the agent's address of record, {@code sip:agent@domain}
 * @param displayName           display name in From, may be null
 * @param transport             {@code udp}, {@code tcp} or {@code tls}
 * @param listenAddress         IP address to bind and to advertise in Via/Contact
 * @param listenPort            port to bind
 * @param outboundProxy         {@code host:port} every out-of-dialog request goes through, may be null
 * @param register              whether to REGISTER the identity
 * @param registrar             registrar URI, defaults to the identity's domain (or the outbound proxy)
 * @param authUsername          Digest user name, defaults to the identity's user part
 * @param password              Digest password, may be null
 * @param registerExpires       requested registration lifetime, seconds
 * @param registerRetryInterval delay before re-registering after a failure, milliseconds
 * @param requestTimeout        timeout of a non-INVITE transaction (and of an INVITE until the first provisional answer), milliseconds
 * @param userAgent             User-Agent header value
 * @param tls                   TLS settings (transport {@code tls}), may be null
 * @param listenTransports      transports listened on (the first is {@code transport}), all on {@code listenPort}
 * @param limits                overload protection and stack tuning
 */
public record SipAgentConfig(
        String identity,
        String displayName,
        String transport,
        String listenAddress,
        int listenPort,
        String outboundProxy,
        boolean register,
        String registrar,
        String authUsername,
        String password,
        int registerExpires,
        long registerRetryInterval,
        long requestTimeout,
        String userAgent,
        SipTls tls,
        java.util.List<String> listenTransports,
        SipLimits limits) {

    /** Key under which agents are shared: same identity on the same socket is the same agent. */
    public String key() {
        return identity + "|" + transport + "|" + listenAddress + ":" + listenPort;
    }

    /** The credentials answering a Digest challenge: the auth user name (else the identity's user), the password. */
    UserCredentials digestCredentials() {
        String user = authUsername();
        if (user == null || user.isBlank()) {
            user = SipMessages.userPart(identity());
        }
        String u = user;
        String domain = SipMessages.hostPart(identity());
        return new UserCredentials() {
            @Override
            public String getUserName() {
                return u;
            }

            @Override
            public String getPassword() {
                return password();
            }

            @Override
            public String getSipDomain() {
                return domain;
            }
        };
    }
}
