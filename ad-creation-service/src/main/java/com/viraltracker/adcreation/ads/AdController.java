package com.viraltracker.adcreation.ads;

import com.viraltracker.adcreation.products.ProductRepository;
import com.viraltracker.support.web.NotFoundException;
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

/** Read access to generated ads and their images. */
@RestController
public class AdController {
    private final GeneratedAdRepository ads;
    private final ProductRepository products;

    public AdController(GeneratedAdRepository ads, ProductRepository products) {
        this.ads = ads;
        this.products = products;
    }

    @GetMapping("/api/v1/products/{productId}/ads")
    public Flux<GeneratedAd> listForProduct(@PathVariable UUID productId) {
        return products.find(productId)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("product", productId)))
                .flatMapMany(product -> ads.findByProduct(productId));
    }

    @GetMapping("/api/v1/ads/{id}")
    public Mono<GeneratedAd> get(@PathVariable UUID id) {
        return ads.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("ad", id)));
    }

    /** An ad's image never changes once made (a rerun of its run renders the same bytes), so it may be cached. */
    @GetMapping("/api/v1/ads/{id}/image.png")
    public Mono<ResponseEntity<byte[]>> image(@PathVariable UUID id) {
        return ads.png(id)
                .map(png -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7))).body(png))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("ad", id)));
    }
}
