package com.viraltracker.adcreation.products;

import com.viraltracker.support.security.BrandAccess;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Products as the REST API sees them: only the caller's brands'. Another brand's product is not found, and a
 * product cannot be created in or moved to a brand the caller may not act on.
 */
@Service
public class ProductService {
    private final ProductRepository products;
    private final BrandAccess brandAccess;
    private final Clock clock;

    public ProductService(ProductRepository products, BrandAccess brandAccess, Clock clock) {
        this.products = products;
        this.brandAccess = brandAccess;
        this.clock = clock;
    }

    public Flux<Product> listOfBrand(UUID brandId) {
        return brandAccess.requireBrand(brandId, "brand").thenMany(products.findByBrand(brandId));
    }

    /** The product when it exists and is one of the caller's brands'. */
    public Mono<Product> get(UUID id) {
        return brandAccess.owned(products.find(id), Product::brandId, "product", id);
    }

    public Mono<Product> create(ProductInput input) {
        return Mono.fromCallable(input::validated)
                .flatMap(valid -> brandAccess
                        .requireBrand(valid.brandId(), "brand")
                        .then(brandAccess.subject())
                        .flatMap(by -> products.insert(valid, clock.instant(), by)));
    }

    public Mono<Product> replace(UUID id, ProductInput input) {
        return Mono.fromCallable(input::validated)
                .flatMap(valid -> get(id).flatMap(current -> brandAccess.requireBrand(valid.brandId(), "brand"))
                        .then(brandAccess.subject())
                        .flatMap(by -> products.update(id, valid, clock.instant(), by)));
    }

    public Mono<Void> delete(UUID id) {
        return get(id).flatMap(product -> products.delete(id)).then();
    }
}
