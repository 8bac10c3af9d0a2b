package com.viraltracker.metasync.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A brand's Meta ad accounts: link (verified with Meta), list, unlink. */
@RestController
@RequestMapping("/api/v1/brands/{brandId}/ad-accounts")
public class AdAccountController {
    private final AdAccountLinker linker;

    public AdAccountController(AdAccountLinker linker) {
        this.linker = linker;
    }

    /** 201 when the link is new, 200 when it existed (its name, currency and time zone are refreshed). */
    @Operation(summary = "Link a Meta ad account to the brand, verified with Meta")
    @ApiResponse(responseCode = "200", description = "The link existed; its details were refreshed from Meta")
    @ApiResponse(responseCode = "201", description = "The account is linked")
    @ApiResponse(
            responseCode = "422",
            description = "Meta does not know the account, or the token may not read it: `errors` names ad_account_id")
    @ApiResponse(responseCode = "502", description = "Meta refused the system user's access token")
    @ApiResponse(responseCode = "503", description = "Meta is unavailable or throttling, or tokens cannot be stored")
    @PostMapping
    public Mono<ResponseEntity<BrandAdAccount>> link(
            @PathVariable UUID brandId, @RequestBody LinkAdAccountRequest request) {
        return linker.link(brandId, request)
                .map(saved -> ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(saved.account()));
    }

    @Operation(summary = "List the brand's linked ad accounts")
    @GetMapping
    public Mono<List<BrandAdAccount>> list(@PathVariable UUID brandId) {
        return linker.list(brandId);
    }

    @Operation(summary = "Unlink an ad account from the brand")
    @DeleteMapping("/{adAccountId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<ResponseEntity<Void>> unlink(
            @PathVariable UUID brandId, @Parameter(example = "act_1234567890") @PathVariable String adAccountId) {
        return linker.unlink(brandId, adAccountId)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
