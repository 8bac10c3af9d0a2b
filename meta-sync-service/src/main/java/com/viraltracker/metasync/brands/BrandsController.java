package com.viraltracker.metasync.brands;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Brand profiles: the brands a caller may act on, and each brand's name. */
@RestController
public class BrandsController {
    private final BrandProfileService brands;

    public BrandsController(BrandProfileService brands) {
        this.brands = brands;
    }

    @GetMapping("/api/v1/brands")
    @Operation(
            summary = "The brands the caller may act on, by name",
            description = "An admin gets every named brand; anyone else the brands of their token, named or not, "
                    + "each with its number of linked ad accounts. Sorted by name; unnamed brands come last.")
    public Mono<List<BrandSummary>> list() {
        return brands.list();
    }

    @GetMapping("/api/v1/brands/{brandId}")
    @Operation(
            summary = "A brand's profile",
            description = "A brand of the caller's token that nobody has named yet answers without a name; an "
                    + "admin asking for a brand nobody has named gets a 404.")
    public Mono<BrandProfile> get(@PathVariable UUID brandId) {
        return brands.get(brandId);
    }

    @PutMapping("/api/v1/brands/{brandId}")
    @Operation(
            summary = "Name a brand",
            description = "Operator of the brand or admin. The name is trimmed and must be 1 to 120 characters "
                    + "without control characters; the caller's token subject is recorded as updated_by when the "
                    + "name changes (and as created_by when the brand is named for the first time).")
    public Mono<BrandProfile> rename(
            @PathVariable UUID brandId, @RequestBody(required = false) BrandNameRequest request) {
        return brands.rename(brandId, request);
    }
}
