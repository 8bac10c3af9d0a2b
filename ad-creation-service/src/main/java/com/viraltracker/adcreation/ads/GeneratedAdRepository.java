package com.viraltracker.adcreation.ads;

import io.r2dbc.spi.Readable;
import java.nio.ByteBuffer;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Generated ads in {@code generated_ads}; listings never read the PNG column. */
@Repository
public class GeneratedAdRepository {
    private static final String COLUMNS = """
            id, run_id, brand_id, product_id, template_id, template_name, variation_index, color_mode, headline,
            primary_text, image_text, call_to_action, width, height, content_hash, created_at""";
    // generated_ads_run_variation_key: a redelivered run rewrites its own rows and keeps their ids.
    private static final String UPSERT = """
            INSERT INTO generated_ads (run_id, brand_id, product_id, template_id, template_name, variation_index,
                                       color_mode, headline, primary_text, image_text, call_to_action, width, height,
                                       png, content_hash, created_at)
            VALUES (:runId, :brandId, :productId, :templateId, :templateName, :variationIndex, :colorMode, :headline,
                    :primaryText, :imageText, :callToAction, :width, :height, :png, :contentHash, :createdAt)
            ON CONFLICT (run_id, variation_index) DO UPDATE
               SET template_id = EXCLUDED.template_id, template_name = EXCLUDED.template_name,
                   color_mode = EXCLUDED.color_mode, headline = EXCLUDED.headline,
                   primary_text = EXCLUDED.primary_text, image_text = EXCLUDED.image_text,
                   call_to_action = EXCLUDED.call_to_action, width = EXCLUDED.width, height = EXCLUDED.height,
                   png = EXCLUDED.png, content_hash = EXCLUDED.content_hash
            RETURNING id
            """;
    // generated_ads_product_created_idx
    private static final String FIND_BY_PRODUCT = "SELECT " + COLUMNS
            + " FROM generated_ads WHERE product_id = :productId ORDER BY created_at DESC, run_id, variation_index";
    private static final String PAGE_BY_PRODUCT = FIND_BY_PRODUCT + " LIMIT :limit OFFSET :offset";
    private static final String FIND_BY_RUN =
            "SELECT " + COLUMNS + " FROM generated_ads WHERE run_id = :runId ORDER BY variation_index";
    private static final String FIND = "SELECT " + COLUMNS + " FROM generated_ads WHERE id = :id";
    private static final String FIND_PNG = "SELECT png FROM generated_ads WHERE id = :id";

    private final DatabaseClient database;

    public GeneratedAdRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<UUID> upsert(NewAd ad) {
        var spec = database.sql(UPSERT)
                .bind("runId", ad.runId())
                .bind("brandId", ad.brandId())
                .bind("productId", ad.productId())
                .bind("templateName", ad.template().name())
                .bind("variationIndex", ad.variationIndex())
                .bind("colorMode", ad.colorMode().wireName())
                .bind("headline", ad.copy().headline())
                .bind("primaryText", ad.copy().primaryText())
                .bind("imageText", ad.copy().imageText())
                .bind("callToAction", ad.copy().callToAction().name())
                .bind("width", ad.creative().width())
                .bind("height", ad.creative().height())
                .bind("png", ByteBuffer.wrap(ad.creative().png()))
                .bind("contentHash", ad.contentHash())
                .bind("createdAt", ad.createdAt());
        spec = ad.template().id() == null
                ? spec.bindNull("templateId", UUID.class)
                : spec.bind("templateId", ad.template().id());
        return spec.map(row -> row.get("id", UUID.class)).one();
    }

    public Flux<GeneratedAd> findByProduct(UUID productId) {
        return database.sql(FIND_BY_PRODUCT)
                .bind("productId", productId)
                .map(GeneratedAdRepository::read)
                .all();
    }

    /** One page of a product's ads, newest first: every run adds ads, so the whole list is never read at once. */
    public Flux<GeneratedAd> pageByProduct(UUID productId, int page, int size) {
        return database.sql(PAGE_BY_PRODUCT)
                .bind("productId", productId)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(GeneratedAdRepository::read)
                .all();
    }

    public Flux<GeneratedAd> findByRun(UUID runId) {
        return database.sql(FIND_BY_RUN)
                .bind("runId", runId)
                .map(GeneratedAdRepository::read)
                .all();
    }

    public Mono<GeneratedAd> find(UUID id) {
        return database.sql(FIND)
                .bind("id", id)
                .map(GeneratedAdRepository::read)
                .one();
    }

    public Mono<byte[]> png(UUID id) {
        return database.sql(FIND_PNG)
                .bind("id", id)
                .map(row -> {
                    ByteBuffer buffer = row.get("png", ByteBuffer.class);
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                })
                .one();
    }

    private static GeneratedAd read(Readable row) {
        UUID id = row.get("id", UUID.class);
        return new GeneratedAd(
                id,
                row.get("run_id", UUID.class),
                row.get("brand_id", UUID.class),
                row.get("product_id", UUID.class),
                row.get("template_id", UUID.class),
                row.get("template_name", String.class),
                row.get("variation_index", Integer.class),
                row.get("color_mode", String.class),
                row.get("headline", String.class),
                row.get("primary_text", String.class),
                row.get("image_text", String.class),
                row.get("call_to_action", String.class),
                row.get("width", Integer.class),
                row.get("height", Integer.class),
                row.get("content_hash", String.class),
                "/api/v1/ads/" + id + "/image.png",
                row.get("created_at", OffsetDateTime.class).toInstant());
    }
}
