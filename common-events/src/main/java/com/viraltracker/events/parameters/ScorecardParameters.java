package com.viraltracker.events.parameters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.viraltracker.events.serde.SnakeCase;
import java.math.BigDecimal;

/**
 * @param daysBack            length of the period: the last {@code daysBack} complete days
 * @param minSpend            ads that spent less than this over the period are left out
 * @param exportEmail         where to e-mail the report; absent for no e-mail
 * @param topPerformerRoas    ads with ROAS at or above this are top performers
 * @param needsAttentionRoas  ads with ROAS below this need attention
 */
@SnakeCase
public record ScorecardParameters(
        int daysBack,
        BigDecimal minSpend,
        String exportEmail,
        BigDecimal topPerformerRoas,
        BigDecimal needsAttentionRoas)
        implements JobParameters {
    public static final int DEFAULT_DAYS_BACK = 7;
    public static final int MAX_DAYS_BACK = 365;
    public static final BigDecimal DEFAULT_MIN_SPEND = new BigDecimal("10.0");
    public static final BigDecimal DEFAULT_TOP_PERFORMER_ROAS = new BigDecimal("2.0");
    public static final BigDecimal DEFAULT_NEEDS_ATTENTION_ROAS = new BigDecimal("1.0");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final BigDecimal MAX_ROAS = new BigDecimal("1000");

    public ScorecardParameters {
        var reader = new ParameterReader();
        reader.require(
                daysBack >= 1 && daysBack <= MAX_DAYS_BACK, "days_back", "must be between 1 and " + MAX_DAYS_BACK);
        reader.require(minSpend != null && minSpend.signum() >= 0, "min_spend", "must be zero or more");
        reader.require(
                topPerformerRoas != null
                        && needsAttentionRoas != null
                        && needsAttentionRoas.compareTo(topPerformerRoas) <= 0,
                "needs_attention_roas",
                "must not be above top_performer_roas");
        reader.throwIfInvalid();
    }

    public static ScorecardParameters defaults() {
        return new ScorecardParameters(
                DEFAULT_DAYS_BACK, DEFAULT_MIN_SPEND, null, DEFAULT_TOP_PERFORMER_ROAS, DEFAULT_NEEDS_ATTENTION_ROAS);
    }

    @JsonCreator
    static ScorecardParameters fromJson(
            @JsonProperty("days_back") Object daysBack,
            @JsonProperty("min_spend") Object minSpend,
            @JsonProperty("export_email") Object exportEmail,
            @JsonProperty("top_performer_roas") Object topPerformerRoas,
            @JsonProperty("needs_attention_roas") Object needsAttentionRoas) {
        var reader = new ParameterReader();
        int days = reader.integer("days_back", daysBack, DEFAULT_DAYS_BACK, 1, MAX_DAYS_BACK);
        BigDecimal spend = reader.decimal("min_spend", minSpend, DEFAULT_MIN_SPEND, BigDecimal.ZERO, MAX_AMOUNT);
        String email = reader.email("export_email", exportEmail);
        BigDecimal top = reader.decimal(
                "top_performer_roas", topPerformerRoas, DEFAULT_TOP_PERFORMER_ROAS, BigDecimal.ZERO, MAX_ROAS);
        BigDecimal attention = reader.decimal(
                "needs_attention_roas", needsAttentionRoas, DEFAULT_NEEDS_ATTENTION_ROAS, BigDecimal.ZERO, MAX_ROAS);
        reader.throwIfInvalid();
        return new ScorecardParameters(days, spend, email, top, attention);
    }
}
