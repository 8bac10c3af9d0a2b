package com.viraltracker.console.api;

/** An ad account a Facebook connection's user granted, and whether the brand already links it. */
public record GrantedAccount(String adAccountId, String name, String currency, String timeZone, boolean linked) {}
