package com.viraltracker.console.scorecards;

import com.viraltracker.console.api.PanelSchedule;
import com.viraltracker.console.schedule.Zones;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The weekly scorecard panel: on which day and hour it is made, over how many days, from which spend on an ad
 * counts, and where it is e-mailed.
 */
public record ScorecardPanelView(
        UUID brand,
        boolean mayChange,
        PanelSchedule schedule,
        Form form,
        Map<String, String> errors,
        String unavailable) {

    public ScorecardPanelView {
        errors = Map.copyOf(errors);
    }

    /** The form's values: the seed's defaults are Mondays 9 AM Pacific, 7 days back, $10 minimum spend. */
    public record Form(
            String dayOfWeek, int hour, String timezone, int daysBack, BigDecimal minSpend, String exportEmail) {
        public static Form defaults() {
            return new Form("MONDAY", 9, Zones.PACIFIC, 7, BigDecimal.TEN, "");
        }

        static Form of(PanelSchedule schedule) {
            Object minSpend = schedule.parameters().get("min_spend");
            String email = schedule.textParameter("export_email");
            return new Form(
                    schedule.dayOfWeek() == null ? "MONDAY" : schedule.dayOfWeek(),
                    schedule.hour() == null ? 9 : schedule.hour(),
                    schedule.timezone() == null ? Zones.PACIFIC : schedule.timezone(),
                    schedule.intParameter("days_back", 7),
                    minSpend == null ? BigDecimal.TEN : new BigDecimal(String.valueOf(minSpend)),
                    email == null ? "" : email);
        }
    }

    public List<DayOfWeek> days() {
        return List.of(DayOfWeek.values());
    }

    public List<Integer> hours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public List<String> zones() {
        return Zones.choices(null);
    }

    public String dayName(String day) {
        String lower = day.toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + "s";
    }
}
