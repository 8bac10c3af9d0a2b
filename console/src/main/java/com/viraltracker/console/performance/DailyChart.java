package com.viraltracker.console.performance;

import com.viraltracker.console.api.PerformanceRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of one currency's daily chart, as the JSON in its {@code data-chart} attribute: every day of the
 * period (a day without data has no bar and no point), its spend and its ROAS. charts.js draws it.
 */
final class DailyChart {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DailyChart() {}

    static String json(String currency, Period period, List<PerformanceRow> days) {
        Map<String, PerformanceRow> byDay = new HashMap<>();
        days.forEach(row -> byDay.put(row.key(), row));
        List<String> dates = new ArrayList<>();
        List<BigDecimal> spend = new ArrayList<>();
        List<BigDecimal> roas = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            PerformanceRow row = byDay.get(day.toString());
            dates.add(day.toString());
            spend.add(row == null ? null : row.metrics().spend());
            roas.add(row == null ? null : row.metrics().roas());
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "daily");
        chart.put("currency", currency);
        chart.put("days", dates);
        chart.put("spend", spend);
        chart.put("roas", roas);
        return JSON.writeValueAsString(chart);
    }
}
