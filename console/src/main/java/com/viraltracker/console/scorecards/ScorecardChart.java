package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.Scorecard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data of a scorecard's spend-against-ROAS chart for one currency, as the JSON in its {@code data-chart}
 * attribute: each evaluated ad's spend, ROAS and category. charts.js draws the 1× and 2× lines with them.
 */
final class ScorecardChart {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ScorecardChart() {}

    static String json(String currency, List<Scorecard.Ad> ads) {
        List<Map<String, Object>> points = ads.stream()
                .filter(ad -> ad.figures() != null
                        && ad.figures().roas() != null
                        && ad.figures().spend() != null)
                .map(ad -> {
                    Map<String, Object> point = new LinkedHashMap<>();
                    point.put("spend", ad.figures().spend());
                    point.put("roas", ad.figures().roas());
                    point.put("category", Objects.toString(ad.category(), "in_between"));
                    return point;
                })
                .toList();
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("kind", "scatter");
        chart.put("currency", currency);
        chart.put("ads", points);
        return JSON.writeValueAsString(chart);
    }
}
