package com.viraltracker.console.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.console.api.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScorecardAdsPageTest {
    /** 30 top performers, 200 that need attention, 20 in between: in the scorecard's order. */
    private final List<Scorecard.Ad> ads = new ArrayList<>();

    ScorecardAdsPageTest() {
        add("top_performer", 30);
        add("needs_attention", 200);
        add("in_between", 20);
    }

    @Test
    void the_first_page_shows_the_first_hundred_ads_of_all_categories_in_order() {
        ScorecardAdsPage page = ScorecardAdsPage.of(ads, null, 0);

        assertThat(page.ads()).containsExactlyElementsOf(ads.subList(0, 100));
        assertThat(page.total()).isEqualTo(250);
        assertThat(page.first()).isEqualTo(1);
        assertThat(page.last()).isEqualTo(100);
        assertThat(page.paged()).isTrue();
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void every_ad_is_on_one_of_the_pages_and_the_last_page_has_no_next() {
        List<Scorecard.Ad> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            seen.addAll(ScorecardAdsPage.of(ads, null, page).ads());
        }
        ScorecardAdsPage last = ScorecardAdsPage.of(ads, null, 2);

        assertThat(seen).containsExactlyElementsOf(ads);
        assertThat(last.first()).isEqualTo(201);
        assertThat(last.last()).isEqualTo(250);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
    }

    @Test
    void a_category_shows_only_its_ads_by_rank() {
        ScorecardAdsPage attention = ScorecardAdsPage.of(ads, "needs_attention", 1);

        assertThat(attention.category()).isEqualTo("needs_attention");
        assertThat(attention.total()).isEqualTo(200);
        assertThat(attention.ads())
                .extracting(Scorecard.Ad::rank)
                .startsWith(101)
                .endsWith(200);
        assertThat(attention.ads()).allMatch(ad -> ad.category().equals("needs_attention"));
        assertThat(ScorecardAdsPage.of(ads, "top_performer", 0).paged()).isFalse();
    }

    @Test
    void a_page_past_the_last_or_before_the_first_and_an_unknown_category_are_read_as_the_nearest_page_of_all() {
        assertThat(ScorecardAdsPage.of(ads, null, 99).page()).isEqualTo(2);
        assertThat(ScorecardAdsPage.of(ads, null, -1).page()).isZero();
        assertThat(ScorecardAdsPage.of(ads, "'><script>", 0).category()).isNull();
        assertThat(ScorecardAdsPage.of(List.of(), null, 0).first()).isZero();
    }

    private void add(String category, int count) {
        for (int rank = 1; rank <= count; rank++) {
            ads.add(new Scorecard.Ad(
                    "USD",
                    category,
                    rank,
                    category + "_" + rank,
                    "Ad " + rank,
                    "Campaign",
                    new Scorecard.AdFigures(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN, 1, null, null)));
        }
    }
}
