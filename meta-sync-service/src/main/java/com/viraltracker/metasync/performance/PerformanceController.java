package com.viraltracker.metasync.performance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A brand's ad performance over a period, by day, ad or campaign, per currency. */
@RestController
public class PerformanceController {
    private final BrandPerformanceService performance;

    public PerformanceController(BrandPerformanceService performance) {
        this.performance = performance;
    }

    @GetMapping("/api/v1/brands/{brandId}/performance")
    @Operation(
            summary = "A brand's performance over a period, per currency",
            description = "Spend, impressions, clicks, purchases and revenue summed over the brand's ad accounts' "
                    + "rows of the period (days in each account's time zone, both ends included), per currency and "
                    + "never across currencies, with roas (revenue / spend), cpa (spend / purchases) and ctr (clicks "
                    + "/ impressions, a fraction), each absent when its divisor is 0. Rows: days with data (key: "
                    + "the date), ads (key: ad id) or campaigns (key: campaign id); days by date and ads and campaigns "
                    + "by spend unless sort says otherwise; with limit, each currency's first rows only, and its "
                    + "row_count says how many it has.")
    public Mono<BrandPerformance> performance(
            @PathVariable UUID brandId,
            @Parameter(required = true, description = "first day, YYYY-MM-DD", schema = @Schema(format = "date"))
                    @RequestParam(required = false)
                    String from,
            @Parameter(
                            required = true,
                            description = "last day, YYYY-MM-DD; at most " + PerformanceQuery.MAX_DAYS
                                    + " days from from, both included",
                            schema = @Schema(format = "date"))
                    @RequestParam(required = false)
                    String to,
            @Parameter(
                            name = "group_by",
                            schema =
                                    @Schema(
                                            allowableValues = {"day", "ad", "campaign"},
                                            defaultValue = "day"))
                    @RequestParam(name = "group_by", required = false)
                    String groupBy,
            @Parameter(
                            description = "what each currency's rows are ordered by (names lower-cased); rows "
                                    + "without a value last, ties by key; default: key for days, spend for ads and "
                                    + "campaigns",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "key",
                                                "name",
                                                "campaign_name",
                                                "spend",
                                                "impressions",
                                                "clicks",
                                                "purchases",
                                                "revenue",
                                                "roas",
                                                "cpa",
                                                "ctr"
                                            }))
                    @RequestParam(required = false)
                    String sort,
            @Parameter(
                            description = "default: desc for amounts and ratios, asc for key and names",
                            schema = @Schema(allowableValues = {"asc", "desc"}))
                    @RequestParam(required = false)
                    String direction,
            @Parameter(
                            description = "at most this many rows per currency (at least 1); default: all",
                            schema = @Schema(type = "integer", minimum = "1"))
                    @RequestParam(required = false)
                    String limit) {
        return performance.performance(brandId, PerformanceQuery.parse(from, to, groupBy, sort, direction, limit));
    }
}
