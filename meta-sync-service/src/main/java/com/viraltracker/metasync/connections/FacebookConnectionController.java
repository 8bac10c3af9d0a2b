package com.viraltracker.metasync.connections;

import com.viraltracker.events.serde.SnakeCase;
import com.viraltracker.support.web.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A brand's Facebook connections ("Connect Facebook"): start a login, see what was granted, disconnect. */
@RestController
@RequestMapping("/api/v1/brands/{brandId}/facebook-connections")
public class FacebookConnectionController {
    private final FacebookConnector connector;

    public FacebookConnectionController(FacebookConnector connector) {
        this.connector = connector;
    }

    /** {@code {}} to connect; {@code {"reconnect_id": "<connection id>"}} to renew a connection's token. */
    @SnakeCase
    public record StartRequest(String reconnectId) {
        UUID connection() {
            if (reconnectId == null || reconnectId.isBlank()) {
                return null;
            }
            try {
                return UUID.fromString(reconnectId.strip());
            } catch (IllegalArgumentException e) {
                throw new FieldProblemException(
                        "reconnect_id", "must be the id of one of the brand's Facebook connections");
            }
        }
    }

    @Operation(summary = "Start a Facebook login for the brand: send the person's browser to authorization_url")
    @ApiResponse(responseCode = "201", description = "The login is started; its link works for ten minutes")
    @ApiResponse(responseCode = "503", description = "Connect Facebook is not set up on this server")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<FacebookConnector.Authorization> start(
            @PathVariable UUID brandId, @RequestBody(required = false) StartRequest request) {
        return Mono.defer(() -> connector.start(brandId, request == null ? null : request.connection()));
    }

    @Operation(summary = "List the brand's Facebook connections, with their expiry")
    @GetMapping
    public Mono<List<FacebookConnection>> list(@PathVariable UUID brandId) {
        return connector.list(brandId);
    }

    @Operation(summary = "One of the brand's Facebook connections")
    @GetMapping("/{connectionId}")
    public Mono<FacebookConnection> get(@PathVariable UUID brandId, @PathVariable UUID connectionId) {
        return connector.get(brandId, connectionId);
    }

    @Operation(summary = "The ad accounts the connection's Facebook user granted, and which the brand links")
    @ApiResponse(responseCode = "200", description = "The granted accounts, as Meta lists them now")
    @ApiResponse(responseCode = "409", description = "Meta no longer accepts the connection's token: reconnect")
    @ApiResponse(responseCode = "503", description = "Meta is unavailable")
    @GetMapping("/{connectionId}/ad-accounts")
    public Mono<List<FacebookConnector.GrantedAccount>> grantedAccounts(
            @PathVariable UUID brandId, @PathVariable UUID connectionId) {
        return connector.grantedAccounts(brandId, connectionId);
    }

    @Operation(summary = "Disconnect: revoke the app's permissions at Meta, delete the token, unlink its accounts")
    @ApiResponse(responseCode = "204", description = "Disconnected")
    @ApiResponse(responseCode = "503", description = "Meta is unavailable: nothing was changed")
    @DeleteMapping("/{connectionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> disconnect(@PathVariable UUID brandId, @PathVariable UUID connectionId) {
        return connector.disconnect(brandId, connectionId);
    }
}
