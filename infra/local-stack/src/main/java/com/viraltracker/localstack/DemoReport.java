package com.viraltracker.localstack;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** What the demo's runs made: the latest scorecard's lists, where its report and e-mail are, and the new ads. */
final class DemoReport {
    /** Rows shown per list; the reports have them all. */
    private static final int LISTED = 5;

    private final Http http;
    private final DemoUrls urls;

    DemoReport(Http http, DemoUrls urls) {
        this.http = http;
        this.urls = urls;
    }

    void print(String brand, String product) {
        JsonNode latest = http.get(urls.scorecard() + "/api/v1/brands/" + brand + "/scorecards?size=1")
                .path("items");
        if (latest.isEmpty()) {
            System.out.println("No scorecard yet.");
        } else {
            printScorecard(http.get(urls.scorecard() + "/api/v1/scorecards/"
                    + latest.get(0).path("id").asString()));
        }
        printMail();
        printAds(product);
    }

    private void printScorecard(JsonNode scorecard) {
        String id = scorecard.path("id").asString();
        JsonNode period = scorecard.path("period");
        System.out.println("Scorecard " + id + " for " + period.path("start").asString() + " to "
                + period.path("end").asString() + " ("
                + scorecard.path("time_zone").asString() + ")");
        JsonNode summary = scorecard.path("summary");
        if (!summary.path("has_data").asBoolean()) {
            System.out.println("  " + summary.path("message").asString("no data"));
        }
        for (JsonNode currency : summary.path("currencies")) {
            JsonNode current = currency.path("current");
            String code = currency.path("currency").asString();
            System.out.printf(
                    "  %s: spend %s, revenue %s, blended ROAS %s; %d ads evaluated, %d under min spend%n",
                    code,
                    money(code, current.path("spend")),
                    money(code, current.path("revenue")),
                    roas(current.path("revenue"), current.path("spend")),
                    currency.path("ads_evaluated").asInt(),
                    currency.path("ads_excluded").asInt());
        }
        for (String category : new String[] {"top_performer", "needs_attention"}) {
            Table table = new Table("#", "AD", "CAMPAIGN", "SPEND", "REVENUE", "ROAS");
            int listed = 0;
            for (JsonNode ad : scorecard.path("ads")) {
                if (ad.path("category").asString().equalsIgnoreCase(category) && ++listed <= LISTED) {
                    String code = ad.path("currency").asString();
                    table.row(
                            ad.path("rank").asInt(),
                            ad.path("ad_name").asString(),
                            ad.path("campaign_name").asString(),
                            money(code, ad.path("spend")),
                            money(code, ad.path("revenue")),
                            roas(ad.path("revenue"), ad.path("spend")));
                }
            }
            System.out.println();
            System.out.println(
                    category.equals("top_performer") ? "Top performers (ROAS >= 2):" : "Needs attention (ROAS < 1):");
            System.out.print(table.isEmpty() ? "  none\n" : table.toString());
            if (listed > LISTED) {
                System.out.println("... and " + (listed - LISTED) + " more in the HTML report");
            }
        }
        System.out.println();
        System.out.println("HTML report: " + urls.scorecard() + "/api/v1/scorecards/" + id + ".html");
        System.out.println("CSV:         " + urls.scorecard() + "/api/v1/scorecards/" + id + ".csv");
        System.out.println("E-mailed to: " + scorecard.path("emailed_to").asString("(not e-mailed)"));
    }

    /** Amounts as the HTML report shows them: in the account's currency, e.g. $1,135.70. */
    static String money(String currencyCode, JsonNode amount) {
        if (amount.isMissingNode() || amount.isNull()) {
            return "-";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            Currency currency = Currency.getInstance(currencyCode);
            format.setCurrency(currency);
            // setCurrency keeps the locale's two decimals; yen and the like have none.
            format.setMinimumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
            format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), 0));
        } catch (IllegalArgumentException unknownCode) {
            return currencyCode + " " + amount.asString();
        }
        return format.format(new BigDecimal(amount.asString()));
    }

    /** Rounded once, half-up, from the totals, as the scorecard's report and the console round it. */
    static String roas(JsonNode revenue, JsonNode spend) {
        if (!revenue.isNumber() && !revenue.isTextual() || !spend.isNumber() && !spend.isTextual()) {
            return "-";
        }
        BigDecimal divisor = new BigDecimal(spend.asString());
        return divisor.signum() == 0
                ? "-"
                : new BigDecimal(revenue.asString()).divide(divisor, 2, RoundingMode.HALF_UP) + "x";
    }

    private void printMail() {
        if (http.status(urls.inbox() + "/health") != 200) {
            return;
        }
        JsonNode messages = http.get(urls.inbox() + "/api/messages");
        if (messages.isEmpty()) {
            System.out.println("Inbox:       " + urls.inbox() + "/ (empty)");
            return;
        }
        JsonNode last = messages.get(messages.size() - 1);
        System.out.println("Inbox:       " + urls.inbox() + "/ (" + messages.size() + " message(s); latest \""
                + last.path("subject").asString() + "\" at " + urls.inbox()
                + last.path("url").asString() + ")");
    }

    private void printAds(String product) {
        JsonNode ads = http.get(urls.adCreation() + "/api/v1/products/" + product + "/ads");
        System.out.println();
        System.out.println("Generated ads (" + ads.size() + "), newest first: " + urls.adCreation()
                + "/api/v1/products/" + product + "/ads");
        int shown = 0;
        for (JsonNode ad : ads) {
            if (shown++ == 6) {
                break;
            }
            String image = ad.path("image_url").asString();
            System.out.println("  " + ad.path("template_name").asString() + " / "
                    + ad.path("color_mode").asString()
                    + ": \"" + ad.path("headline").asString() + "\"  "
                    + (image.startsWith("http") ? image : urls.adCreation() + image));
        }
    }
}
