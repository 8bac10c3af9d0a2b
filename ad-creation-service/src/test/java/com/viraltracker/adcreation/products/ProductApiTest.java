package com.viraltracker.adcreation.products;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.AdCreationApi;
import com.viraltracker.adcreation.TestImages;
import com.viraltracker.testing.Answers;
import com.viraltracker.testing.ServiceIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

@ServiceIntegrationTest
class ProductApiTest {
    @Autowired
    WebTestClient web;

    static Map<String, Object> serum(UUID brandId) {
        return Map.of(
                "brand_id",
                brandId.toString(),
                "name",
                "Glow Serum",
                "description",
                "A vitamin C serum.",
                "benefits",
                List.of("Brighter skin in 14 days", "Fragrance free"),
                "price",
                24.99,
                "offer",
                "20% off",
                "brand_colors",
                List.of("#2563EB", "#f97316"));
    }

    Product create(Map<String, Object> body) {
        return web.post()
                .uri("/api/v1/products")
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectHeader()
                .valueMatches("Location", "/api/v1/products/[0-9a-f-]{36}")
                .expectBody(Product.class)
                .returnResult()
                .getResponseBody();
    }

    @Test
    void creates_reads_lists_by_brand_replaces_and_deletes_a_product() {
        UUID brand = UUID.randomUUID();
        Product created = create(serum(brand));
        assertThat(created.brandColors()).containsExactly("#2563eb", "#f97316");
        assertThat(created.currency()).isEqualTo("USD");
        assertThat(created.price()).isEqualByComparingTo("24.99");
        assertThat(created.image()).isNull();
        create(Map.of("brand_id", UUID.randomUUID().toString(), "name", "Other brand's mug"));

        Answers.okJson(web.get().uri("/api/v1/products/{id}", created.id()))
                .jsonPath("$.name")
                .isEqualTo("Glow Serum")
                .jsonPath("$.benefits[1]")
                .isEqualTo("Fragrance free");
        web.get()
                .uri("/api/v1/products?brand_id={brand}", brand)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBodyList(Product.class)
                .hasSize(1)
                .contains(created);

        Product replaced = Answers.ok(
                web.put()
                        .uri("/api/v1/products/{id}", created.id())
                        .bodyValue(Map.of(
                                "brand_id", brand.toString(), "name", "Glow Serum 2", "benefits", List.of("New"))),
                Product.class);
        assertThat(replaced.name()).isEqualTo("Glow Serum 2");
        assertThat(replaced.brandColors()).isEmpty();
        assertThat(replaced.price()).isNull();

        web.delete()
                .uri("/api/v1/products/{id}", created.id())
                .exchange()
                .expectStatus()
                .isNoContent();
        web.get()
                .uri("/api/v1/products/{id}", created.id())
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://viraltracker.dev/problems/not-found");
        web.delete()
                .uri("/api/v1/products/{id}", created.id())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void names_every_bad_field_of_a_product() {
        web.post()
                .uri("/api/v1/products")
                .bodyValue(Map.of(
                        "name",
                        " ",
                        "price",
                        -1,
                        "currency",
                        "XYZ",
                        "brand_colors",
                        List.of("#123456", "blue"),
                        "benefits",
                        List.of("ok", "")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'brand_id')].reason")
                .isEqualTo("is required")
                .jsonPath("$.errors[?(@.field == 'name')].reason")
                .isEqualTo("is required")
                .jsonPath("$.errors[?(@.field == 'price')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'currency')]")
                .exists()
                .jsonPath("$.errors[?(@.field == 'brand_colors[1]')].reason")
                .isEqualTo("must be a hex colour such as #1a2b3c")
                .jsonPath("$.errors[?(@.field == 'benefits[1]')]")
                .exists()
                .jsonPath("$.errors.length()")
                .isEqualTo(6);
    }

    @Test
    void listing_needs_a_brand() {
        Answers.badRequestNaming(web.get().uri("/api/v1/products"), "brand_id");
    }

    @Test
    void takes_a_png_as_the_raw_body_and_a_jpeg_as_a_form_upload_and_serves_them_back() {
        Product product = create(serum(UUID.randomUUID()));
        byte[] png = TestImages.png(TestImages.bottle(300, 400, true));
        Answers.okJson(web.put()
                        .uri("/api/v1/products/{id}/image", product.id())
                        .contentType(MediaType.IMAGE_PNG)
                        .bodyValue(png))
                .jsonPath("$.image.content_type")
                .isEqualTo("image/png")
                .jsonPath("$.image.width")
                .isEqualTo(300)
                .jsonPath("$.image.height")
                .isEqualTo(400);
        byte[] served = AdCreationApi.png(web, "/api/v1/products/{id}/image", product.id());
        assertThat(served).isEqualTo(png);

        byte[] jpeg = TestImages.jpeg(TestImages.bottle(640, 480, false));
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(jpeg) {
                    @Override
                    public String getFilename() {
                        return "bottle.jpg";
                    }
                })
                .contentType(MediaType.IMAGE_JPEG);
        Answers.okJson(web.put()
                        .uri("/api/v1/products/{id}/image", product.id())
                        .body(BodyInserters.fromMultipartData(form.build())))
                .jsonPath("$.image.content_type")
                .isEqualTo("image/jpeg")
                .jsonPath("$.image.width")
                .isEqualTo(640);
        assertThat(web.get()
                        .uri("/api/v1/products/{id}/image", product.id())
                        .exchange()
                        .expectBody(byte[].class)
                        .returnResult()
                        .getResponseBody())
                .isEqualTo(jpeg);
    }

