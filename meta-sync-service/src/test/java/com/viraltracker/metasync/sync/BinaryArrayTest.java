package com.viraltracker.metasync.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.metasync.MetaSyncIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** The binary arrays as PostgreSQL reads them: every value back exactly as its text form, in order. */
class BinaryArrayTest extends MetaSyncIntegrationTest {
    @Autowired
    private DatabaseClient client;

    @Test
    void numerics_keep_their_value_and_scale() {
        List<String> values = List.of("0", "0.00", "1", "-1", "12.5", "-12.50", "0.000001", "1234567.891234",
                "99999999999999.99", "10000", "100000000", "0.0001", "0.12345", "123456789012345678901234.5678901",
                "-0.5", "5E+3", "1.0000");
        List<String> stored = roundTrip("numeric", BinaryArray.numerics(values, BigDecimal::new));
        assertThat(stored).isEqualTo(values.stream().map(value -> {
            BigDecimal decimal = new BigDecimal(value);
            return decimal.setScale(Math.max(decimal.scale(), 0)).toPlainString();
        }).toList());
    }

    @Test
    void nulls_are_nulls() {
        List<String> values = Arrays.asList("1.5", null, "2");
        assertThat(roundTrip("numeric", BinaryArray.numerics(values, value -> value == null ? null
                : new BigDecimal(value)))).isEqualTo(values);
        assertThat(roundTrip("text", BinaryArray.texts(values, Function.identity()))).isEqualTo(values);
    }

    @Test
    void texts_dates_and_bigints() {
        List<String> texts = List.of("", "plain", "with \"quotes\", commas {braces} and \\ backslash", "NULL",
                "ünïcödé ✓ 😀");
        assertThat(roundTrip("text", BinaryArray.texts(texts, Function.identity()))).isEqualTo(texts);
        List<LocalDate> dates = List.of(LocalDate.of(2000, 1, 1), LocalDate.of(1999, 12, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(1970, 1, 1));
        assertThat(roundTrip("date", BinaryArray.dates(dates, Function.identity())))
                .isEqualTo(dates.stream().map(LocalDate::toString).toList());
        List<Long> longs = List.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE);
        assertThat(roundTrip("bigint", BinaryArray.bigints(longs, Long::longValue)))
                .isEqualTo(longs.stream().map(String::valueOf).toList());
    }

    private List<String> roundTrip(String type, BinaryArray array) {
        return client.sql("SELECT value::text AS value FROM unnest(CAST(:array AS " + type + "[])) WITH ORDINALITY "
                        + "AS a(value, position) ORDER BY position")
                .bind("array", array)
                .map(row -> java.util.Optional.ofNullable(row.get("value", String.class)))
                .all().collectList().block().stream().map(value -> value.orElse(null)).toList();
    }
}
