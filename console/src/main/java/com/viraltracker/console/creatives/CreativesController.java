package com.viraltracker.console.creatives;

import com.viraltracker.console.api.AdCreationApi;
import com.viraltracker.console.api.ApiNotFoundException;
import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.Product;
import com.viraltracker.console.api.SchedulerApi;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.signin.ConsoleUser;
import com.viraltracker.console.web.BrandPages;
import com.viraltracker.console.web.FieldErrors;
import com.viraltracker.console.web.FormPage;
import com.viraltracker.console.web.FormPost;
import com.viraltracker.console.web.PageNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Products (create, upload an image), "Generate variations" (a one-time ad_creation run) and the gallery of
 * generated ads with their copy. Images come through the console, fetched with the user's token.
 */
@Controller
public class CreativesController {
    static final String UNAVAILABLE = "Products and creatives are unavailable right now.";
    static final int GALLERY_SIZE = 12;
    static final String[] PRODUCT_INPUTS = {
        "name", "description", "price", "currency", "offer", "benefits", "brand_colors"
    };

    private final FormPage formPage;
    private final AdCreationApi adCreation;
    private final SchedulerApi scheduler;
    private final Clock clock;

    public CreativesController(BrandPages brands, AdCreationApi adCreation, SchedulerApi scheduler, Clock clock) {
        this.formPage = new FormPage(brands, "creatives", this::render);
        this.adCreation = adCreation;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @GetMapping("/brands/{brand}/creatives")
    public Mono<Rendering> page(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return formPage.show(user, brand, exchange);
    }

    @PostMapping("/brands/{brand}/products")
    public Mono<Rendering> create(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, ServerWebExchange exchange) {
        return formPage.post(user, brand, exchange)
                .flatMap(post -> exchange.getFormData().flatMap(form -> {
                    Map<String, String> entered = ProductForm.entered(form);
                    Map<String, String> errors = new LinkedHashMap<>();
                    Map<String, Object> input = ProductForm.input(brand, entered, errors);
                    if (!errors.isEmpty()) {
                        return post.again().render(errors, entered, HttpStatus.BAD_REQUEST);
                    }
                    return post.run(
                            "A viewer cannot create products.",
                            entered,
                            problem -> FieldErrors.of(problem, "general", PRODUCT_INPUTS),
                            () -> adCreation
                                    .createProduct(user, input)
                                    .map(product -> "Created " + product.name() + ". Upload its image next."));
                }));
    }

    @PostMapping("/brands/{brand}/products/{product}/image")
    public Mono<Rendering> upload(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID product,
            ServerWebExchange exchange) {
        String input = "image-" + product;
        return formPage.post(user, brand, exchange)
                .flatMap(post -> ownProduct(user, brand, product)
                        .flatMap(found -> exchange.getMultipartData().flatMap(parts -> {
                            if (!(parts.getFirst("file") instanceof FilePart file)
                                    || file.filename().isBlank()) {
                                return post.again()
                                        .render(
                                                Map.of(input, "Choose a PNG or JPEG file."),
                                                Map.of(),
                                                HttpStatus.BAD_REQUEST);
                            }
                            return post.run(
                                    "A viewer cannot upload images.",
                                    Map.of(),
                                    problem -> Map.of(input, reasons(problem)),
                                    () -> adCreation
                                            .uploadImage(user, product, file)
                                            .map(uploaded -> "Uploaded the image of " + found.name() + "."));
                        })));
    }

    @PostMapping("/brands/{brand}/products/{product}/variations")
    public Mono<Rendering> generate(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable UUID brand,
            @PathVariable UUID product,
            ServerWebExchange exchange) {
        String input = "variations-" + product;
        return formPage.post(user, brand, exchange)
                .flatMap(post -> ownProduct(user, brand, product)
                        .flatMap(found -> exchange.getFormData().flatMap(form -> {
                            int variations;
                            try {
                                variations = Integer.parseInt(
                                        FormPost.text(form, "num_variations").trim());
                            } catch (NumberFormatException e) {
                                return post.again()
                                        .render(
                                                Map.of(input, "Choose how many variations."),
                                                Map.of(),
                                                HttpStatus.BAD_REQUEST);
                            }
                            Map<String, Object> parameters = new LinkedHashMap<>();
                            parameters.put("product_id", product);
                            parameters.put("template_mode", form.getFirst("template_mode"));
                            parameters.put("num_variations", variations);
                            parameters.put("color_mode", form.getFirst("color_mode"));
                            return post.run(
                                    "A viewer cannot generate ads.",
                                    Map.of(),
                                    problem -> Map.of(input, reasons(problem)),
                                    () -> scheduler
                                            .runOnce(
                                                    user,
                                                    brand,
                                                    "Variations of " + found.name(),
                                                    "ad_creation",
                                                    parameters,
                                                    clock.instant())
                                            .thenReturn(
                                                    "Generating " + variations + " variations of " + found.name()
                                                            + ". The run is on the Runs page; the gallery fills in when it is done."));
                        })));
    }

    @GetMapping("/brands/{brand}/products/{product}/image")
    @ResponseBody
    public Mono<ResponseEntity<byte[]>> productImage(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, @PathVariable UUID product) {
        return ownProduct(user, brand, product)
                .then(adCreation.productImage(user, product))
                .map(CreativesController::image);
    }

    @GetMapping("/brands/{brand}/ads/{ad}/image.png")
    @ResponseBody
    public Mono<ResponseEntity<byte[]>> adImage(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable UUID brand, @PathVariable UUID ad) {
        if (!user.maySee(brand)) {
            return Mono.error(new PageNotFoundException());
        }
        return adCreation
                .ad(user, ad)
                .filter(found -> brand.equals(found.brandId()))
                .switchIfEmpty(Mono.error(new PageNotFoundException()))
                .then(adCreation.adImage(user, ad))
                .map(CreativesController::image);
    }

    private static ResponseEntity<byte[]> image(ResponseEntity<byte[]> answer) {
        return ResponseEntity.ok()
                .contentType(answer.getHeaders().getContentType())
                // One brand's image: the browser may keep it, no shared cache may.
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(answer.getBody());
    }

    private Mono<Product> ownProduct(ConsoleUser user, UUID brand, UUID product) {
        if (!user.maySee(brand)) {
            return Mono.error(new PageNotFoundException());
        }
        return adCreation
                .product(user, product)
                .filter(found -> brand.equals(found.brandId()))
                .switchIfEmpty(Mono.error(new PageNotFoundException()))
                .onErrorMap(ApiNotFoundException.class, e -> new PageNotFoundException());
    }

    private Mono<Rendering> render(ConsoleUser user, FormPage.State state) {
        Mono<Section<List<CreativesView.ProductCard>>> products = Section.of(
                adCreation
                        .products(user, state.header().id())
                        .flatMap(list -> Flux.fromIterable(list)
                                .flatMapSequential(
                                        product -> Section.of(
                                                        adCreation.ads(user, product.id(), GALLERY_SIZE),
                                                        "The ads of this product are unavailable right now.")
                                                .map(ads -> new CreativesView.ProductCard(product, ads)),
                                        4)
                                .collectList()),
                UNAVAILABLE);
        return products.map(found -> Rendering.view("creatives")
                .modelAttribute(
                        "page",
                        new CreativesView(state.header(), found, state.errors(), state.entered(), state.flash()))
                .status(state.status())
                .build());
    }

    private static String reasons(ApiProblemException problem) {
        return String.join("; ", FieldErrors.of(problem, "general").values());
    }
}