    @Test
    void refuses_bytes_that_do_not_decode_as_an_image_whatever_the_content_type_says() {
        Product product = create(serum(UUID.randomUUID()));
        byte[] png = TestImages.png(TestImages.bottle(300, 400, true));
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 3);
        for (byte[] body : List.of("GIF89a not really".getBytes(), truncated, new byte[0])) {
            Answers.badRequestNaming(
                    web.put()
                            .uri("/api/v1/products/{id}/image", product.id())
                            .contentType(MediaType.IMAGE_PNG)
                            .bodyValue(body),
                    "image");
        }
        web.put()
                .uri("/api/v1/products/{id}/image", product.id())
                .contentType(MediaType.IMAGE_PNG)
                .bodyValue(TestImages.png(TestImages.bottle(20, 20, true)))
                .exchange()
                .expectStatus()
                .isBadRequest();
        web.get()
                .uri("/api/v1/products/{id}/image", product.id())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void refuses_an_image_over_five_megabytes_with_413() {
        Product product = create(serum(UUID.randomUUID()));
        byte[] big = new byte[ImageDecoder.MAX_BYTES + 1];
        new Random(7).nextBytes(big);
        web.put()
                .uri("/api/v1/products/{id}/image", product.id())
                .contentType(MediaType.IMAGE_PNG)
                .bodyValue(big)
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("image");
    }

    @Test
    void uploading_for_a_product_that_does_not_exist_is_404() {
        web.put()
                .uri("/api/v1/products/{id}/image", UUID.randomUUID())
                .contentType(MediaType.IMAGE_PNG)
                .bodyValue(TestImages.png(TestImages.bottle(300, 400, true)))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    /** A form upload whose body is not multipart at all is bad input like any other, never a 500. */
    @Test
    void a_form_upload_without_a_multipart_boundary_is_a_problem_naming_the_body() {
        Product product = create(serum(UUID.randomUUID()));
        Answers.badRequestNaming(
                web.put()
                        .uri("/api/v1/products/{id}/image", product.id())
                        .header("Content-Type", MediaType.MULTIPART_FORM_DATA_VALUE)
                        .bodyValue("not a form".getBytes()),
                "body");
        web.get()
                .uri("/api/v1/products/{id}/image", product.id())
                .exchange()
                .expectStatus()
                .isNotFound();
    }
}
