package com.viraltracker.metasync.sync;

import com.facebook.ads.sdk.AdsInsights;
import com.viraltracker.metasync.graph.InsightsReader;
import com.viraltracker.metasync.graph.InsightsRequest;
import com.viraltracker.metasync.graph.TooMuchDataException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Reads a chunk, asking for less whenever Meta cannot compute what was asked (error 1 "reduce the amount of data",
 * or a report run ending in "Job Failed"): the days are halved, down to one, and a day still too much is read one
 * campaign at a time. Meta's own advice for both answers is a smaller date range or less data.
 */
@Component
public class ShrinkingReader {
    private final InsightsReader reader;
    private final BackfillMetrics metrics;

    public ShrinkingReader(InsightsReader reader, BackfillMetrics metrics) {
        this.reader = reader;
        this.metrics = metrics;
    }

    /** Hands the request's rows to {@code sink}, in date order, each day's rows together once split by campaign. */
    public void read(InsightsRequest request, Consumer<List<AdsInsights>> sink) {
        try {
            reader.read(request, sink);
        } catch (TooMuchDataException tooMuch) {
            if (request.days() > 1) {
                metrics.splitByDays();
                LocalDate lastOfFirstHalf = request.since().plusDays(request.days() / 2 - 1);
                read(request.forDays(request.since(), lastOfFirstHalf), sink);
                read(request.forDays(lastOfFirstHalf.plusDays(1), request.until()), sink);
                return;
            }
            metrics.splitByCampaign();
            List<String> campaigns =
                    request.campaignIds() == null ? reader.campaignsWithData(request) : request.campaignIds();
            // A day's rows reach the sink together: a failure between campaigns must not store half a day.
            List<AdsInsights> day = new ArrayList<>();
            for (String campaign : campaigns) {
                read(request.forCampaign(campaign), day::addAll);
            }
            sink.accept(day);
        }
    }
}
