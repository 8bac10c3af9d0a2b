package com.viraltracker.adcreation;

import com.viraltracker.adcreation.ads.GeneratedAd;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.testing.Answers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The REST API as tests use it to arrange what they check (a product with a photo to generate ads from) and to
 * read answers as the types the service writes.
 */
public final class AdCreationApi {
    private AdCreationApi() {}

    /**
     * A product's JSON body: its brand, its name and then further fields as name, value, name, value, … (any value
     * a test needs, including null).
     */
    public static Map<String, Object> productBody(UUID brand, String name, Object... moreFields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("brand_id", brand.toString());
        body.put("name", name);
        for (int i = 0; i < moreFields.length; i += 2) {
            body.put((String) moreFields[i], moreFields[i + 1]);
        }
        return body;
    }

    /** Creates a product through the API as the client's caller. */
    public static Product createProduct(WebTestClient web, Map<String, ?> body) {
        return Answers.created(web.post().uri("/api/v1/products").bodyValue(body), Product.class);
    }

    /** Gives a product a photo of a bottle (the colour tests look for on a creative), expecting 200. */
    public static void uploadBottle(WebTestClient web, Product product, int width, int height, boolean transparent) {
        web.put()
                .uri("/api/v1/products/{id}/image", product.id())
                .contentType(MediaType.IMAGE_PNG)
                .bodyValue(TestImages.png(TestImages.bottle(width, height, transparent)))
                .exchange()
                .expectStatus()
                .isOk();
    }

    /** A product with a 600×800 transparent bottle photo, which every template can place. */
    public static Product productWithImage(WebTestClient web, Map<String, ?> body) {
        Product product = createProduct(web, body);
        uploadBottle(web, product, 600, 800, true);
        return product;
    }

    /** A PNG the API serves (a product's photo or a generated ad), expecting 200 and {@code image/png}. */
    public static byte[] png(WebTestClient web, String uri, Object... uriVariables) {
        return web.get()
                .uri(uri, uriVariables)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    /** A page of the ads generated from a product. */
    public static List<GeneratedAd> adsOf(WebTestClient web, String uri, Object... uriVariables) {
        return web.get()
                .uri(uri, uriVariables)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBodyList(GeneratedAd.class)
                .returnResult()
                .getResponseBody();
    }
}
