package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.EventJson;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The template library in {@code templates}. */
@Repository
public class TemplateRepository {
    private static final String COLUMNS = "id, name, width, height, layout, created_at, updated_at";
    private static final String FIND_ALL = "SELECT " + COLUMNS + " FROM templates ORDER BY name, id";
    private static final String FIND = "SELECT " + COLUMNS + " FROM templates WHERE id = :id";
    private static final String INSERT = """
            INSERT INTO templates (id, name, width, height, layout, created_at, updated_at)
            VALUES (:id, :name, :width, :height, :layout, :createdAt, :updatedAt)
            RETURNING\s""" + COLUMNS;
    private static final String UPDATE = """
            UPDATE templates SET name = :name, width = :width, height = :height, layout = :layout,
                   updated_at = :updatedAt
             WHERE id = :id
            RETURNING\s""" + COLUMNS;
    private static final String DELETE = "DELETE FROM templates WHERE id = :id";

    private final DatabaseClient database;

    public TemplateRepository(DatabaseClient database) {
        this.database = database;
    }

    /** The whole library in a stable order (name, then id), so round-robin and seeded picks repeat exactly. */
    public Flux<Template> findAll() {
        return database.sql(FIND_ALL).map(TemplateRepository::read).all();
    }

    public Mono<Template> find(UUID id) {
        return database.sql(FIND).bind("id", id).map(TemplateRepository::read).one();
    }

    public Mono<Template> insert(TemplateInput input, Instant now) {
        return database.sql(INSERT)
                .bind("id", UUID.randomUUID())
                .bind("name", input.name().trim())
                .bind("width", input.width())
                .bind("height", input.height())
                .bind("layout", Json.of(EventJson.write(input.layout())))
                .bind("createdAt", now)
                .bind("updatedAt", now)
                .map(TemplateRepository::read)
                .one();
    }

    public Mono<Template> update(UUID id, TemplateInput input, Instant now) {
        return database.sql(UPDATE)
                .bind("id", id)
                .bind("name", input.name().trim())
                .bind("width", input.width())
                .bind("height", input.height())
                .bind("layout", Json.of(EventJson.write(input.layout())))
                .bind("updatedAt", now)
                .map(TemplateRepository::read)
                .one();
    }

    public Mono<Boolean> delete(UUID id) {
        return database.sql(DELETE).bind("id", id).fetch().rowsUpdated().map(count -> count > 0);
    }

    private static Template read(Readable row) {
        return new Template(
                row.get("id", UUID.class),
                row.get("name", String.class),
                row.get("width", Integer.class),
                row.get("height", Integer.class),
                EventJson.mapper().readValue(row.get("layout", Json.class).asArray(), TemplateLayout.class),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
