package com.viraltracker.support.r2dbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.testing.PostgresTestServer;
import com.viraltracker.testing.TestDatabase;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The binary arrays as PostgreSQL reads them: every value back exactly as its text form, in order. The
 * connection is a plain one from the driver, so the codec is found the way a service finds it (the driver's
 * extension mechanism).
 */
class BinaryArrayTest {
    private static final DatabaseClient client = client(PostgresTestServer.createDatabase("binary-arrays"));

    private static DatabaseClient client(TestDatabase database) {
        return DatabaseClient.create(ConnectionFactories.get(ConnectionFactoryOptions.parse(database.r2dbcUrl())
                .mutate()
                .option(ConnectionFactoryOptions.USER, database.user())
                .option(ConnectionFactoryOptions.PASSWORD, database.password())
                .build()));
    }

    @Test
    void numerics_keep_their_value_and_scale() {
        List<String> values = List.of(
                "0",
                "0.00",
                "1",
                "-1",
                "12.5",
                "-12.50",
                "0.000001",
                "1234567.891234",
                "99999999999999.99",
                "10000",
                "100000000",
                "0.0001",
                "0.12345",
                "123456789012345678901234.5678901",
                "-0.5",
                "5E+3",
                "1.0000");
        List<String> stored = roundTrip("numeric", BinaryArray.numerics(values, BigDecimal::new));
        assertThat(stored)
                .isEqualTo(values.stream()
                        .map(value -> {
                            BigDecimal decimal = new BigDecimal(value);
                            return decimal.setScale(Math.max(decimal.scale(), 0))
                                    .toPlainString();
                        })
                        .toList());
    }

    @Test
    void nulls_are_nulls() {
        List<String> values = Arrays.asList("1.5", null, "2");
        assertThat(roundTrip(
                        "numeric", BinaryArray.numerics(values, value -> value == null ? null : new BigDecimal(value))))
                .isEqualTo(values);
        assertThat(roundTrip("text", BinaryArray.texts(values, Function.identity())))
                .isEqualTo(values);
    }

    @Test
    void texts_dates_and_bigints() {
        List<String> texts =
                List.of("", "plain", "with \"quotes\", commas {braces} and \\ backslash", "NULL", "ünïcödé ✓ 😀");
        assertThat(roundTrip("text", BinaryArray.texts(texts, Function.identity())))
                .isEqualTo(texts);
        List<LocalDate> dates = List.of(
                LocalDate.of(2000, 1, 1),
                LocalDate.of(1999, 12, 31),
                LocalDate.of(2026, 2, 28),
                LocalDate.of(1970, 1, 1));
        assertThat(roundTrip("date", BinaryArray.dates(dates, Function.identity())))
                .isEqualTo(dates.stream().map(LocalDate::toString).toList());
        List<Long> longs = List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE);
        assertThat(roundTrip("bigint", BinaryArray.bigints(longs, Long::longValue)))
                .isEqualTo(longs.stream().map(String::valueOf).toList());
    }

    @Test
    void uuids_integers_and_timestamps() {
        List<UUID> uuids = Arrays.asList(
                UUID.fromString("00000000-0000-0000-0000-000000000000"),
                null,
                UUID.fromString("f47ac10b-58cc-4372-a567-0e02b2c3d479"),
                UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));
        assertThat(roundTrip("uuid", BinaryArray.uuids(uuids, Function.identity())))
                .isEqualTo(uuids.stream()
                        .map(uuid -> uuid == null ? null : uuid.toString())
                        .toList());
        List<Integer> integers = List.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE);
        assertThat(roundTrip("integer", BinaryArray.integers(integers, Integer::intValue)))
                .isEqualTo(integers.stream().map(String::valueOf).toList());
    }

    @Test
    void timestamps_are_the_same_instants_rounded_to_the_microsecond_as_text_input_rounds_them() {
        List<Instant> instants = Arrays.asList(
                Instant.parse("2000-01-01T00:00:00Z"),
                Instant.parse("1999-12-31T23:59:59.999999Z"),
                Instant.parse("1970-01-01T00:00:00Z"),
                Instant.parse("2026-12-01T08:15:30.123456Z"),
                Instant.parse("2026-12-01T08:15:30.123456789Z"),
                Instant.parse("2026-12-01T08:15:30.999999600Z"),
                null,
                Instant.parse("2100-03-01T00:00:00Z"));
        String inUtc = "(value AT TIME ZONE 'UTC')::text";
        List<String> asText = roundTrip(
                "timestamptz",
                BinaryArray.texts(instants, instant -> instant == null ? null : instant.toString()),
                inUtc);
        assertThat(roundTrip("timestamptz", BinaryArray.timestamps(instants, Function.identity()), inUtc))
                .isEqualTo(asText)
                .contains("2026-12-01 08:15:30.123457", "2026-12-01 08:15:31", "1999-12-31 23:59:59.999999");
    }

    private List<String> roundTrip(String type, BinaryArray array) {
        return roundTrip(type, array, "value::text");
    }

    private List<String> roundTrip(String type, BinaryArray array, String asText) {
        return client
                .sql("SELECT " + asText + " AS value FROM unnest(CAST(:array AS " + type + "[])) WITH ORDINALITY "
                        + "AS a(value, position) ORDER BY position")
                .bind("array", array)
                .map(row -> Optional.ofNullable(row.get("value", String.class)))
                .all()
                .collectList()
                .block()
                .stream()
                .map(value -> value.orElse(null))
                .toList();
    }
}
