package io.callcontrol.camel.broadworks;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** Options of the BroadWorks component and its endpoints. */
@UriParams
public class BroadworksConfiguration extends io.callcontrol.core.camel.CallEventOptions implements Cloneable {

    @UriPath(description = "The operation to perform; the consumer uses calls.",
             enums = "call,list_calls,get_call,hold,reconnect,blind_transfer,consultative_transfer,start_recording,"
                     + "pause_recording,resume_recording,stop_recording,release,retrieve,create_imrn,calls")
    @Metadata(required = true)
    private BroadworksOperation operation;

    @UriParam(description = "Base URL of the APIO server in front of BroadWorks, e.g. https://apio.example.com "
                            + "(the component adds /api/v1/tenants/...).")
    @Metadata(required = true)
    private String baseUrl;
    @UriParam(description = "Tenant id of the user (path segment tenants/{tenantId}). The header "
                            + BroadworksConstants.TENANT_ID + " overrides it.")
    private String tenantId;
    @UriParam(description = "Group id of the user (path segment groups/{groupId}). The header "
                            + BroadworksConstants.GROUP_ID + " overrides it.")
    private String groupId;
    @UriParam(description = "User id whose calls are controlled (path segment users/{userId}). The header "
                            + BroadworksConstants.USER_ID + " overrides it.")
    private String userId;

    @UriParam(label = "producer", description = "Call id for get_call, release and the modify operations.")
    private String callId;
    @UriParam(label = "producer", description = "Called phone number or extension: call, blind_transfer, create_imrn.")
    private String phoneNumber;
    @UriParam(label = "producer", description = "Calling phone number or extension: create_imrn.")
    private String callingPhoneNumber;
    @UriParam(label = "producer", description = "Call id of the consulted party: consultative_transfer.")
    private String transferCallId;
    @UriParam(label = "producer", defaultValue = "false",
              description = "list_calls: return the calls with their details (state, remote party, times).")
    private boolean includeDetails;

    @UriParam(label = "security", secret = true,
              description = "Static bearer token (APIO machine token). When set, no login is made.")
    private String accessToken;
    @UriParam(label = "security", secret = true, description = "APIO login user name.")
    private String username;
    @UriParam(label = "security", secret = true, description = "APIO login password.")
    private String password;
    @UriParam(label = "security", defaultValue = "/api/v01/auth/login",
              description = "Path of the APIO login (POST username/password -> access_token, refresh_token). The path "
                            + "for the /api/v1 generation is not documented, hence configurable.")
    private String loginPath = "/api/v01/auth/login";
    @UriParam(label = "security", defaultValue = "/api/v01/auth/access_token",
              description = "Path of the APIO token refresh (GET with the refresh token as Bearer).")
    private String refreshPath = "/api/v01/auth/access_token";

    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "5000", description = "Connect timeout.")
    private long connectTimeout = 5000;
    @UriParam(javaType = "java.time.Duration", label = "advanced", defaultValue = "30000", description = "Response timeout: how long to wait for the answer of a request.")
    private long responseTimeout = 30000;

    @UriParam(label = "consumer", defaultValue = "true",
              description = "Whether the first poll emits an event for every call already in progress (call_appeared). "
                            + "When false, the first poll only records them.")
    private boolean emitInitialCalls = true;

    @UriParam(label = "security", description = "Camel's TLS configuration (key and trust managers, protocols, cipher"
            + " suites) of the connections to the PBX; it takes precedence over the trust-store options. With the"
            + " component's useGlobalSslContextParameters, the Camel context's global one applies to endpoints"
            + " without their own.")
    private SSLContextParameters sslContextParameters;

    public BroadworksOperation getOperation() {
        return operation;
    }

    public void setOperation(BroadworksOperation operation) {
        this.operation = operation;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    public String getCallingPhoneNumber() {
        return callingPhoneNumber;
    }

    public void setCallingPhoneNumber(String callingPhoneNumber) {
        this.callingPhoneNumber = callingPhoneNumber;
    }

    public String getTransferCallId() {
        return transferCallId;
    }

    public void setTransferCallId(String transferCallId) {
        this.transferCallId = transferCallId;
    }

    public boolean isIncludeDetails() {
        return includeDetails;
    }

    public void setIncludeDetails(boolean includeDetails) {
        this.includeDetails = includeDetails;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
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

    public String getLoginPath() {
        return loginPath;
    }

    public void setLoginPath(String loginPath) {
        this.loginPath = loginPath;
    }

    public String getRefreshPath() {
        return refreshPath;
    }

    public void setRefreshPath(String refreshPath) {
        this.refreshPath = refreshPath;
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

    public boolean isEmitInitialCalls() {
        return emitInitialCalls;
    }

    public void setEmitInitialCalls(boolean emitInitialCalls) {
        this.emitInitialCalls = emitInitialCalls;
    }

    public BroadworksConfiguration copy() {
        try {
            return (BroadworksConfiguration) clone();
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
