package com.viraltracker.scorecard.period;

/** An ad account linked to a brand, with the IANA time zone Meta reported for it when it was linked. */
public record LinkedAccount(String adAccountId, String timeZone) {}
