package com.viraltracker.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.events.parameters.ScorecardParameters;
import com.viraltracker.events.serde.EventJson;
import com.viraltracker.scorecard.ScorecardProperties;
import com.viraltracker.scorecard.scoring.Scorecard;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A scorecard stored before each currency section stated its days (its summary has no {@code coverage}): it had
 * one period and one zone for all accounts, and its reports still say them.
 */
class OlderScorecardReportTest {
    private static final String STORED =
            """
            {"id":"7a1e0b52-9f5e-4a43-8d0e-2f5b7f0c1a01","run_id":"7a1e0b52-9f5e-4a43-8d0e-2f5b7f0c1a02",
             "brand_id":"7a1e0b52-9f5e-4a43-8d0e-2f5b7f0c1a03",
             "period":{"start":"2026-03-01","end":"2026-03-07"},
             "previous_period":{"start":"2026-02-22","end":"2026-02-28"},
             "time_zone":"America/Los_Angeles","parameters":%s,"created_at":"2026-03-09T17:00:00Z",
             "summary":{"has_data":true,"ads_evaluated":1,"ads_excluded":0,"currencies":[
               {"currency":"USD","current":{"spend":60.00,"revenue":180.00,"roas":3.0000,"purchases":6},
                "previous":{"spend":0,"revenue":0,"purchases":0},"change":{},
                "ads_evaluated":1,"ads_excluded":0,"excluded_spend":0,"top_performers":1,"needs_attention":0,
                "in_between":0}]},
             "ads":[{"currency":"USD","category":"top_performer","rank":1,"ad_account_id":"act_1","ad_id":"ad_1",
                     "ad_name":"Hero","campaign_name":"Spring","spend":60.00,"revenue":180.00,"roas":3.0000,
                     "purchases":6,"cpa":10.00,"impressions":1000,"clicks":20,"ctr":2.00}]}
            """.formatted(new String(EventJson.write(ScorecardParameters.defaults()), StandardCharsets.UTF_8));

    private final Scorecard scorecard = EventJson.mapper().readValue(STORED, Scorecard.class);

    @Test
    void its_csv_rows_carry_the_scorecards_one_period_and_zone() {
        assertThat(CsvReport.render(scorecard))
                .endsWith(
                        "USD,top_performer,1,act_1,ad_1,Hero,Spring,60.00,180.00,3.0000,6,10.00,1000,20,2.00,2026-03-01,"
                                + "2026-03-07,America/Los_Angeles\r\n");
    }

    @Test
    void its_html_report_states_the_period_once_at_the_top() {
        String html = new HtmlReport(ScorecardProperties.defaults()).render(scorecard);
        assertThat(html)
                .contains("<p>2026-03-01 to 2026-03-07 (7 days, America/Los_Angeles), compared with 2026-02-22 to "
                        + "2026-02-28.</p>")
                .contains("$60.00", "3.00x")
                .doesNotContain("class=\"period\"");
    }
}
