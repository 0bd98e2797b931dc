package io.callcontrol.examples.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The embedded profile's mail server: GreenMail with SMTP (the missed-call mails go there) and IMAP (read them
 * with any mail client as the owner, e.g. {@code bob@example.com}, password {@code bob}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("embedded")
public class EmbeddedMailConfig {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail embeddedMailServer(@Value("${callcontrol.mail.smtp-port}") int smtpPort,
                                 @Value("${callcontrol.embedded.mail.imap-port}") int imapPort,
                                 @Value("${callcontrol.mail.username}") String username,
                                 @Value("${callcontrol.mail.password}") String password,
                                 @Value("${callcontrol.mail.from}") String from) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP) });
        mail.setUser(from, username, password);
        for (String owner : new String[] { "alice", "bob", "carol", "dave" }) {
            mail.setUser(owner + "@example.com", owner, owner);
        }
        return mail;
    }
}
