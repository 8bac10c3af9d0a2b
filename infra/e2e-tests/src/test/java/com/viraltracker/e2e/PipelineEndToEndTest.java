package com.viraltracker.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.graphsim.InsightRow;
import com.viraltracker.testing.SeedSql;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Dispatch, work and result across the four service processes, the broker, the database, the simulator and SMTP. */
@ExtendWith(E2eStack.class)
class PipelineEndToEndTest {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private final E2eStack.Running stack;
    private final Schedules schedules;

    PipelineEndToEndTest(E2eStack.Running stack) {
        this.stack = stack;
        this.schedules = new Schedules(stack);
    }

    @Test
    void a_recurring_schedule_of_each_job_type_runs_through_dispatch_work_and_result() throws Exception {
        Brand brand = Brand.linked(stack);
        String product = brand.product(stack);
        String sync = schedules.createRecurring(brand, "meta_sync", "0 6 * * *", Map.of("days_back", 7));
        String scorecard = schedules.createRecurring(
                brand,
                "scorecard",
                "0 9 * * 1",
                Map.of("days_back", 7, "min_spend", 10.0, "export_email", brand.email()));
        String ads = schedules.createRecurring(
                brand,
                "ad_creation",
                "0 8 * * 3",
                Map.of("product_id", product, "template_mode", "all", "num_variations", 2, "color_mode", "brand"));

        Instant dueAt = Instant.now();
        schedules.makeDue(sync);
        JsonNode syncJob = schedules.awaitLastRunFinished(sync, RUN_TIMEOUT);
        assertThat(syncJob.path("last_run_status").asString()).as("%s", syncJob).isEqualTo("succeeded");
        JsonNode syncRun = schedules.lastRun(sync);
        assertThat(syncRun.path("trigger").asString()).isEqualTo("schedule");
        assertThat(syncRun.path("worker").asString()).isNotBlank();
        // What meta-sync stored is exactly what the simulated Graph API holds for the synced days.
        LocalDate since = LocalDate.parse(syncRun.path("summary").path("since").asString());
        LocalDate until = LocalDate.parse(syncRun.path("summary").path("until").asString());
        List<InsightRow> truth = stack.simulator.groundTruth(brand.adAccountId(), since, until);
        assertThat(truth).isNotEmpty();
        assertThat(stack.text("SELECT count(*) FROM meta_ads_performance WHERE brand_id = '" + brand.id() + "'"))
                .isEqualTo(String.valueOf(truth.size()));
        assertThat(new BigDecimal(stack.text(
                        "SELECT sum(spend) FROM meta_ads_performance WHERE brand_id = '" + brand.id() + "'")))
                .isEqualByComparingTo(truth.stream().map(InsightRow::spend).reduce(BigDecimal.ZERO, BigDecimal::add));
        // The schedule moved on to its next 6 AM in Los Angeles.
        Instant nextSync = Instant.parse(syncJob.path("next_run_at").asString());
        assertThat(nextSync).isAfter(dueAt);
        assertThat(nextSync.atZone(LOS_ANGELES).getHour()).isEqualTo(6);

        schedules.makeDue(scorecard, ads);
        JsonNode scorecardJob = schedules.awaitLastRunFinished(scorecard, RUN_TIMEOUT);
        assertThat(scorecardJob.path("last_run_status").asString())
                .as("%s", scorecardJob)
                .isEqualTo("succeeded");
        String scorecardId = schedules
                .lastRun(scorecard)
                .path("summary")
                .path("scorecard_id")
                .asString();
        JsonNode report = stack.scorecard().get("/api/v1/scorecards/" + scorecardId);
        assertThat(report.path("brand_id").asString()).isEqualTo(brand.id().toString());
        assertThat(report.path("summary").path("has_data").asBoolean()).isTrue();
        assertThat(report.path("ads")).isNotEmpty();
        assertThat(report.path("emailed_to").asString()).isEqualTo(brand.email());
        assertThat(subjectsTo(brand.email())).hasSize(1);

        JsonNode adsJob = schedules.awaitLastRunFinished(ads, RUN_TIMEOUT);
        assertThat(adsJob.path("last_run_status").asString()).as("%s", adsJob).isEqualTo("succeeded");
        JsonNode generated = stack.adCreation().get("/api/v1/products/" + product + "/ads");
        assertThat(generated).hasSize(2);
        for (JsonNode ad : generated) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    stack.adCreation().getBytes("/api/v1/ads/" + ad.path("id").asString() + "/image.png")));
            assertThat(image.getWidth()).isEqualTo(ad.path("width").asInt());
            assertThat(image.getHeight()).isEqualTo(ad.path("height").asInt());
        }
    }

    @Test
    void the_seeds_sql_inserted_verbatim_runs_end_to_end() throws Exception {
        Brand brand = Brand.linked(stack);
        stack.sql(SeedSql.dailySync(brand.id()));
        stack.sql(SeedSql.weeklyScorecard(brand.id()));
        String sync = stack.text(
                "SELECT id FROM scheduled_jobs WHERE brand_id = '" + brand.id() + "' AND job_type = 'meta_sync'");
        String scorecard = stack.text(
                "SELECT id FROM scheduled_jobs WHERE brand_id = '" + brand.id() + "' AND job_type = 'scorecard'");
        assertThat(stack.scheduler()
                        .get("/api/v1/jobs/" + sync)
                        .path("last_run_status")
                        .asString("never run"))
                .isEqualTo("never run");
        int mailBefore = subjectsTo("you@example.com").size();

        schedules.makeDue(sync);
        JsonNode syncJob = schedules.awaitLastRunFinished(sync, RUN_TIMEOUT);
        assertThat(syncJob.path("last_run_status").asString()).as("%s", syncJob).isEqualTo("succeeded");
        assertThat(schedules.lastRun(sync).path("parameters").path("days_back").asInt())
                .isEqualTo(7);
        assertThat(Instant.parse(syncJob.path("next_run_at").asString())
                        .atZone(LOS_ANGELES)
                        .getHour())
                .isEqualTo(6);

        schedules.makeDue(scorecard);
        JsonNode scorecardJob = schedules.awaitLastRunFinished(scorecard, RUN_TIMEOUT);
        assertThat(scorecardJob.path("last_run_status").asString())
                .as("%s", scorecardJob)
                .isEqualTo("succeeded");
        assertThat(Instant.parse(scorecardJob.path("next_run_at").asString())
                        .atZone(LOS_ANGELES)
                        .getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.MONDAY);
        assertThat(subjectsTo("you@example.com")).hasSize(mailBefore + 1);
    }

    private List<String> subjectsTo(String address) {
        return new Inbox(stack.mail).subjectsTo(address);
    }
}
