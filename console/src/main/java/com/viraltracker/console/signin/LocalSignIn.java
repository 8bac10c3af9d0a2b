package com.viraltracker.console.signin;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** The local sign-in's token minter, present only in {@link SignInMode#LOCAL}. */
@Configuration
@Conditional(SignInMode.Local.class)
public class LocalSignIn {
    @Bean
    LocalTokens localTokens(AuthSettings auth, Clock clock) {
        return new LocalTokens(auth.jwtSecret(), clock);
    }
}
