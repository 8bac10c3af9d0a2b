package com.viraltracker.metasync.accounts;

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
    @PostMapping
    public Mono<ResponseEntity<BrandAdAccount>> link(
            @PathVariable UUID brandId, @RequestBody LinkAdAccountRequest request) {
        return linker.link(brandId, request)
                .map(saved -> ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(saved.account()));
    }

    @GetMapping
    public Mono<List<BrandAdAccount>> list(@PathVariable UUID brandId) {
        return linker.list(brandId);
    }

    @DeleteMapping("/{adAccountId}")
    public Mono<ResponseEntity<Void>> unlink(@PathVariable UUID brandId, @PathVariable String adAccountId) {
        return linker.unlink(brandId, adAccountId)
                .thenReturn(ResponseEntity.noContent().build());
    }
}
