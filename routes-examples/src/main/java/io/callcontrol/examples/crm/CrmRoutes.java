package io.callcontrol.examples.crm;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Routes 3, 4 and 5 in Java DSL: screen pop (CRM enrichment), call log and missed-call mails. Each consumes the
 * normalized events from the {@code call-events} topic with its own consumer group. The same three routes exist in
 * YAML DSL ({@code src/main/resources/camel/*.yaml}); {@code callcontrol.examples.dsl=yaml} runs those instead.
 */
@Component
@ConditionalOnProperty(name = "callcontrol.examples.dsl", havingValue = "java", matchIfMissing = true)
public class CrmRoutes extends RouteBuilder {

    static final String CALL_EVENTS = "kafka:{{callcontrol.topics.call-events}}?autoOffsetReset=earliest&groupId=";

    static final String CONNECTED_QUERY = "sql:SELECT COUNT(*) FROM call_connected WHERE vendor = :#${body[vendor]} "
                                          + "AND call_id = :#${body[callId]}?outputType=SelectOne&outputHeader=connected";

    @Override
    public void configure() {
        // the calls seen connected: the end of a call may not say whether it was answered
        from("direct:remember-connected")
                .routeId("remember-connected")
                .filter(simple("${body[state]} == 'CONNECTED'"))
                    .doTry()
                        .to("sql:classpath:crm/insert-call-connected.sql")
                    .doCatch(DataIntegrityViolationException.class)
                        .log(LoggingLevel.DEBUG, "call ${body[callId]} already known as connected")
                    .end();

        // 3. screen pop: a ringing call whose caller is a CRM contact -> the event with the contact and its owner
        from(CALL_EVENTS + "screen-pop")
                .routeId("screen-pop")
                .unmarshal().json(JsonLibrary.Jackson)
                .filter(simple("${body[state]} == 'RINGING'"))
                    .setVariable("event", body())
                    .to("sql:SELECT c.id, c.name, c.company, c.owner_extension, u.name AS owner_name "
                        + "FROM contact c LEFT JOIN crm_user u ON u.extension = c.owner_extension "
                        + "WHERE c.phone = :#${body[caller]}?outputType=SelectOne&outputHeader=contact")
                    .filter(header("contact").isNotNull())
                        .setBody(simple("${bean:crmEvents?method=screenPop(${variable.event}, ${header.contact})}"))
                        .setHeader(KafkaConstants.KEY, simple("${body[callId]}"))
                        .removeHeaders("*", KafkaConstants.KEY)
                        .marshal().json(JsonLibrary.Jackson)
                        .to("kafka:{{callcontrol.topics.screen-pop}}?enableIdempotence=true&requestRequiredAcks=all")
                        .log("Screen pop: ${variable.event[caller]} is ${variable.event[vendor]} call "
                             + "${variable.event[callId]} to ${variable.event[callee]}");

        // 4. call log: a terminated call -> one call activity row (a replayed event inserts nothing)
        from(CALL_EVENTS + "call-log")
                .routeId("call-log")
                .unmarshal().json(JsonLibrary.Jackson)
                .to("direct:remember-connected")
                .filter(simple("${body[state]} == 'TERMINATED'"))
                    .to(CONNECTED_QUERY)
                    .setBody(method("crmEvents", "activity(${body}, ${header.connected})"))
                    .to("sql:classpath:crm/insert-call-activity.sql")
                    .choice()
                        .when(header("CamelSqlUpdateCount").isEqualTo(1))
                            .log("Call log: ${body[vendor]} call ${body[callId]} ${body[caller]} -> ${body[callee]}, "
                                 + "${body[outcome]}, ${body[durationSeconds]} s")
                        .otherwise()
                            // a later end event of the call (e.g. the whole call's CDR after a leg's end) may
                            // bring the times the first one lacked: fill them in, once
                            .to("sql:classpath:crm/complete-call-activity.sql");

        // 5. missed calls: a call to a CRM user that ended unanswered -> a mail to that user, once per call
        from(CALL_EVENTS + "missed-calls")
                .routeId("missed-calls")
                .unmarshal().json(JsonLibrary.Jackson)
                .to("direct:remember-connected")
                .to(CONNECTED_QUERY)
                .filter(method("crmEvents", "isMissed(${body}, ${header.connected})"))
                    .setVariable("event", body())
                    .to("sql:SELECT u.extension, u.name, u.email, c.name AS contact_name, c.company "
                        + "FROM crm_user u LEFT JOIN contact c ON c.phone = :#${body[caller]} "
                        + "WHERE u.extension = :#${body[callee]}?outputType=SelectOne&outputHeader=owner")
                    .filter(header("owner").isNotNull())
                        .to("sql:INSERT INTO missed_call_notice (vendor, call_id, owner_extension) "
                            + "SELECT :#${body[vendor]}, :#${body[callId]}, :#${header.owner[EXTENSION]} "
                            + "WHERE NOT EXISTS (SELECT 1 FROM missed_call_notice "
                            + "WHERE vendor = :#${body[vendor]} AND call_id = :#${body[callId]})")
                        .filter(header("CamelSqlUpdateCount").isEqualTo(1))
                            .setHeader("To", simple("${header.owner[EMAIL]}"))
                            .setHeader("Subject", method("crmEvents",
                                    "missedCallSubject(${variable.event}, ${header.owner})"))
                            .setBody(method("crmEvents", "missedCallText(${variable.event}, ${header.owner})"))
                            .removeHeaders("*", "To|Subject")
                            .to("smtp://{{callcontrol.mail.smtp-host}}:{{callcontrol.mail.smtp-port}}"
                                + "?from={{callcontrol.mail.from}}&username={{callcontrol.mail.username}}"
                                + "&password={{callcontrol.mail.password}}&contentType=text/plain")
                            .log("Missed call: mailed ${header.To} about ${variable.event[caller]}");
    }
}
