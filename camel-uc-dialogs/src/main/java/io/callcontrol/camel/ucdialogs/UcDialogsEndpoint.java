package io.callcontrol.camel.ucdialogs;

import java.util.Locale;

import io.callcontrol.core.auth.AuthStrategy;
import io.callcontrol.core.error.CallControlValidationException;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Call control on Incoplax (UC dialogs): list, originate, lookup, get, transfer (refer, referreplaces,
 * referconf), conference (switchconf), device control (notify), DTMF, stenography, recording, labels and hang-up
 * through the calls REST API with its custom verbs, and call events from the WebSocket Token-API.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = UcDialogsComponent.SCHEME, title = "UC Dialogs (Incoplax)",
        syntax = "uc-dialogs:operation", category = { Category.API, Category.CLOUD },
        headersClass = UcDialogsConstants.class)
public class UcDialogsEndpoint extends DefaultEndpoint {

    @UriPath(description = "The operation: a verb of the calls API for the producer, events for the consumer",
            enums = "list,originate,lookup,get,refer,referreplaces,switchconf,referconf,notify,send_dtmf,setup_asr,"
                    + "setup_record,setup_bindings,delete,events")
    @Metadata(required = true)
    private String operation;

    @UriParam
    private UcDialogsConfiguration configuration;

    public UcDialogsEndpoint(String uri, UcDialogsComponent component, UcDialogsConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public UcDialogsComponent getComponent() {
        return (UcDialogsComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() throws Exception {
        if (operation() == UcDialogsOperation.events) {
            throw new IllegalArgumentException("uc-dialogs:events is a consumer endpoint (use it in from())");
        }
        return new UcDialogsProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (operation() != UcDialogsOperation.events) {
            throw new IllegalArgumentException("Only uc-dialogs:events can consume; " + operation + " is a producer operation");
        }
        UcDialogsConsumer consumer = new UcDialogsConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** The endpoint's operation as an enum. */
    UcDialogsOperation operation() {
        return parseOperation(operation);
    }

    static UcDialogsOperation parseOperation(String name) {
        try {
            return UcDialogsOperation.valueOf(name.trim().toLowerCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new CallControlValidationException(UcDialogsComponent.SCHEME, "operation",
                    "Unknown uc-dialogs operation '" + name + "'");
        }
    }

    /** Bearer when a token is configured, else Basic when a username is, else nothing. */
    AuthStrategy authStrategy() {
        String token = configuration.getAccessToken();
        String username = configuration.getUsername();
        String password = configuration.getPassword();
        Auth a = auth;
        if (a != null && a.is(token, username, password)) {
            return a.strategy(); // not a new header (Base64 for Basic) per request
        }
        AuthStrategy strategy;
        if (token != null && !token.isBlank()) {
            strategy = AuthStrategy.bearer(token);
        } else if (username != null && !username.isBlank()) {
            strategy = AuthStrategy.basic(username, password);
        } else {
            strategy = AuthStrategy.none();
        }
        auth = new Auth(token, username, password, strategy);
        return strategy;
    }

    /** The auth strategy of the credentials it was made from (made again when the options change). */
    private record Auth(String token, String username, String password, AuthStrategy strategy) {
        boolean is(String t, String u, String p) {
            return java.util.Objects.equals(token, t) && java.util.Objects.equals(username, u)
                   && java.util.Objects.equals(password, p);
        }
    }

    private volatile Auth auth;

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public UcDialogsConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(UcDialogsConfiguration configuration) {
        this.configuration = configuration;
    }
}
