package com.viraltracker.console.signin;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in session's authentication, whichever way the user signed in; kept in the WebSession. */
public final class ConsoleAuthentication extends AbstractAuthenticationToken {
    private final transient ConsoleUser user;

    public ConsoleAuthentication(ConsoleUser user) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public ConsoleUser getPrincipal() {
        return user;
    }

    /** The token is the user's, not a password the console checked: nothing to hand out here. */
    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getName() {
        return user.subject();
    }
}
