package io.callcontrol.camel.portasip.jsonapi;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import io.callcontrol.core.tls.TlsSettings;

/**
 * Everything a {@link PortasipJsonApiClient} needs, explicit so the component can build it from its options.
 *
 * @param baseUrl         scheme, host and port of the web server, e.g. {@code https://pbx.example.com:8445}
 *                        (requests go to {@code <baseUrl>/rest/<Service>/<method>/})
 * @param login           account ID (login) for {@code Session/login} and for credential-mode {@code auth_info}
 * @param password        web interface password (16 chars max)
 * @param domain          Media Server domain of the account's billing environment
 * @param apiToken        API token: logs in with the login-API token pair instead of the password
 * @param accessToken     a ready access token (JWT): used as is (Bearer in the json transport,
 *                        {@code auth_info.access_token} in the form transport), no login/logout
 * @param useSession      true (recommended by the document): log in once and send {@code session_id} (or the
 *                        access token) in every request; false: send login/password/domain in every
 *                        {@code auth_info}
 * @param transport       {@code form} (form fields auth_info/params, as documented) or {@code json} (Bearer +
 *                        JSON body, newer releases)
 * @param dryRun          send {@code aux_info: {"dry_run": 1}}: the server only validates the arguments
 * @param validateAudio   check uploaded audio (see {@link PortasipAudio}) before sending
 * @param logoutOnClose   call {@code Session/logout} when the client closes
 * @param connectTimeout  connect timeout
 * @param responseTimeout time to wait for each answer
 * @param tls             TLS trust (the document notes servers often have self-signed certificates: give a trust
 *                        store rather than trusting all)
 * @param params          default values of flat params (dotted paths, e.g. {@code i_menu}) taken from endpoint
 *                        options; headers override them
 */
public record PortasipJsonApiSettings(String baseUrl, String login, String password, String domain, String apiToken,
                                      String accessToken, boolean useSession, PortasipJsonApiTransport transport,
                                      boolean dryRun, boolean validateAudio, boolean logoutOnClose,
                                      Duration connectTimeout, Duration responseTimeout, TlsSettings tls,
                                      Map<String, Object> params) {

    public PortasipJsonApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        transport = transport == null ? PortasipJsonApiTransport.form : transport;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(30) : responseTimeout;
        tls = tls == null ? TlsSettings.defaults() : tls;
        params = params == null ? Map.of() : Map.copyOf(params);
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /**
     * The JSON API base URL of the web server whose Call Control WebSocket URL is given: same host and port,
     * {@code wss}/{@code ws} becomes {@code https}/{@code http}, the path is dropped
     * ({@code wss://pbx:8445/ws} gives {@code https://pbx:8445}).
     */
    public static String baseUrlFromWebSocketUrl(String webSocketUrl) {
        java.net.URI u = java.net.URI.create(webSocketUrl);
        String scheme = switch (String.valueOf(u.getScheme()).toLowerCase(java.util.Locale.ROOT)) {
            case "wss", "https" -> "https";
            case "ws", "http" -> "http";
            default -> throw new IllegalArgumentException("Not a WebSocket URL: " + webSocketUrl);
        };
        return scheme + "://" + u.getRawAuthority();
    }

    /** A copy with another dry-run flag (per-message override). */
    public PortasipJsonApiSettings withDryRun(boolean dry) {
        return new PortasipJsonApiSettings(baseUrl, login, password, domain, apiToken, accessToken, useSession, transport,
                dry, validateAudio, logoutOnClose, connectTimeout, responseTimeout, tls, params);
    }

    /** Same connection and credentials (so one client can serve both). */
    boolean sameConnection(PortasipJsonApiSettings o) {
        return baseUrl.equals(o.baseUrl) && Objects.equals(login, o.login) && Objects.equals(password, o.password)
               && Objects.equals(domain, o.domain) && Objects.equals(apiToken, o.apiToken)
               && Objects.equals(accessToken, o.accessToken) && useSession == o.useSession && transport == o.transport
               && connectTimeout.equals(o.connectTimeout) && responseTimeout.equals(o.responseTimeout)
               && tls.equals(o.tls) && logoutOnClose == o.logoutOnClose && validateAudio == o.validateAudio;
    }

    @Override
    public String toString() {
        return "PortasipJsonApiSettings[" + baseUrl + ", login=" + login + ", domain=" + domain + ", transport="
               + transport + ", useSession=" + useSession + ", dryRun=" + dryRun + "]";
    }

    /** Builder with the defaults: session reuse, form transport, audio checks, logout on close. */
    public static final class Builder {
        private final String baseUrl;
        private String login;
        private String password;
        private String domain;
        private String apiToken;
        private String accessToken;
        private boolean useSession = true;
        private PortasipJsonApiTransport transport = PortasipJsonApiTransport.form;
        private boolean dryRun;
        private boolean validateAudio = true;
        private boolean logoutOnClose = true;
        private Duration connectTimeout;
        private Duration responseTimeout;
        private TlsSettings tls;
        private Map<String, Object> params;

        private Builder(String baseUrl) {
            this.baseUrl = baseUrl;
        }

        public Builder credentials(String login, String password, String domain) {
            this.login = login;
            this.password = password;
            this.domain = domain;
            return this;
        }

        public Builder login(String login) {
            this.login = login;
            return this;
        }

        public Builder password(String password) {
            this.password = password;
            return this;
        }

        public Builder domain(String domain) {
            this.domain = domain;
            return this;
        }

        public Builder apiToken(String apiToken) {
            this.apiToken = apiToken;
            return this;
        }

        public Builder accessToken(String accessToken) {
            this.accessToken = accessToken;
            return this;
        }

        public Builder useSession(boolean useSession) {
            this.useSession = useSession;
            return this;
        }

        public Builder transport(PortasipJsonApiTransport transport) {
            this.transport = transport;
            return this;
        }

        public Builder dryRun(boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public Builder validateAudio(boolean validateAudio) {
            this.validateAudio = validateAudio;
            return this;
        }

        public Builder logoutOnClose(boolean logoutOnClose) {
            this.logoutOnClose = logoutOnClose;
            return this;
        }

        public Builder timeouts(Duration connect, Duration response) {
            this.connectTimeout = connect;
            this.responseTimeout = response;
            return this;
        }

        public Builder tls(TlsSettings tls) {
            this.tls = tls;
            return this;
        }

        public Builder params(Map<String, Object> params) {
            this.params = params;
            return this;
        }

        public PortasipJsonApiSettings build() {
            return new PortasipJsonApiSettings(baseUrl, login, password, domain, apiToken, accessToken, useSession,
                    transport, dryRun, validateAudio, logoutOnClose, connectTimeout, responseTimeout, tls, params);
        }
    }
}
