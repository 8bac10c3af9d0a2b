package com.viraltracker.metasync.connections;

import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Where Meta sends the browser back after the login dialog. It carries no bearer token: the single-use state
 * authenticates it. The browser goes on to the console (to choose the accounts to link, or to read why not).
 */
@RestController
public class FacebookCallbackController {
    public static final String PATH = "/oauth/facebook/callback";

    private final FacebookConnector connector;
    private final FacebookLoginProperties properties;

    public FacebookCallbackController(FacebookConnector connector, FacebookLoginProperties properties) {
        this.connector = connector;
        this.properties = properties;
    }

    /** A browser's stop, not an API call: it answers with redirects and a page, so the OpenAPI document omits it. */
    @Hidden
    @GetMapping(PATH)
    public Mono<ResponseEntity<String>> callback(
            @RequestParam(required = false) String code,
            @RequestParam(required = false) String state,
            @RequestParam(required = false) String error) {
        return connector.finish(code, state, error).map(outcome -> {
            if (outcome instanceof FacebookConnector.Outcome.BackToConsole back) {
                return ResponseEntity.status(HttpStatus.SEE_OTHER)
                        .location(URI.create(properties.consoleUrl() + back.path()))
                        .<String>build();
            }
            return ResponseEntity.badRequest()
                    .contentType(MediaType.TEXT_HTML)
                    .body("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Facebook login"
                            + " expired</title></head><body><h1>This Facebook login cannot be finished</h1><p>Its"
                            + " link is unknown, was already used, or is older than ten minutes. Nothing was"
                            + " stored. Start again with Connect Facebook in the brand's settings.</p><p><a href=\""
                            + properties.consoleUrl() + "/\">Back to viraltracker</a></p></body></html>");
        });
    }
}
