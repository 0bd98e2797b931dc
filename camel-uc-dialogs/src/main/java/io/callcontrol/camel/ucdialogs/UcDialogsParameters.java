package io.callcontrol.camel.ucdialogs;

import io.callcontrol.core.camel.producer.Parameter;

import static io.callcontrol.core.camel.producer.Parameter.Wire.BODY;
import static io.callcontrol.core.camel.producer.Parameter.Wire.QUERY;

/**
 * The parameter table of the calls API: every request parameter that can come from an endpoint option or a header,
 * with its option name, header, type and wire name (the query of list/get, the JSON body of the other operations;
 * no wire name for those the producer translates itself: scope, dialogId, the lookup keys).
 */
final class UcDialogsParameters {

    static final Parameter<UcDialogsConfiguration> SCOPE = Parameter.of("scope",
            UcDialogsConstants.SCOPE, String.class, UcDialogsConfiguration::getScope);
    static final Parameter<UcDialogsConfiguration> DIALOG_ID = Parameter.of("dialogId",
            UcDialogsConstants.DIALOG_ID, String.class, UcDialogsConfiguration::getDialogId);
    static final Parameter<UcDialogsConfiguration> FILTER = Parameter.of("filter",
            UcDialogsConstants.FILTER, String.class, UcDialogsConfiguration::getFilter)
            .on(QUERY, "filter");
    static final Parameter<UcDialogsConfiguration> MASK = Parameter.of("mask",
            UcDialogsConstants.MASK, String.class, UcDialogsConfiguration::getMask)
            .on(QUERY, "mask");
    static final Parameter<UcDialogsConfiguration> OFFSET = Parameter.of("offset",
            UcDialogsConstants.OFFSET, Integer.class, UcDialogsConfiguration::getOffset)
            .on(QUERY, "offset");
    static final Parameter<UcDialogsConfiguration> LIMIT = Parameter.of("limit",
            UcDialogsConstants.LIMIT, Integer.class, UcDialogsConfiguration::getLimit)
            .on(QUERY, "limit");
    static final Parameter<UcDialogsConfiguration> ORDER = Parameter.of("order",
            UcDialogsConstants.ORDER, String.class, UcDialogsConfiguration::getOrder)
            .on(QUERY, "order");
    static final Parameter<UcDialogsConfiguration> FLAT = Parameter.of("flat",
            UcDialogsConstants.FLAT, Boolean.class, UcDialogsConfiguration::getFlat)
            .on(QUERY, "flat");
    static final Parameter<UcDialogsConfiguration> COUNT_ONLY = Parameter.of("countOnly",
            UcDialogsConstants.COUNT_ONLY, Boolean.class, UcDialogsConfiguration::getCountOnly)
            .on(QUERY, "countonly");
    static final Parameter<UcDialogsConfiguration> MODE = Parameter.of("mode",
            UcDialogsConstants.MODE, String.class, UcDialogsConfiguration::getMode)
            .on(BODY, "mode");
    static final Parameter<UcDialogsConfiguration> FROM = Parameter.of("from",
            UcDialogsConstants.FROM, String.class, UcDialogsConfiguration::getFrom)
            .on(BODY, "from");
    static final Parameter<UcDialogsConfiguration> TO = Parameter.of("to",
            UcDialogsConstants.TO, String.class, UcDialogsConfiguration::getTo)
            .on(BODY, "to");
    static final Parameter<UcDialogsConfiguration> CALLER_ID = Parameter.of("callerId",
            UcDialogsConstants.CALLER_ID, String.class, UcDialogsConfiguration::getCallerId)
            .on(BODY, "callerid");
    static final Parameter<UcDialogsConfiguration> CALLER_NAME = Parameter.of("callerName",
            UcDialogsConstants.CALLER_NAME, String.class, UcDialogsConfiguration::getCallerName)
            .on(BODY, "callername");
    static final Parameter<UcDialogsConfiguration> CALL_TIMEOUT = Parameter.of("callTimeout",
            UcDialogsConstants.CALL_TIMEOUT, Integer.class, UcDialogsConfiguration::getCallTimeout)
            .on(BODY, "calltimeout");
    static final Parameter<UcDialogsConfiguration> USE_INTERCOM = Parameter.of("useIntercom",
            UcDialogsConstants.USE_INTERCOM, Boolean.class, UcDialogsConfiguration::getUseIntercom)
            .on(BODY, "use_intercom");
    static final Parameter<UcDialogsConfiguration> RESPONSE_MODE = Parameter.of("responseMode",
            UcDialogsConstants.RESPONSE_MODE, Integer.class, UcDialogsConfiguration::getResponseMode)
            .on(BODY, "response_mode");
    static final Parameter<UcDialogsConfiguration> BINDING = Parameter.of("binding",
            UcDialogsConstants.BINDING, String.class, UcDialogsConfiguration::getBinding)
            .on(BODY, "binding");
    static final Parameter<UcDialogsConfiguration> LOOKUP_KEY = Parameter.of("lookupKey",
            UcDialogsConstants.LOOKUP_KEY, String.class, UcDialogsConfiguration::getLookupKey);
    static final Parameter<UcDialogsConfiguration> LOOKUP_VALUE = Parameter.of("lookupValue",
            UcDialogsConstants.LOOKUP_VALUE, String.class, UcDialogsConfiguration::getLookupValue);
    static final Parameter<UcDialogsConfiguration> LOOKUP_DOMAIN = Parameter.of("lookupDomain",
            UcDialogsConstants.LOOKUP_DOMAIN, String.class, UcDialogsConfiguration::getLookupDomain);
    static final Parameter<UcDialogsConfiguration> BY = Parameter.of("by",
            UcDialogsConstants.BY, String.class, UcDialogsConfiguration::getBy)
            .on(BODY, "by");
    static final Parameter<UcDialogsConfiguration> REFER_TO = Parameter.of("referTo",
            UcDialogsConstants.REFER_TO, String.class, UcDialogsConfiguration::getReferTo)
            .on(BODY, "referto");
    static final Parameter<UcDialogsConfiguration> MASTER_BY = Parameter.of("masterBy",
            UcDialogsConstants.MASTER_BY, String.class, UcDialogsConfiguration::getMasterBy)
            .on(BODY, "masterby");
    static final Parameter<UcDialogsConfiguration> SLAVE_BY = Parameter.of("slaveBy",
            UcDialogsConstants.SLAVE_BY, String.class, UcDialogsConfiguration::getSlaveBy)
            .on(BODY, "slaveby");
    static final Parameter<UcDialogsConfiguration> SLAVE_LOOKUP_KEY = Parameter.of("slaveLookupKey",
            UcDialogsConstants.SLAVE_LOOKUP_KEY, String.class, UcDialogsConfiguration::getSlaveLookupKey);
    static final Parameter<UcDialogsConfiguration> SLAVE_LOOKUP_VALUE = Parameter.of("slaveLookupValue",
            UcDialogsConstants.SLAVE_LOOKUP_VALUE, String.class, UcDialogsConfiguration::getSlaveLookupValue);
    static final Parameter<UcDialogsConfiguration> SLAVE_LOOKUP_DOMAIN = Parameter.of("slaveLookupDomain",
            UcDialogsConstants.SLAVE_LOOKUP_DOMAIN, String.class, UcDialogsConfiguration::getSlaveLookupDomain);
    static final Parameter<UcDialogsConfiguration> REFER_LOOKUP_KEY = Parameter.of("referLookupKey",
            UcDialogsConstants.REFER_LOOKUP_KEY, String.class, UcDialogsConfiguration::getReferLookupKey);
    static final Parameter<UcDialogsConfiguration> REFER_LOOKUP_VALUE = Parameter.of("referLookupValue",
            UcDialogsConstants.REFER_LOOKUP_VALUE, String.class, UcDialogsConfiguration::getReferLookupValue);
    static final Parameter<UcDialogsConfiguration> REFER_LOOKUP_DOMAIN = Parameter.of("referLookupDomain",
            UcDialogsConstants.REFER_LOOKUP_DOMAIN, String.class, UcDialogsConfiguration::getReferLookupDomain);
    static final Parameter<UcDialogsConfiguration> CALL_ID = Parameter.of("callId",
            UcDialogsConstants.CALL_ID, String.class, UcDialogsConfiguration::getCallId)
            .on(BODY, "callid");
    static final Parameter<UcDialogsConfiguration> SIDE = Parameter.of("side",
            UcDialogsConstants.SIDE, String.class, UcDialogsConfiguration::getSide)
            .on(BODY, "side");
    static final Parameter<UcDialogsConfiguration> OPPOSITE = Parameter.of("opposite",
            UcDialogsConstants.OPPOSITE, Boolean.class, UcDialogsConfiguration::getOpposite)
            .on(BODY, "opposite");
    static final Parameter<UcDialogsConfiguration> EVENT = Parameter.of("event",
            UcDialogsConstants.EVENT, String.class, UcDialogsConfiguration::getEvent)
            .on(BODY, "event");
    static final Parameter<UcDialogsConfiguration> PROTO = Parameter.of("proto",
            UcDialogsConstants.PROTO, String.class, UcDialogsConfiguration::getProto)
            .on(BODY, "proto");
    static final Parameter<UcDialogsConfiguration> DTMF = Parameter.of("dtmf",
            UcDialogsConstants.DTMF, String.class, UcDialogsConfiguration::getDtmf)
            .on(BODY, "dtmf");
    static final Parameter<UcDialogsConfiguration> COMMAND = Parameter.of("command",
            UcDialogsConstants.COMMAND, String.class, UcDialogsConfiguration::getCommand)
            .on(BODY, "command");
    static final Parameter<UcDialogsConfiguration> LAYER = Parameter.of("layer",
            UcDialogsConstants.LAYER, String.class, UcDialogsConfiguration::getLayer)
            .on(BODY, "layer");
    static final Parameter<UcDialogsConfiguration> LABEL = Parameter.of("label",
            UcDialogsConstants.LABEL, String.class, UcDialogsConfiguration::getLabel)
            .on(BODY, "label");
    static final Parameter<UcDialogsConfiguration> WAIT = Parameter.of("waitSummary",
            UcDialogsConstants.WAIT, Boolean.class, UcDialogsConfiguration::getWaitSummary)
            .on(BODY, "wait");

    private UcDialogsParameters() {
    }
}
