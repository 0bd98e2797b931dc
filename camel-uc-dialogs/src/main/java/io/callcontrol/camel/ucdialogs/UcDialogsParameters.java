package io.callcontrol.camel.ucdialogs;

import java.util.function.Function;

/**
 * Request parameters that can come from an endpoint option or a header: option name, wire name (null for the
 * parameters the producer translates itself), header, type and the configuration getter.
 */
enum UcDialogsParam {
    SCOPE("scope", null, UcDialogsConstants.SCOPE, String.class, UcDialogsConfiguration::getScope),
    DIALOG_ID("dialogId", null, UcDialogsConstants.DIALOG_ID, String.class, UcDialogsConfiguration::getDialogId),
    FILTER("filter", "filter", UcDialogsConstants.FILTER, String.class, UcDialogsConfiguration::getFilter),
    MASK("mask", "mask", UcDialogsConstants.MASK, String.class, UcDialogsConfiguration::getMask),
    OFFSET("offset", "offset", UcDialogsConstants.OFFSET, Integer.class, UcDialogsConfiguration::getOffset),
    LIMIT("limit", "limit", UcDialogsConstants.LIMIT, Integer.class, UcDialogsConfiguration::getLimit),
    ORDER("order", "order", UcDialogsConstants.ORDER, String.class, UcDialogsConfiguration::getOrder),
    FLAT("flat", "flat", UcDialogsConstants.FLAT, Boolean.class, UcDialogsConfiguration::getFlat),
    COUNT_ONLY("countOnly", "countonly", UcDialogsConstants.COUNT_ONLY, Boolean.class, UcDialogsConfiguration::getCountOnly),
    MODE("mode", "mode", UcDialogsConstants.MODE, String.class, UcDialogsConfiguration::getMode),
    FROM("from", "from", UcDialogsConstants.FROM, String.class, UcDialogsConfiguration::getFrom),
    TO("to", "to", UcDialogsConstants.TO, String.class, UcDialogsConfiguration::getTo),
    CALLER_ID("callerId", "callerid", UcDialogsConstants.CALLER_ID, String.class, UcDialogsConfiguration::getCallerId),
    CALLER_NAME("callerName", "callername", UcDialogsConstants.CALLER_NAME, String.class, UcDialogsConfiguration::getCallerName),
    CALL_TIMEOUT("callTimeout", "calltimeout", UcDialogsConstants.CALL_TIMEOUT, Integer.class, UcDialogsConfiguration::getCallTimeout),
    USE_INTERCOM("useIntercom", "use_intercom", UcDialogsConstants.USE_INTERCOM, Boolean.class, UcDialogsConfiguration::getUseIntercom),
    RESPONSE_MODE("responseMode", "response_mode", UcDialogsConstants.RESPONSE_MODE, Integer.class, UcDialogsConfiguration::getResponseMode),
    BINDING("binding", "binding", UcDialogsConstants.BINDING, String.class, UcDialogsConfiguration::getBinding),
    LOOKUP_KEY("lookupKey", null, UcDialogsConstants.LOOKUP_KEY, String.class, UcDialogsConfiguration::getLookupKey),
    LOOKUP_VALUE("lookupValue", null, UcDialogsConstants.LOOKUP_VALUE, String.class, UcDialogsConfiguration::getLookupValue),
    LOOKUP_DOMAIN("lookupDomain", null, UcDialogsConstants.LOOKUP_DOMAIN, String.class, UcDialogsConfiguration::getLookupDomain),
    BY("by", "by", UcDialogsConstants.BY, String.class, UcDialogsConfiguration::getBy),
    REFER_TO("referTo", "referto", UcDialogsConstants.REFER_TO, String.class, UcDialogsConfiguration::getReferTo),
    MASTER_BY("masterBy", "masterby", UcDialogsConstants.MASTER_BY, String.class, UcDialogsConfiguration::getMasterBy),
    SLAVE_BY("slaveBy", "slaveby", UcDialogsConstants.SLAVE_BY, String.class, UcDialogsConfiguration::getSlaveBy),
    SLAVE_LOOKUP_KEY("slaveLookupKey", null, UcDialogsConstants.SLAVE_LOOKUP_KEY, String.class, UcDialogsConfiguration::getSlaveLookupKey),
    SLAVE_LOOKUP_VALUE("slaveLookupValue", null, UcDialogsConstants.SLAVE_LOOKUP_VALUE, String.class, UcDialogsConfiguration::getSlaveLookupValue),
    SLAVE_LOOKUP_DOMAIN("slaveLookupDomain", null, UcDialogsConstants.SLAVE_LOOKUP_DOMAIN, String.class, UcDialogsConfiguration::getSlaveLookupDomain),
    REFER_LOOKUP_KEY("referLookupKey", null, UcDialogsConstants.REFER_LOOKUP_KEY, String.class, UcDialogsConfiguration::getReferLookupKey),
    REFER_LOOKUP_VALUE("referLookupValue", null, UcDialogsConstants.REFER_LOOKUP_VALUE, String.class, UcDialogsConfiguration::getReferLookupValue),
    REFER_LOOKUP_DOMAIN("referLookupDomain", null, UcDialogsConstants.REFER_LOOKUP_DOMAIN, String.class, UcDialogsConfiguration::getReferLookupDomain),
    CALL_ID("callId", "callid", UcDialogsConstants.CALL_ID, String.class, UcDialogsConfiguration::getCallId),
    SIDE("side", "side", UcDialogsConstants.SIDE, String.class, UcDialogsConfiguration::getSide),
    OPPOSITE("opposite", "opposite", UcDialogsConstants.OPPOSITE, Boolean.class, UcDialogsConfiguration::getOpposite),
    EVENT("event", "event", UcDialogsConstants.EVENT, String.class, UcDialogsConfiguration::getEvent),
    PROTO("proto", "proto", UcDialogsConstants.PROTO, String.class, UcDialogsConfiguration::getProto),
    DTMF("dtmf", "dtmf", UcDialogsConstants.DTMF, String.class, UcDialogsConfiguration::getDtmf),
    COMMAND("command", "command", UcDialogsConstants.COMMAND, String.class, UcDialogsConfiguration::getCommand),
    LAYER("layer", "layer", UcDialogsConstants.LAYER, String.class, UcDialogsConfiguration::getLayer),
    LABEL("label", "label", UcDialogsConstants.LABEL, String.class, UcDialogsConfiguration::getLabel),
    WAIT("waitSummary", "wait", UcDialogsConstants.WAIT, Boolean.class, UcDialogsConfiguration::getWaitSummary);

    final String option;
    final String wire;
    final String header;
    final Class<?> type;
    final Function<UcDialogsConfiguration, Object> getter;

    UcDialogsParam(String option, String wire, String header, Class<?> type,
                   Function<UcDialogsConfiguration, Object> getter) {
        this.option = option;
        this.wire = wire;
        this.header = header;
        this.type = type;
        this.getter = getter;
    }
}
