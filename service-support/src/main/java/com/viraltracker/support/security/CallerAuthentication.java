package com.viraltracker.support.security;

import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** An authenticated request: the verified token and the caller it describes, with the role as its authority. */
public class CallerAuthentication extends JwtAuthenticationToken {
    private final transient Caller caller;

    CallerAuthentication(Jwt jwt, Caller caller) {
        super(jwt, List.of(caller.role().authority()), caller.subject());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
