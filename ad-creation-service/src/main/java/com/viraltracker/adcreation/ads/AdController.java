package com.viraltracker.adcreation.ads;

import com.viraltracker.adcreation.products.ProductService;
import com.viraltracker.support.security.BrandAccess;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Read access to generated ads and their images: the caller's brands' only; another brand's ad is not found. */
@RestController
public class AdController {
    private final GeneratedAdRepository ads;
    private final ProductService products;
    private final BrandAccess brandAccess;

    public AdController(GeneratedAdRepository ads, ProductService products, BrandAccess brandAccess) {
        this.ads = ads;
        this.products = products;
        this.brandAccess = brandAccess;
    }

    @GetMapping("/api/v1/products/{productId}/ads")
    public Flux<GeneratedAd> listForProduct(@PathVariable UUID productId) {
        return products.get(productId).flatMapMany(product -> ads.findByProduct(productId));
    }

    @GetMapping("/api/v1/ads/{id}")
    public Mono<GeneratedAd> get(@PathVariable UUID id) {
        return brandAccess.owned(ads.find(id), GeneratedAd::brandId, "ad", id);
    }

    /** An ad's image never changes once made (a rerun of its run renders the same bytes), so it may be cached. */
    @GetMapping("/api/v1/ads/{id}/image.png")
    public Mono<ResponseEntity<byte[]>> image(@PathVariable UUID id) {
        return get(id).then(ads.png(id))
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        // private: the image is one brand's, so no shared cache may keep it.
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate()).body(png));
    }
}
