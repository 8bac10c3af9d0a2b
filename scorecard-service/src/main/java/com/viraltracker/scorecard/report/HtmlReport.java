package com.viraltracker.scorecard.report;

import static com.viraltracker.scorecard.report.Html.escape;

import com.viraltracker.scorecard.ScorecardProperties;
import com.viraltracker.scorecard.scoring.Category;
import com.viraltracker.scorecard.scoring.CurrencySummary;
import com.viraltracker.scorecard.scoring.PeriodFigures;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.scoring.ScoredAd;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The readable report page (also the e-mail body): the summary first, what a weekly reader looks for, then the
 * top performers and the ads that need attention, one table per currency. Inline styles only, because mail
 * clients drop style sheets.
 */
@Component
public class HtmlReport {
    public static final String MEDIA_TYPE = "text/html;charset=UTF-8";
    private static final String CELL = "style=\"padding:4px 10px;border-bottom:1px solid #ddd;text-align:right\"";
    private static final String TEXT_CELL = "style=\"padding:4px 10px;border-bottom:1px solid #ddd;text-align:left\"";

    private final ReportFormat format;

    public HtmlReport(ScorecardProperties properties) {
        this.format = new ReportFormat(properties.reportLocale());
    }

    public ReportFormat format() {
        return format;
    }

    public String render(Scorecard scorecard) {
        StringBuilder html = new StringBuilder();
        String title = ReportTitle.of(scorecard, format);
        html.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>%s</title></head>
                <body style="font-family:Helvetica,Arial,sans-serif;color:#222;max-width:960px">
                <h1>Ad scorecard</h1>
                <p>%s</p>
                """.formatted(escape(title), escape(PeriodText.ofScorecard(scorecard))));
        if (!scorecard.summary().hasData()) {
            html.append("<p><strong>")
                    .append(escape(scorecard.summary().message()))
                    .append("</strong></p>\n");
        }
        List<CurrencySummary> sections = scorecard.summary().currencies();
        if (!sections.isEmpty()) {
            html.append("<h2>Summary</h2>\n");
            sections.forEach(section -> summary(html, scorecard, section));
        }
        if (scorecard.summary().hasData()) {
            lists(
                    html,
                    scorecard,
                    Category.TOP_PERFORMER,
                    "ROAS of " + format.roas(scorecard.parameters().topPerformerRoas()) + " or more, best first");
            lists(
                    html,
                    scorecard,
                    Category.NEEDS_ATTENTION,
                    "ROAS below " + format.roas(scorecard.parameters().needsAttentionRoas()) + ", biggest spend first");
        }
        html.append("<p style=\"color:#777;font-size:12px\">Scorecard ")
                .append(scorecard.id())
                .append(" &middot; run ")
                .append(scorecard.runId())
                .append(" &middot; brand ")
                .append(scorecard.brandId())
                .append("</p>\n</body>\n</html>\n");
        return html.toString();
    }

    private void summary(StringBuilder html, Scorecard scorecard, CurrencySummary section) {
        String currency = section.currency();
        html.append("<h3>").append(escape(currency)).append("</h3>\n");
        // Scorecards stored before sections stated their days had one period for all; the opening line says it.
        if (section.coverage() != null) {
            html.append("<p class=\"period\">")
                    .append(escape(PeriodText.ofSection(section.coverage())))
                    .append("</p>\n");
        }
        html.append("<table style=\"border-collapse:collapse\">\n");
        row(
                html,
                "Spend",
                format.money(section.current().spend(), currency),
                format.signedPercent(section.change().spendPercent()) + " vs "
                        + format.money(section.previous().spend(), currency));
        row(
                html,
                "Revenue",
                format.money(section.current().revenue(), currency),
                format.signedPercent(section.change().revenuePercent()) + " vs "
                        + format.money(section.previous().revenue(), currency));
        row(
                html,
                "Blended ROAS",
                roas(section.current()),
                format.signedRoas(section.change().roas()) + " vs " + roas(section.previous()));
        row(
                html,
                "Purchases",
                format.count(section.current().purchases()),
                "vs " + format.count(section.previous().purchases()));
        row(html, "Ads evaluated", format.count(section.adsEvaluated()), "");
        row(
                html,
                "Ads excluded",
                format.count(section.adsExcluded()),
                "under " + format.money(scorecard.parameters().minSpend(), currency) + " spend; together "
                        + format.money(section.excludedSpend(), currency));
        row(html, "Top performers", format.count(section.topPerformers()), "");
        row(html, "Needs attention", format.count(section.needsAttention()), "");
        html.append("</table>\n");
    }

    private String roas(PeriodFigures figures) {
        return format.roas(figures.revenue(), figures.spend());
    }

    private void row(StringBuilder html, String label, String value, String comparison) {
        html.append("<tr><th ")
                .append(TEXT_CELL)
                .append('>')
                .append(escape(label))
                .append("</th><td ")
                .append(CELL)
                .append('>')
                .append(escape(value))
                .append("</td><td ")
                .append(TEXT_CELL)
                .append(" class=\"change\">")
                .append(escape(comparison))
                .append("</td></tr>\n");
    }

    private void lists(StringBuilder html, Scorecard scorecard, Category category, String explanation) {
        html.append("<h2>")
                .append(escape(category.title()))
                .append("</h2>\n<p>")
                .append(escape(explanation))
                .append(".</p>\n");
        for (CurrencySummary section : scorecard.summary().currencies()) {
            List<ScoredAd> ads = scorecard.ads(section.currency(), category);
            if (section.adsEvaluated() == 0) {
                continue;
            }
            html.append("<h3>").append(escape(section.currency())).append("</h3>\n");
            if (ads.isEmpty()) {
                html.append("<p>None.</p>\n");
                continue;
            }
            html.append("<table style=\"border-collapse:collapse\" class=\"")
                    .append(category.wireName())
                    .append("\">\n<tr>");
            for (String heading :
                    List.of("#", "Ad", "Campaign", "Spend", "Revenue", "ROAS", "Purchases", "CPA", "CTR")) {
                html.append("<th ")
                        .append(TEXT_CELL)
                        .append('>')
                        .append(heading)
                        .append("</th>");
            }
            html.append("</tr>\n");
            ads.forEach(ad -> adRow(html, ad));
            html.append("</table>\n");
        }
    }

    private void adRow(StringBuilder html, ScoredAd ad) {
        String name = ad.adName() == null ? ad.adId() : ad.adName();
        html.append("<tr><td ").append(CELL).append('>').append(ad.rank()).append("</td>");
        html.append("<td ").append(TEXT_CELL).append('>').append(escape(name)).append("</td>");
        html.append("<td ")
                .append(TEXT_CELL)
                .append('>')
                .append(escape(ad.campaignName()))
                .append("</td>");
        for (String value : List.of(
                format.money(ad.spend(), ad.currency()),
                format.money(ad.revenue(), ad.currency()),
                format.roas(ad.revenue(), ad.spend()),
                format.count(ad.purchases()),
                format.money(ad.cpa(), ad.currency()),
                format.percent(ad.ctr()))) {
            html.append("<td ").append(CELL).append('>').append(escape(value)).append("</td>");
        }
        html.append("</tr>\n");
    }
}
