package com.viraltracker.metasync.connections;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.support.web.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Facebook logins in progress. Meta sends the browser back to the console (the OAuth redirect URI), which holds the
 * signed-in person's session and passes on what Meta sent with that person's token: so a login finishes only for
 * the person who started it. The state travels in the body, never in a URL that access logs keep.
 */
@RestController
@RequestMapping("/api/v1/facebook-logins")
public class FacebookLoginController {
    private final FacebookConnector connector;

    public FacebookLoginController(FacebookConnector connector) {
        this.connector = connector;
    }

    /**
     * What Meta put on the redirect: {@code state} always; {@code code} when the person consented, {@code error}
     * (Meta's {@code error}, such as {@code access_denied}) when they did not.
     */
    @SnakeCase
    public record CompletionRequest(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the state Meta sent back")
            String state,

            @Schema(description = "the code Meta sent back when the person consented")
            String code,

            @Schema(description = "Meta's error when they did not, such as access_denied")
            String error) {
        String requiredState() {
            if (state == null || state.isBlank()) {
                throw new FieldProblemException("state", "must be the state Facebook sent back with the login");
            }
            return state.strip();
        }
    }

    @Operation(
            summary = "Finish a Facebook login the caller started, with what Meta sent back: the connection, or why"
                    + " nothing was stored",
            description = "The state is used up by this call whoever makes it; only the person who started the login"
                    + " may finish it, while they may still act on its brand.")
    @ApiResponse(
            responseCode = "200",
            description = "The login is over: `outcome` connected (choose the accounts of `connection_id`), or denied,"
                    + " missing_scope, failed or other_facebook_user, and nothing was stored")
    @ApiResponse(
            responseCode = "403",
            description = "This Facebook login was started by another user (or a viewer's token): nothing was stored")
    @ApiResponse(
            responseCode = "404",
            description = "The login's brand is not one the caller may act on: nothing was stored")
    @ApiResponse(
            responseCode = "409",
            description = "The login is unknown, was already used, or is older than ten minutes: nothing was stored")
    @ApiResponse(responseCode = "503", description = "Connect Facebook is not set up on this server")
    @PostMapping("/completion")
    public Mono<FacebookConnector.Completion> complete(@RequestBody CompletionRequest request) {
        return Mono.defer(() -> connector.complete(request.requiredState(), request.code(), request.error()));
    }
}
