package com.viraltracker.adcreation.products;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** Product images in {@code product_images}, one per product; a new upload replaces the old one. */
@Repository
public class ProductImageRepository {
    /** A new image is a change of its product: who uploaded it is the product's updated_by, in one statement. */
    private static final String UPSERT = """
            WITH image AS (
                INSERT INTO product_images (product_id, content_type, width, height, bytes, sha256, uploaded_at)
                VALUES (:productId, :contentType, :width, :height, :bytes, :sha256, :now)
                ON CONFLICT (product_id) DO UPDATE
                   SET content_type = EXCLUDED.content_type, width = EXCLUDED.width, height = EXCLUDED.height,
                       bytes = EXCLUDED.bytes, sha256 = EXCLUDED.sha256, uploaded_at = EXCLUDED.uploaded_at
                RETURNING product_id
            )
            UPDATE products SET updated_at = :now, updated_by = :by WHERE id IN (SELECT product_id FROM image)
            """;

    private static final String FIND = """
            SELECT content_type, width, height, bytes FROM product_images WHERE product_id = :productId
            """;

    private final DatabaseClient database;

    public ProductImageRepository(DatabaseClient database) {
        this.database = database;
    }

    /** @param by the token subject of who uploads it */
    public Mono<Void> save(UUID productId, UploadedImage image, Instant now, String by) {
        return database.sql(UPSERT)
                .bind("productId", productId)
                .bind("by", by)
                .bind("contentType", image.contentType())
                .bind("width", image.width())
                .bind("height", image.height())
                .bind("bytes", ByteBuffer.wrap(image.bytes()))
                .bind("sha256", sha256(image.bytes()))
                .bind("now", now)
                .fetch()
                .rowsUpdated()
                .then();
    }

    public Mono<UploadedImage> find(UUID productId) {
        return database.sql(FIND)
                .bind("productId", productId)
                .map(row -> new UploadedImage(
                        row.get("content_type", String.class),
                        row.get("width", Integer.class),
                        row.get("height", Integer.class),
                        bytes(row.get("bytes", ByteBuffer.class))))
                .one();
    }

    static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
