package com.viraltracker.support.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The binary COPY stream as PostgreSQL reads it, over a pooled connection as the services have them, and the
 * guards that keep a malformed row from being sent at all.
 */
class BinaryCopyTest {
    private static final DatabaseClient client = client(PostgresTestServer.createDatabase("binary-copy"));

    private static DatabaseClient client(TestDatabase database) {
        return DatabaseClient.create(ConnectionFactories.get(
                ConnectionFactoryOptions.parse(database.r2dbcUrl().replace("r2dbc:", "r2dbc:pool:"))
                        .mutate()
                        .option(ConnectionFactoryOptions.USER, database.user())
                        .option(ConnectionFactoryOptions.PASSWORD, database.password())
                        .build()));
    }

    @Test
    void every_type_arrives_as_written_and_a_copy_can_be_sent_again() {
        client.sql("CREATE TABLE copied (t text, n numeric, b bigint, d date, u uuid, ts timestamptz)")
                .then()
                .block();
        UUID id = UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        BinaryCopy copy = BinaryCopy.of(6, 2);
        copy.row()
                .text("ünïcödé ✓ 😀, \"quoted\"\ttab")
                .numeric(new BigDecimal("-123456789012345678901234.5678901"))
                .bigint(Long.MIN_VALUE)
                .date(LocalDate.of(1999, 12, 31))
                .uuid(id)
                .timestamp(Instant.parse("2026-12-01T08:15:30.123456789Z"));
        copy.row().text(null).numeric(null).bigint(0).date(null).uuid(null).timestamp(null);

        String statement = "COPY copied (t, n, b, d, u, ts) FROM STDIN (FORMAT binary)";
        assertThat(copy.copyInto(client, statement).block()).isEqualTo(2);
        assertThat(copy.copyInto(client, statement).block()).isEqualTo(2);

        List<String> stored = client.sql("""
                        SELECT concat_ws('|', coalesce(t, '∅'), coalesce(n::text, '∅'), b::text,
                                         coalesce(d::text, '∅'), coalesce(u::text, '∅'),
                                         coalesce((ts AT TIME ZONE 'UTC')::text, '∅')) AS line
                          FROM copied ORDER BY b
                        """)
                .map(row -> row.get("line", String.class))
                .all()
                .collectList()
                .block();
        String full = "ünïcödé ✓ 😀, \"quoted\"\ttab|-123456789012345678901234.5678901|" + Long.MIN_VALUE
                + "|1999-12-31|" + id + "|2026-12-01 08:15:30.123457";
        assertThat(stored).containsExactly(full, full, "∅|∅|0|∅|∅|∅", "∅|∅|0|∅|∅|∅");
    }

    @Test
    void a_row_with_too_few_or_too_many_fields_is_refused_before_anything_is_sent() {
        assertThatThrownBy(() -> BinaryCopy.of(2, 1).text("field before any row"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BinaryCopy.of(2, 1).row().text("a").bigint(1).text("third"))
                .isInstanceOf(IllegalStateException.class);

        BinaryCopy incomplete = BinaryCopy.of(2, 2);
        incomplete.row().text("only one");
        assertThatThrownBy(incomplete::row).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> incomplete.copyInto(client, "COPY nowhere FROM STDIN (FORMAT binary)"))
                .isInstanceOf(IllegalStateException.class);
    }
}
