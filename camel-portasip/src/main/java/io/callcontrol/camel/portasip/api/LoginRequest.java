package io.callcontrol.camel.portasip.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * LoginRequest of Session.login.
 *
 * @param login    account ID specified on the web interface (max 32 chars)
 * @param password the web interface password (max 16 chars)
 * @param domain   media server domain of the billing environment the account belongs to
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LoginRequest(
        @JsonProperty("login") String login,
        @JsonProperty("password") String password,
        @JsonProperty("domain") String domain) {
}
