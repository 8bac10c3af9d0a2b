package com.viraltracker.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.benchmarks.report.Check;
import com.viraltracker.benchmarks.report.Figure;
import com.viraltracker.benchmarks.report.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every scenario with tiny sizes, against the real services' jars, the local PostgreSQL and the in-process
 * broker: the numbers mean nothing at this size, but each path must run and each exactly-once check hold.
 */
class BenchmarkSmokeTest {
    private static final Path OUT = Path.of("target", "smoke-results");

    @Test
    void runs_every_scenario_with_tiny_sizes_and_writes_the_results() throws Exception {
        Path services = Path.of(System.getProperty("benchmarks.services", "target/services"));

        List<Section> sections =
                BenchmarkMain.run(Sizes.smoke(), OUT, services, List.of(BenchmarkMain.STACK_JAVA_OPTS.split(" ")));

        assertThat(sections)
                .extracting(Section::key)
                .containsExactly("dispatch", "lateness", "ingest", "scorecard", "console", "footprint");
        assertThat(checks(sections, "exactly once")).hasSize(6).allMatch(Check::met);
        assertThat(sections.get(0).figures())
                .extracting(Figure::key)
                .startsWith(
                        "ours_jobs_per_s",
                        "ours_two_instances_jobs_per_s",
                        "same_work_ceiling_jobs_per_s",
                        "db_scheduler_jobs_per_s",
                        "ceiling_rows_per_s")
                .contains(
                        "db_scheduler_sweep.threads_16_linger_0_jobs_per_s",
                        "db_scheduler_sweep.threads_96_linger_5_jobs_per_s")
                .hasSize(13);
        assertThat(sections.get(1).figures())
                .extracting(Figure::key)
                .containsExactly(
                        "p50_ms",
                        "p99_ms",
                        "max_ms",
                        "wait_p50_ms",
                        "claim_p50_ms",
                        "claim_p99_ms",
                        "high.p50_ms",
                        "high.p99_ms",
                        "high.max_ms",
                        "high.wait_p50_ms",
                        "high.claim_p50_ms",
                        "high.claim_p99_ms");
        assertThat(sections.stream()
                        .flatMap(s -> s.figures().stream())
                        // A maximum, or a wait for the claim, may be 0 ms at these sizes.
                        .filter(f -> !f.key().contains("max") && !f.key().contains("wait")))
                .allSatisfy(
                        figure -> assertThat(figure.median()).as(figure.label()).isPositive());
        assertThat(sections.get(2).ratios()).containsKey("storage path / COPY");
        assertThat(sections.get(3).ratios()).containsKey("scorecard generation / raw SQL");
        assertThat(sections.get(4).figures())
                .extracting(Figure::key)
                .contains("brands.p95_ms", "performance_90d.p50_ms", "performance_90d.p95_ms", "scorecard.weight_kb");
        assertThat(checks(sections, "Console")).hasSize(18);
        assertThat(sections.get(5).figures())
                .extracting(Figure::key)
                .contains(
                        "scheduler-service.start_s",
                        "meta-sync-service.rss_after_mb",
                        "scorecard-service.start_s",
                        "ad-creation-service.rss_idle_mb");

        String markdown = Files.readString(OUT.resolve("latest.md"));
        assertThat(markdown)
                .contains(
                        "## Machine",
                        "load after (uptime)",
                        "ours / db-scheduler (its best configuration)",
                        "ours / same-work ceiling",
                        "two instances / one instance",
                        "storage path / COPY",
                        "scorecard generation / raw SQL",
                        "Ad Performance, 90 days: server time p95",
                        "ad-creation-service: start to ready");
        var json =
                JsonMapper.builder().build().readTree(OUT.resolve("latest.json").toFile());
        assertThat(json.get("sections")).hasSize(6);
        assertThat(json.get("machine").get("cores").asString()).isNotBlank();
    }

    private static List<Check> checks(List<Section> sections, String containing) {
        return sections.stream()
                .flatMap(s -> s.checks().stream())
                .filter(c -> c.label().contains(containing))
                .toList();
    }
}
