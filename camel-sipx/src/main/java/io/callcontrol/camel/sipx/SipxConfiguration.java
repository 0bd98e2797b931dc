package io.callcontrol.camel.sipx;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of the sipX component and its endpoints. */
@UriParams
public class SipxConfiguration extends io.callcontrol.core.camel.CallEventOptions implements Cloneable {

    @UriPath(description = "The operation to perform; the consumer uses status.", enums = "call,transfer,status")
    @Metadata(required = true)
    private SipxOperation operation;

    @UriParam(description = "Base URL before /callcontroller: the call controller port (https://host:6666 with Basic, "
                            + "http://host:6667 with Digest) or the sipxconfig redirector "
                            + "(https://host/sipxconfig/rest/my/redirect, Digest).")
    @Metadata(required = true)
    private String baseUrl;
    @UriParam(description = "The calling user (alerted first). The header " + SipxConstants.CALLING_USER
                            + " overrides it.")
    private String callingUser;
    @UriParam(description = "The called user. The header " + SipxConstants.CALLED_USER + " overrides it.")
    private String calledUser;
    @UriParam(description = "The agent placing a third-party call; the server defaults it to the calling user. The "
                            + "status of a call placed by an agent is read with the same agent.")
    private String agent;

    @UriParam(label = "producer", enums = "REFER,INVITE",
              description = "SIP method of the call: REFER (server default) or INVITE (needed for a later transfer).")
    private String sipMethod;
    @UriParam(label = "producer", description = "Seconds the calling party is alerted before the call is aborted "
                                                + "(server default 180).")
    private Integer timeout;
    @UriParam(label = "producer", description = "Subject of the call: the SIP Subject header of the initial INVITE.")
    private String subject;
    @UriParam(label = "producer", description = "Whether forwarding is allowed for the initial INVITE "
                                                + "(isForwardingAllowed, server default false).")
    private Boolean forwardingAllowed;
    @UriParam(label = "producer", description = "Seconds the server keeps the call progress record (server default 180).")
    private Integer resultCacheTime;
    @UriParam(label = "producer", description = "Transfer target user (transfer).")
    private String target;

    @UriParam(label = "security", defaultValue = "digest", enums = "none,basic,digest",
              description = "Authentication: basic (port 6666), digest (port 6667 and the redirector) or none "
                            + "(sipX trusted domain).")
    private SipxAuthMethod authMethod = SipxAuthMethod.digest;
    @UriParam(label = "security", secret = true, description = "User name: the calling user or the agent.")
    private String username;
    @UriParam(label = "security", secret = true, description = "Password (the user's PIN).")
    private String password;

    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "5000", description = "Connect timeout.")
    private long connectTimeout = 5000;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "30000", description = "Response timeout: how long to wait for the answer of a request.")
    private long responseTimeout = 30000;

    @UriParam(label = "security", description = "Camel's TLS configuration (key and trust managers, protocols, cipher"
            + " suites) of the connections to the PBX; it takes precedence over the trust-store options. With the"
            + " component's useGlobalSslContextParameters, the Camel context's global one applies to endpoints"
            + " without their own.")
    private SSLContextParameters sslContextParameters;

    public SipxOperation getOperation() {
        return operation;
    }

    public void setOperation(SipxOperation operation) {
        this.operation = operation;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getCallingUser() {
        return callingUser;
    }

    public void setCallingUser(String callingUser) {
        this.callingUser = callingUser;
    }

    public String getCalledUser() {
        return calledUser;
    }

    public void setCalledUser(String calledUser) {
        this.calledUser = calledUser;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public String getSipMethod() {
        return sipMethod;
    }

    public void setSipMethod(String sipMethod) {
        this.sipMethod = sipMethod;
    }

    public Integer getTimeout() {
        return timeout;
    }

    public void setTimeout(Integer timeout) {
        this.timeout = timeout;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Boolean getForwardingAllowed() {
        return forwardingAllowed;
    }

    public void setForwardingAllowed(Boolean forwardingAllowed) {
        this.forwardingAllowed = forwardingAllowed;
    }

    public Integer getResultCacheTime() {
        return resultCacheTime;
    }

    public void setResultCacheTime(Integer resultCacheTime) {
        this.resultCacheTime = resultCacheTime;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public SipxAuthMethod getAuthMethod() {
        return authMethod;
    }

    public void setAuthMethod(SipxAuthMethod authMethod) {
        this.authMethod = authMethod;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public SipxConfiguration copy() {
        try {
            return (SipxConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }
}
