package com.viraltracker.metasync.graph;

import com.facebook.ads.sdk.APIContext;
import java.time.LocalDate;

/**
 * One account's daily ad insights for the days {@code since} to {@code until}, asked with {@code context}'s token;
 * {@code stats} counts the calls it takes.
 */
public record InsightsRequest(APIContext context, String account, LocalDate since, LocalDate until, CallStats stats) {}
