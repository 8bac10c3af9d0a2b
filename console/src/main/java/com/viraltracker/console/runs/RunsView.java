package com.viraltracker.console.runs;

import com.viraltracker.console.api.Run;
import com.viraltracker.console.api.RunPage;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.web.BrandHeader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The Runs page: the brand's runs across its schedules, filtered by status and job type.
 *
 * @param errors a filter the scheduler refused, by field ({@code status}, {@code job_type})
 * @param flash  what the last action did ("Started again …"), or null
 */
public record RunsView(
        BrandHeader brand,
        String status,
        String jobType,
        int page,
        Section<RunPage> runs,
        Map<String, String> errors,
        String flash) {
    public static final List<String> STATUSES =
            List.of("pending", "dispatched", "running", "retrying", "succeeded", "failed", "timed_out");
    public static final List<String> JOB_TYPES = List.of("meta_sync", "scorecard", "ad_creation");

    public RunsView {
        errors = Map.copyOf(errors);
    }

    /** While a run shown is still going, the table asks again by itself. */
    public boolean polling() {
        return runs.available()
                && runs.value() != null
                && runs.value().items().stream().anyMatch(run -> !run.finished());
    }

    /** A run still going shows how far it got; a finished one its outcome instead. */
    public RunProgress progressOf(Run run) {
        return run.finished() ? null : RunProgress.of(run.progress());
    }

    public String query(int otherPage) {
        StringBuilder query = new StringBuilder("?page=" + otherPage);
        if (status != null) {
            query.append("&status=").append(URLEncoder.encode(status, StandardCharsets.UTF_8));
        }
        if (jobType != null) {
            query.append("&job_type=").append(URLEncoder.encode(jobType, StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
