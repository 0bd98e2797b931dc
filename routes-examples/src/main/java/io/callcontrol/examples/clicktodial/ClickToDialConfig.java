package io.callcontrol.examples.clicktodial;

import javax.sql.DataSource;

import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request ids of click-to-dial, shared by every instance: a table of the CRM database (Camel's
 * {@code CAMEL_MESSAGEPROCESSED}, created when missing; processor name {@code click-to-dial}). Its primary key makes
 * the claim of an id atomic across the instances.
 */
@Configuration(proxyBeanMethods = false)
public class ClickToDialConfig {

    @Bean
    IdempotentRepository clickToDialRequests(DataSource crm) {
        return new JdbcMessageIdRepository(crm, "click-to-dial");
    }
}
