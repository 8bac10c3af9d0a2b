package com.viraltracker.scorecard.store;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.scorecard.period.ReportPeriod;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.scoring.ScorecardSummary;
import com.viraltracker.scorecard.scoring.ScoredAd;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** The {@code scorecards} table: one row per run, the summary as jsonb and the ads as json (written whole). */
@Repository
public class ScorecardRepository {
    private static final String COLUMNS = """
            id, run_id, brand_id, period_start, period_end, previous_period_start, previous_period_end, time_zone,
            parameters, summary, created_at, emailed_to, emailed_at""";
    private static final String INSERT_ONCE = """
            INSERT INTO scorecards (id, run_id, brand_id, period_start, period_end, previous_period_start,
                                    previous_period_end, time_zone, parameters, summary, ads, created_at)
            VALUES (:id, :runId, :brandId, :periodStart, :periodEnd, :previousStart, :previousEnd, :timeZone,
                    :parameters, :summary, CAST(:ads AS json), :createdAt)
            ON CONFLICT (run_id) DO NOTHING
            RETURNING id
            """;
    private static final String FIND_BY_ID = "SELECT " + COLUMNS + ", ads FROM scorecards WHERE id = :id";
    private static final String FIND_BY_RUN = "SELECT " + COLUMNS + ", ads FROM scorecards WHERE run_id = :runId";
    // Served by scorecards_brand_newest (brand_id, period_end DESC, created_at DESC, id).
    private static final String PAGE_OF_BRAND = "SELECT " + COLUMNS + """
             FROM scorecards WHERE brand_id = :brandId
            ORDER BY period_end DESC, created_at DESC, id
            LIMIT :limit OFFSET :offset
            """;
    private static final String COUNT_OF_BRAND = "SELECT count(*) AS total FROM scorecards WHERE brand_id = :brandId";
    private static final String MARK_EMAILED = """
            UPDATE scorecards SET emailed_to = :to, emailed_at = :at WHERE id = :id
            """;
    private static final TypeReference<List<ScoredAd>> ADS = new TypeReference<>() {};
    /** A brand's list leaves each scorecard's rows out: they are most of its size, and the list shows none. */
    private static final List<ScoredAd> LISTED_WITHOUT_ADS = null;

    private final DatabaseClient database;

    public ScorecardRepository(DatabaseClient database) {
        this.database = database;
    }

    /**
     * Stores the scorecard unless its run already has one, and answers with the one that is stored: the given one
     * when it was stored now (without reading its thousands of ads back), else the run's earlier one.
     */
    public Mono<Scorecard> insertOnce(Scorecard scorecard) {
        return database.sql(INSERT_ONCE)
                .bind("id", scorecard.id())
                .bind("runId", scorecard.runId())
                .bind("brandId", scorecard.brandId())
                .bind("periodStart", scorecard.period().start())
                .bind("periodEnd", scorecard.period().end())
                .bind("previousStart", scorecard.previousPeriod().start())
                .bind("previousEnd", scorecard.previousPeriod().end())
                .bind("timeZone", Parameter.fromOrEmpty(scorecard.timeZone(), String.class))
                .bind("parameters", json(scorecard.parameters()))
                .bind("summary", json(scorecard.summary()))
                // As text: bound as Json it would be typed jsonb, parsed into jsonb and then cast back to json.
                .bind("ads", EventJson.mapper().writeValueAsString(scorecard.ads()))
                .bind("createdAt", scorecard.createdAt())
                .map(row -> scorecard)
                .one()
                .switchIfEmpty(Mono.defer(() -> findByRunId(scorecard.runId())));
    }

    public Mono<Scorecard> findById(UUID id) {
        return database.sql(FIND_BY_ID)
                .bind("id", id)
                .map(ScorecardRepository::scorecard)
                .one();
    }

    public Mono<Scorecard> findByRunId(UUID runId) {
        return database.sql(FIND_BY_RUN)
                .bind("runId", runId)
                .map(ScorecardRepository::scorecard)
                .one();
    }

    public Mono<ScorecardPage> pageOfBrand(UUID brandId, int page, int size) {
        Mono<List<Scorecard>> items = database.sql(PAGE_OF_BRAND)
                .bind("brandId", brandId)
                .bind("limit", size)
                .bind("offset", (long) page * size)
                .map(row -> scorecardWith(row, LISTED_WITHOUT_ADS))
                .all()
                .collectList();
        Mono<Long> total = database.sql(COUNT_OF_BRAND)
                .bind("brandId", brandId)
                .map(row -> row.get("total", Long.class))
                .one();
        return Mono.zip(items, total, (list, count) -> new ScorecardPage(list, page, size, count));
    }

    public Mono<Long> markEmailed(UUID id, String to, Instant at) {
        return database.sql(MARK_EMAILED)
                .bind("id", id)
                .bind("to", to)
                .bind("at", at)
                .fetch()
                .rowsUpdated();
    }

    private static Scorecard scorecard(Readable row) {
        return scorecardWith(
                row, EventJson.mapper().readValue(row.get("ads", Json.class).asArray(), ADS));
    }

    private static Scorecard scorecardWith(Readable row, List<ScoredAd> ads) {
        return new Scorecard(
                row.get("id", UUID.class),
                row.get("run_id", UUID.class),
                row.get("brand_id", UUID.class),
                new ReportPeriod(row.get("period_start", LocalDate.class), row.get("period_end", LocalDate.class)),
                new ReportPeriod(
                        row.get("previous_period_start", LocalDate.class),
                        row.get("previous_period_end", LocalDate.class)),
                row.get("time_zone", String.class),
                read(row, "parameters", ScorecardParameters.class),
                instant(row, "created_at"),
                read(row, "summary", ScorecardSummary.class),
                ads,
                row.get("emailed_to", String.class),
                instant(row, "emailed_at"));
    }

    private static Instant instant(Readable row, String column) {
        OffsetDateTime value = row.get(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static <T> T read(Readable row, String column, Class<T> type) {
        return EventJson.mapper().readValue(row.get(column, Json.class).asArray(), type);
    }

    private static Json json(Object value) {
        return Json.of(EventJson.write(value));
    }
}
