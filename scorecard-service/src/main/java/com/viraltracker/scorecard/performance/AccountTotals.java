package com.viraltracker.scorecard.performance;

import java.math.BigDecimal;

/** One account's rows of one currency summed over the account's period: a part of that currency's totals. */
public record AccountTotals(
        String currency, String adAccountId, BigDecimal spend, BigDecimal revenue, long purchases) {}
