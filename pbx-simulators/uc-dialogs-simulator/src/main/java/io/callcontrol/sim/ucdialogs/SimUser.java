package io.callcontrol.sim.ucdialogs;

import java.util.List;

/**
 * A user of the simulated domain: authenticates with a static bearer token or Basic credentials and owns SIP
 * user accounts. In user scope ({@code /rest/v1/user/sip/calls}) only dialogs in which one of these accounts
 * takes part are visible.
 */
public record SimUser(String name, String token, String password, List<Account> accounts) {

    /** A SIP user account: its identifier, login and phone number. */
    public record Account(String id, String login, String phone) {
    }

    /** True when the username or number names one of this user's accounts. */
    public boolean owns(String userOrNumber) {
        return accounts.stream().anyMatch(a -> a.login().equals(userOrNumber) || a.phone().equals(userOrNumber));
    }
}
