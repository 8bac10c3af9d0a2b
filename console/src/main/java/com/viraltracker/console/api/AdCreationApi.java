package com.viraltracker.console.api;

import com.viraltracker.console.signin.ConsoleUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Mono;

/** ad-creation-service: products, their images, and the ads generated for them. */
public final class AdCreationApi {
    private static final ParameterizedTypeReference<List<Product>> PRODUCTS = new ParameterizedTypeReference<>() {};
    private static final ParameterizedTypeReference<List<GeneratedAd>> ADS = new ParameterizedTypeReference<>() {};

    private final ServiceApi api;

    AdCreationApi(ServiceApi api) {
        this.api = api;
    }

    public Mono<List<Product>> products(ConsoleUser user, UUID brand) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/products")
                        .queryParam("brand_id", brand)
                        .build(),
                PRODUCTS);
    }

    public Mono<Product> product(ConsoleUser user, UUID product) {
        return api.get(user, uri -> uri.path("/api/v1/products/{id}").build(product), Product.class);
    }

    public Mono<Product> createProduct(ConsoleUser user, Map<String, Object> input) {
        return api.send(
                user, HttpMethod.POST, uri -> uri.path("/api/v1/products").build(), input, Product.class);
    }

    /** Passes the browser's upload on as the service's form upload (the part named {@code file}). */
    public Mono<Product> uploadImage(ConsoleUser user, UUID product, FilePart file) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.asyncPart("file", file.content(), org.springframework.core.io.buffer.DataBuffer.class)
                .filename(file.filename())
                .contentType(
                        file.headers().getContentType() == null
                                ? org.springframework.http.MediaType.APPLICATION_OCTET_STREAM
                                : file.headers().getContentType());
        return api.send(
                user,
                HttpMethod.PUT,
                uri -> uri.path("/api/v1/products/{id}/image").build(product),
                BodyInserters.fromMultipartData(body.build()),
                Product.class);
    }

    public Mono<ResponseEntity<byte[]>> productImage(ConsoleUser user, UUID product) {
        return api.bytes(user, uri -> uri.path("/api/v1/products/{id}/image").build(product));
    }

    public Mono<List<GeneratedAd>> ads(ConsoleUser user, UUID product, int size) {
        return api.get(
                user,
                uri -> uri.path("/api/v1/products/{id}/ads")
                        .queryParam("size", size)
                        .build(product),
                ADS);
    }

    public Mono<GeneratedAd> ad(ConsoleUser user, UUID ad) {
        return api.get(user, uri -> uri.path("/api/v1/ads/{id}").build(ad), GeneratedAd.class);
    }

    public Mono<ResponseEntity<byte[]>> adImage(ConsoleUser user, UUID ad) {
        return api.bytes(user, uri -> uri.path("/api/v1/ads/{id}/image.png").build(ad));
    }
}
