package com.viraltracker.adcreation.products;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Products in {@code products}, each with the description (not the bytes) of its image. */
@Repository
public class ProductRepository {
    private static final String SELECT = """
            SELECT p.id, p.brand_id, p.name, p.description, p.benefits, p.price, p.currency, p.offer,
                   p.brand_colors, p.created_at, p.updated_at, p.created_by, p.updated_by, i.content_type, i.width,
                   i.height
              FROM products p LEFT JOIN product_images i ON i.product_id = p.id
            """;
    private static final String FIND = SELECT + " WHERE p.id = :id";
    // products_brand_name_idx
    private static final String FIND_BY_BRAND = SELECT + " WHERE p.brand_id = :brandId ORDER BY p.name, p.id";
    private static final String INSERT = """
            INSERT INTO products (id, brand_id, name, description, benefits, price, currency, offer, brand_colors,
                                  created_at, updated_at, created_by, updated_by)
            VALUES (:id, :brandId, :name, :description, :benefits, :price, :currency, :offer, :brandColors,
                    :now, :now, :by, :by)
            """;
    private static final String UPDATE = """
            UPDATE products SET brand_id = :brandId, name = :name, description = :description, benefits = :benefits,
                   price = :price, currency = :currency, offer = :offer, brand_colors = :brandColors, updated_at = :now,
                   updated_by = :by
             WHERE id = :id
            """;
    private static final String DELETE = "DELETE FROM products WHERE id = :id";

    private final DatabaseClient database;

    public ProductRepository(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Product> find(UUID id) {
        return database.sql(FIND).bind("id", id).map(ProductRepository::read).one();
    }

    public Flux<Product> findByBrand(UUID brandId) {
        return database.sql(FIND_BY_BRAND)
                .bind("brandId", brandId)
                .map(ProductRepository::read)
                .all();
    }

    /** @param by the token subject of who creates it */
    public Mono<Product> insert(ProductInput input, Instant now, String by) {
        UUID id = UUID.randomUUID();
        return bindAll(database.sql(INSERT).bind("id", id).bind("by", by), input, now)
                .fetch()
                .rowsUpdated()
                .then(find(id));
    }

    /** Empty when there is no such product. */
    public Mono<Product> update(UUID id, ProductInput input, Instant now, String by) {
        return bindAll(database.sql(UPDATE).bind("id", id).bind("by", by), input, now)
                .fetch()
                .rowsUpdated()
                .flatMap(count -> count == 0 ? Mono.empty() : find(id));
    }

    public Mono<Boolean> delete(UUID id) {
        return database.sql(DELETE).bind("id", id).fetch().rowsUpdated().map(count -> count > 0);
    }

    private static DatabaseClient.GenericExecuteSpec bindAll(
            DatabaseClient.GenericExecuteSpec spec, ProductInput input, Instant now) {
        spec = spec.bind("brandId", input.brandId())
                .bind("name", input.name())
                .bind("description", input.description())
                .bind("benefits", input.benefits().toArray(String[]::new))
                .bind("currency", input.currency())
                .bind("brandColors", input.brandColors().toArray(String[]::new))
                .bind("now", now);
        spec = input.price() == null ? spec.bindNull("price", BigDecimal.class) : spec.bind("price", input.price());
        return input.offer() == null ? spec.bindNull("offer", String.class) : spec.bind("offer", input.offer());
    }

    private static Product read(Readable row) {
        UUID id = row.get("id", UUID.class);
        String contentType = row.get("content_type", String.class);
        Product.ImageInfo image = contentType == null
                ? null
                : new Product.ImageInfo(
                        contentType,
                        row.get("width", Integer.class),
                        row.get("height", Integer.class),
                        "/api/v1/products/" + id + "/image");
        return new Product(
                id,
                row.get("brand_id", UUID.class),
                row.get("name", String.class),
                row.get("description", String.class),
                list(row.get("benefits", String[].class)),
                row.get("price", BigDecimal.class),
                row.get("currency", String.class),
                row.get("offer", String.class),
                list(row.get("brand_colors", String[].class)),
                image,
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant(),
                row.get("created_by", String.class),
                row.get("updated_by", String.class));
    }

    private static List<String> list(String[] values) {
        return values == null ? List.of() : Arrays.asList(values);
    }
}
