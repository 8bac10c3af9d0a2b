package com.viraltracker.adcreation.products;

import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.FieldProblemException;
import com.viraltracker.support.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** CRUD for products, and their image. */
@RestController
@RequestMapping("/api/v1/products")
public class ProductController {
    private final ProductService products;
    private final ProductImageRepository images;
    private final Clock clock;
    private final BrandAccess brandAccess;

    public ProductController(
            ProductService products, ProductImageRepository images, Clock clock, BrandAccess brandAccess) {
        this.products = products;
        this.images = images;
        this.clock = clock;
        this.brandAccess = brandAccess;
    }

    @Operation(summary = "List the brand's products", operationId = "listProducts")
    @GetMapping
    public Flux<Product> list(@RequestParam(name = "brand_id", required = false) UUID brandId) {
        if (brandId == null) {
            // Checked here rather than by Spring so the problem names the parameter like every other 400.
            return Flux.error(new FieldProblemException("brand_id", "is required"));
        }
        return products.listOfBrand(brandId);
    }

    @Operation(summary = "Get a product", operationId = "getProduct")
    @GetMapping("/{id}")
    public Mono<Product> get(@PathVariable UUID id) {
        return products.get(id);
    }

    @Operation(summary = "Create a product", operationId = "createProduct")
    @ApiResponse(responseCode = "201", description = "The product is created")
    @PostMapping
    public Mono<ResponseEntity<Product>> create(@RequestBody ProductInput input) {
        return products.create(input)
                .map(created -> ResponseEntity.created(URI.create("/api/v1/products/" + created.id()))
                        .body(created));
    }

    @Operation(summary = "Replace a product", operationId = "replaceProduct")
    @PutMapping("/{id}")
    public Mono<Product> replace(@PathVariable UUID id, @RequestBody ProductInput input) {
        return products.replace(id, input).switchIfEmpty(notFound(id));
    }

    @Operation(summary = "Delete a product", operationId = "deleteProduct")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> delete(@PathVariable UUID id) {
        return products.delete(id);
    }

    /** A form upload; the image is the part named {@code file}. */
    @Operation(summary = "Upload the product's image (PNG or JPEG)", operationId = "uploadProductImage")
    @PutMapping(path = "/{id}/image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Mono<Product> uploadForm(@PathVariable UUID id, @RequestPart("file") Part file) {
        return store(id, file.content());
    }

    /** The image as the raw request body. */
    @Operation(summary = "Upload the product's image (PNG or JPEG)", operationId = "uploadProductImage")
    @PutMapping(
            path = "/{id}/image",
            consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    public Mono<Product> uploadRaw(@PathVariable UUID id, @RequestBody(required = false) Flux<DataBuffer> body) {
        return store(id, body == null ? Flux.empty() : body);
    }

    @Operation(summary = "Download the product's image", operationId = "getProductImage")
    @GetMapping(
            value = "/{id}/image",
            produces = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
    public Mono<ResponseEntity<byte[]>> image(@PathVariable UUID id) {
        return products.get(id)
                .then(images.find(id))
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .body(image.bytes()))
                .switchIfEmpty(Mono.error(() -> new NotFoundException("image of product", id)));
    }

    private Mono<Product> store(UUID id, Flux<DataBuffer> content) {
        return products.get(id)
                .then(LimitedBody.read(content, ImageDecoder.MAX_BYTES))
                .publishOn(Schedulers.boundedElastic())
                .map(ImageDecoder::check)
                .zipWith(brandAccess.subject())
                .flatMap(imageAndCaller ->
                        images.save(id, imageAndCaller.getT1(), clock.instant(), imageAndCaller.getT2()))
                .then(products.get(id));
    }

    private static <T> Mono<T> notFound(UUID id) {
        return Mono.error(() -> new NotFoundException("product", id));
    }
}
