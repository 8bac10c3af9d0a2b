package com.viraltracker.metasync.brands;

import com.viraltracker.support.security.BrandScope;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@code brands} table (primary key brand_id), and the brand listing joined with {@code brand_ad_accounts}. */
@Repository
public class BrandProfiles {
    private static final String COLUMNS = "brand_id, name, created_by, created_at, updated_by, updated_at";
    private static final String FIND = "SELECT " + COLUMNS + " FROM brands WHERE brand_id = :brandId";
    /** Saving the name it already has changes nothing, so updated_by keeps naming who last changed it. */
    private static final String SAVE_NAME = """
            INSERT INTO brands (brand_id, name, created_by, created_at, updated_by, updated_at)
            VALUES (:brandId, :name, :by, :at, :by, :at)
            ON CONFLICT (brand_id) DO UPDATE SET
                name = EXCLUDED.name,
                updated_by = CASE WHEN brands.name = EXCLUDED.name THEN brands.updated_by ELSE EXCLUDED.updated_by END,
                updated_at = CASE WHEN brands.name = EXCLUDED.name THEN brands.updated_at ELSE EXCLUDED.updated_at END
            RETURNING\s""" + COLUMNS;
    /**
     * Every named brand for a caller of every brand, and the caller's own brands whether named or not; each with
     * its number of linked ad accounts (primary key brand_ad_accounts_pk leads with brand_id).
     */
    private static final String VISIBLE = """
            WITH visible AS (
                SELECT brand_id FROM brands WHERE :everyBrand
                UNION
                SELECT unnest(CAST(:brands AS uuid[]))
            )
            SELECT v.brand_id, b.name,
                   (SELECT count(*) FROM brand_ad_accounts a WHERE a.brand_id = v.brand_id) AS ad_account_count
              FROM visible v
              LEFT JOIN brands b ON b.brand_id = v.brand_id
             ORDER BY lower(b.name) NULLS LAST, b.name, v.brand_id
            """;

    private final DatabaseClient database;

    public BrandProfiles(DatabaseClient database) {
        this.database = database;
    }

    public Mono<BrandProfile> find(UUID brandId) {
        return database.sql(FIND)
                .bind("brandId", brandId)
                .map(BrandProfiles::read)
                .one();
    }

    /** Names the brand, creating its profile when it has none; {@code by} may be null (a token without subject). */
    public Mono<BrandProfile> saveName(UUID brandId, String name, String by, Instant at) {
        var spec = database.sql(SAVE_NAME)
                .bind("brandId", brandId)
                .bind("name", name)
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        spec = by == null ? spec.bindNull("by", String.class) : spec.bind("by", by);
        return spec.map(BrandProfiles::read).one();
    }

    public Flux<BrandSummary> visibleTo(BrandScope scope) {
        return database.sql(VISIBLE)
                .bind("everyBrand", scope.everyBrand())
                .bind("brands", scope.brandArray())
                .map(row -> new BrandSummary(
                        row.get("brand_id", UUID.class),
                        row.get("name", String.class),
                        row.get("ad_account_count", Long.class)))
                .all();
    }

    private static BrandProfile read(Readable row) {
        return new BrandProfile(
                row.get("brand_id", UUID.class),
                row.get("name", String.class),
                row.get("created_by", String.class),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_by", String.class),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
