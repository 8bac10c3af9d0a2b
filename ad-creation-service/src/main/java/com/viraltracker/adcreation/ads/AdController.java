package com.viraltracker.adcreation.ads;

import com.viraltracker.adcreation.products.ProductService;
import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read access to generated ads and their images: the caller's brands' only; another brand's ad is not found. */
@RestController
public class AdController {
    static final int MAX_PAGE_SIZE = 200;

    private final GeneratedAdRepository ads;
    private final ProductService products;
    private final BrandAccess brandAccess;

    public AdController(GeneratedAdRepository ads, ProductService products, BrandAccess brandAccess) {
        this.ads = ads;
        this.products = products;
        this.brandAccess = brandAccess;
    }

    /** Newest first, {@code size} (100, at most {@value #MAX_PAGE_SIZE}) at a time. */
    @Operation(summary = "List the ads generated for a product, newest first")
    @GetMapping("/api/v1/products/{productId}/ads")
    public Flux<GeneratedAd> listForProduct(
            @PathVariable UUID productId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        if (page < 0) {
            return Flux.error(new FieldProblemException("page", "must be zero or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            return Flux.error(new FieldProblemException("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        return products.get(productId).flatMapMany(product -> ads.pageByProduct(productId, page, size));
    }

    @Operation(summary = "Get a generated ad", operationId = "getAd")
    @GetMapping("/api/v1/ads/{id}")
    public Mono<GeneratedAd> get(@PathVariable UUID id) {
        return brandAccess.owned(ads.find(id), GeneratedAd::brandId, "ad", id);
    }

    /** An ad's image never changes once made (a rerun of its run renders the same bytes), so it may be cached. */
    @Operation(summary = "Download a generated ad's image", operationId = "getAdImage")
    @GetMapping(value = "/api/v1/ads/{id}/image.png", produces = MediaType.IMAGE_PNG_VALUE)
    public Mono<ResponseEntity<byte[]>> image(@PathVariable UUID id) {
        return get(id).then(ads.png(id))
                .map(png -> ResponseEntity.ok()
                        .contentType(MediaType.IMAGE_PNG)
                        // private: the image is one brand's, so no shared cache may keep it.
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
                        .body(png));
    }
}
