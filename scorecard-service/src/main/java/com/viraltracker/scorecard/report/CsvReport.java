package com.viraltracker.scorecard.report;

import com.viraltracker.scorecard.period.AccountPeriod;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.scoring.ScoredAd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every evaluated ad as one CSV row (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted,
 * quotes doubled). Numbers stay plain so a spreadsheet can compute with them; the currency has its own column.
 * The last columns say which days the ad's account was summed over, in which zone: accounts in different zones
 * end their periods on different days. They come last so columns of earlier exports keep their places.
 */
public final class CsvReport {
    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final List<String> HEADER = List.of(
            "currency",
            "category",
            "rank",
            "ad_account_id",
            "ad_id",
            "ad_name",
            "campaign_name",
            "spend",
            "revenue",
            "roas",
            "purchases",
            "cpa",
            "impressions",
            "clicks",
            "ctr_percent",
            "period_start",
            "period_end",
            "time_zone");

    private CsvReport() {}

    public static String render(Scorecard scorecard) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER.stream());
        for (ScoredAd ad : scorecard.ads()) {
            Optional<AccountPeriod> period = scorecard.periodOf(ad);
            line(
                    csv,
                    Stream.of(
                            ad.currency(),
                            ad.category().wireName(),
                            String.valueOf(ad.rank()),
                            text(ad.adAccountId()),
                            text(ad.adId()),
                            text(ad.adName()),
                            text(ad.campaignName()),
                            number(ad.spend()),
                            number(ad.revenue()),
                            number(ad.roas()),
                            String.valueOf(ad.purchases()),
                            number(ad.cpa()),
                            String.valueOf(ad.impressions()),
                            String.valueOf(ad.clicks()),
                            number(ad.ctr()),
                            period.map(AccountPeriod::period)
                                    .orElse(scorecard.period())
                                    .start()
                                    .toString(),
                            period.map(AccountPeriod::period)
                                    .orElse(scorecard.period())
                                    .end()
                                    .toString(),
                            period.map(AccountPeriod::timeZone).orElse(scorecard.timeZone())));
        }
        return csv.toString();
    }

    public static String fileName(Scorecard scorecard) {
        return "scorecard-" + scorecard.period().start() + "-to-"
                + scorecard.period().end() + ".csv";
    }

    private static void line(StringBuilder csv, Stream<String> fields) {
        csv.append(fields.map(CsvReport::quote).collect(Collectors.joining(",")))
                .append("\r\n");
    }

    static String quote(String field) {
        if (field == null) {
            return "";
        }
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    /**
     * Ad names come from whoever created the ads; one starting like a formula would run when the file is opened
     * in a spreadsheet, so it is prefixed with an apostrophe (OWASP's CSV-injection advice).
     */
    static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
