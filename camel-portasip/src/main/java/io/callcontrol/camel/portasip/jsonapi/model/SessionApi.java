package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Session service: establishing and closing the API session (methods login, logout, ping, refresh_access_token).
 * <p>
 * Records use the vendor's snake_case property names on the wire; null properties are not sent; unknown ones
 * are ignored when reading answers with the suite mapper ({@code Json.MAPPER}) and rejected in requests by
 * {@link io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiClient}. Structures with many properties have a
 * {@code builder()}.
 */
public final class SessionApi {

    private SessionApi() {
    }

    /**
     * Parameters of {@code login}: login-password or login-API token pair. Not sent with auth_info.
     *
     * @param login {@code login}: Account ID specified on the web interface (32 chars max).
     * @param domain {@code domain}: Media Server domain corresponding to the billing environment the account belongs to.
     * @param password {@code password}: Web interface password (service password when none is set); 16 chars max.
     * @param token {@code token}: API token, the alternative to the password in the login-API token pair (PortaBilling name of the field; not in the structure table of the document).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoginRequest(
            @JsonProperty("login") String login,
            @JsonProperty("domain") String domain,
            @JsonProperty("password") String password,
            @JsonProperty("token") String token) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link LoginRequest}. */
        public static final class Builder {
            private String login;
            private String domain;
            private String password;
            private String token;

            /** {@code login}: Account ID specified on the web interface (32 chars max). */
            public Builder login(String login) {
                this.login = login;
                return this;
            }

            /** {@code domain}: Media Server domain corresponding to the billing environment the account belongs to. */
            public Builder domain(String domain) {
                this.domain = domain;
                return this;
            }

            /** {@code password}: Web interface password (service password when none is set); 16 chars max. */
            public Builder password(String password) {
                this.password = password;
                return this;
            }

            /** {@code token}: API token, the alternative to the password in the login-API token pair (PortaBilling name of the field; not in the structure table of the document). */
            public Builder token(String token) {
                this.token = token;
                return this;
            }

            public LoginRequest build() {
                return new LoginRequest(login, domain, password, token);
            }
        }
    }

    /**
     * Answer of {@code login} (and {@code refresh_access_token}).
     *
     * @param sessionId {@code session_id}: ID of the newly opened session (32 chars max).
     * @param accessToken {@code access_token}: Access token (JWT) returned by newer releases, usable instead of the session ID.
     * @param expiresAt {@code expires_at}: When the access token expires, as sent by the server.
     * @param refreshToken {@code refresh_token}: Token for {@code refresh_access_token}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LoginResponse(
            @JsonProperty("session_id") String sessionId,
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_at") String expiresAt,
            @JsonProperty("refresh_token") String refreshToken) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link LoginResponse}. */
        public static final class Builder {
            private String sessionId;
            private String accessToken;
            private String expiresAt;
            private String refreshToken;

            /** {@code session_id}: ID of the newly opened session (32 chars max). */
            public Builder sessionId(String sessionId) {
                this.sessionId = sessionId;
                return this;
            }

            /** {@code access_token}: Access token (JWT) returned by newer releases, usable instead of the session ID. */
            public Builder accessToken(String accessToken) {
                this.accessToken = accessToken;
                return this;
            }

            /** {@code expires_at}: When the access token expires, as sent by the server. */
            public Builder expiresAt(String expiresAt) {
                this.expiresAt = expiresAt;
                return this;
            }

            /** {@code refresh_token}: Token for {@code refresh_access_token}. */
            public Builder refreshToken(String refreshToken) {
                this.refreshToken = refreshToken;
                return this;
            }

            public LoginResponse build() {
                return new LoginResponse(sessionId, accessToken, expiresAt, refreshToken);
            }
        }
    }

    /**
     * Parameters of {@code logout}: none (the session is the one in auth_info).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogoutRequest() {
    }

    /**
     * Answer of {@code logout}.
     *
     * @param success {@code success}: 1 in case of success.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogoutResponse(
            @JsonProperty("success") Integer success) {
    }

    /**
     * Parameters of {@code ping}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PingRequest() {
    }

    /**
     * Parameters of {@code refresh_access_token}.
     *
     * @param refreshToken {@code refresh_token}: The refresh token from login.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RefreshAccessTokenRequest(
            @JsonProperty("refresh_token") String refreshToken) {
    }

}
