package com.viraltracker.console.schedule;

import com.viraltracker.console.api.PanelSchedule;
import com.viraltracker.console.api.Run;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The "⏰ Automated Sync Schedule" panel. Without a schedule: the form (hour, zone, days). With one: when it runs,
 * how its last run went, Run now and Remove. While a run is in flight the panel asks again every two seconds.
 *
 * @param schedule    the brand's daily sync, or null
 * @param watched     the run just started with Run now, followed until it finishes; or null
 * @param form        the values the form shows (the last attempt's, or the defaults)
 * @param errors      a refused form's reasons by field ({@code hour}, {@code timezone}, {@code days_back}), and
 *                    {@code panel} for a refusal that names no field
 * @param unavailable the sentence shown instead of the panel when the scheduler is down, or null
 */
public record SyncPanelView(
        UUID brand,
        boolean mayChange,
        PanelSchedule schedule,
        Run watched,
        String accountZone,
        Form form,
        Map<String, String> errors,
        String unavailable) {

    public static final List<Integer> DAYS_CHOICES = List.of(3, 7, 14, 30);
    private static final Set<String> IN_FLIGHT = Set.of("pending", "dispatched", "running");

    public SyncPanelView {
        errors = Map.copyOf(errors);
    }

    /** What the form shows: the seed's defaults are 6 AM Pacific, 7 days. */
    public record Form(int hour, String timezone, int daysBack) {
        public static Form defaults() {
            return new Form(6, Zones.PACIFIC, 7);
        }
    }

    public boolean polling() {
        if (watched != null) {
            return !watched.finished();
        }
        return schedule != null && schedule.lastRunStatus() != null && IN_FLIGHT.contains(schedule.lastRunStatus());
    }

    /** The status to show for the last run: the watched run's, else the schedule's. */
    public String lastStatus() {
        return watched != null ? watched.status() : schedule == null ? null : schedule.lastRunStatus();
    }

    public Instant lastTime() {
        if (watched != null) {
            return watched.finishedAt() != null
                    ? watched.finishedAt()
                    : watched.startedAt() != null ? watched.startedAt() : watched.scheduledFor();
        }
        return schedule == null ? null : schedule.lastRunAt();
    }

    public String lastError() {
        if (watched != null) {
            return watched.errorMessage() == null
                    ? null
                    : (watched.errorCategory() == null ? "" : watched.errorCategory() + ": ") + watched.errorMessage();
        }
        return schedule == null ? null : schedule.lastError();
    }

    /** The zone the schedule runs in (or the form's), for the times the panel shows. */
    public String zone() {
        return schedule != null && schedule.timezone() != null ? schedule.timezone() : form.timezone();
    }

    /** Where the panel asks for itself again while a run is in flight. */
    public String refreshUrl() {
        return org.springframework.web.util.UriComponentsBuilder.fromPath("/brands/{brand}/sync-panel")
                .queryParamIfPresent(
                        "run", java.util.Optional.ofNullable(watched).map(Run::runId))
                .queryParamIfPresent("account_zone", java.util.Optional.ofNullable(accountZone))
                .encode()
                .buildAndExpand(brand)
                .toUriString();
    }

    public List<String> zones() {
        return Zones.choices(accountZone);
    }

    public List<Integer> hours() {
        return java.util.stream.IntStream.range(0, 24).boxed().toList();
    }

    public List<Integer> daysChoices() {
        return DAYS_CHOICES;
    }
}
