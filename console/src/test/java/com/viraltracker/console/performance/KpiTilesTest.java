package com.viraltracker.console.performance;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.console.api.Metrics;
import com.viraltracker.console.web.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KpiTilesTest {
    private final Formats fmt = new Formats();

    @Test
    void each_tile_shows_its_value_with_the_currency_and_the_change_against_the_previous_period() {
        Metrics now = new Metrics(
                new BigDecimal("1150.00"),
                new BigDecimal("2300.00"),
                new BigDecimal("2.00"),
                23,
                new BigDecimal("50.00"),
                150,
                10_000);
        Metrics before = new Metrics(
                new BigDecimal("1000.00"),
                new BigDecimal("1800.00"),
                new BigDecimal("1.80"),
                20,
                new BigDecimal("50.00"),
                100,
                10_000);

        Map<String, KpiTile> tiles = byLabel(KpiTiles.of(now, before, "USD", fmt));

        assertThat(tiles.get("Spend").value()).isEqualTo("$1,150.00");
        assertThat(tiles.get("Spend").change()).isEqualTo("▲ 15.0%");
        assertThat(tiles.get("Spend").trend()).isEqualTo("neutral");
        assertThat(tiles.get("Revenue").change()).isEqualTo("▲ 27.8%");
        assertThat(tiles.get("Revenue").trend()).isEqualTo("good");
        assertThat(tiles.get("ROAS").value()).isEqualTo("2.00×");
        assertThat(tiles.get("ROAS").change()).isEqualTo("▲ 0.20");
        assertThat(tiles.get("CTR").value()).isEqualTo("1.50%");
        assertThat(tiles.get("CPA").change()).isEqualTo("± 0.0%");
    }

    @Test
    void a_higher_cpa_reads_as_bad() {
        Metrics now = new Metrics(BigDecimal.TEN, BigDecimal.ONE, null, 1, new BigDecimal("60"), 0, 0);
        Metrics before = new Metrics(BigDecimal.TEN, BigDecimal.ONE, null, 1, new BigDecimal("50"), 0, 0);

        KpiTile cpa = byLabel(KpiTiles.of(now, before, "EUR", fmt)).get("CPA");

        assertThat(cpa.value()).isEqualTo("€60.00");
        assertThat(cpa.trend()).isEqualTo("bad");
    }

    @Test
    void nothing_to_compare_with_is_a_dash_not_a_percentage() {
        Map<String, KpiTile> tiles = byLabel(KpiTiles.of(
                new Metrics(BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("0.1"), 1, BigDecimal.TEN, 1, 100),
                Metrics.NONE,
                "USD",
                fmt));

        assertThat(tiles.get("Spend").change()).isEqualTo("—");
        assertThat(tiles.get("ROAS").change()).isEqualTo("—");
        assertThat(tiles.get("ROAS").previous()).isEqualTo("—");
    }

    private static Map<String, KpiTile> byLabel(List<KpiTile> tiles) {
        return tiles.stream().collect(Collectors.toMap(KpiTile::label, Function.identity()));
    }
}
