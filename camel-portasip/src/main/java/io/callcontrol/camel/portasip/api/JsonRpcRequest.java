package io.callcontrol.camel.portasip.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One Call Control JSON-RPC request as sent on the WebSocket.
 *
 * @param cseq     matches the answer to the request (no cseq: no answer)
 * @param authInfo authentication (absent for Session.login)
 * @param service  the API service, {@code CallControl} or {@code Session}
 * @param method   the method name
 * @param params   the method's request structure
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JsonRpcRequest(
        @JsonProperty("cseq") long cseq,
        @JsonProperty("auth_info") AuthInfo authInfo,
        @JsonProperty("service") String service,
        @JsonProperty("method") String method,
        @JsonProperty("params") Object params) {
}
