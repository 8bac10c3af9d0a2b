package com.viraltracker.scorecard.api;

import com.viraltracker.events.parameters.FieldViolation;
import com.viraltracker.scorecard.report.CsvReport;
import com.viraltracker.scorecard.report.HtmlReport;
import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.scorecard.store.ScorecardPage;
import com.viraltracker.scorecard.store.ScorecardQueries;
import com.viraltracker.support.web.FieldProblemException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Stored scorecards: a brand's list, and one scorecard as JSON, CSV or a readable HTML page. */
@RestController
@RequestMapping("/api/v1")
public class ScorecardController {
    static final int MAX_PAGE_SIZE = 100;

    private final ScorecardQueries scorecards;
    private final HtmlReport htmlReport;

    public ScorecardController(ScorecardQueries scorecards, HtmlReport htmlReport) {
        this.scorecards = scorecards;
        this.htmlReport = htmlReport;
    }

    @Operation(summary = "List the brand's scorecards, newest first, each without its ads")
    @GetMapping("/brands/{brandId}/scorecards")
    public Mono<ScorecardPage> brandScorecards(
            @PathVariable UUID brandId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        List<FieldViolation> violations = new ArrayList<>();
        if (page < 0) {
            violations.add(new FieldViolation("page", "must be zero or more"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            violations.add(new FieldViolation("size", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!violations.isEmpty()) {
            return Mono.error(new FieldProblemException(violations));
        }
        return scorecards.pageOfBrand(brandId, page, size);
    }

    @Operation(summary = "Get a scorecard")
    @GetMapping(value = "/scorecards/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<Scorecard> scorecard(@PathVariable UUID id) {
        return find(id);
    }

    @Operation(summary = "Download a scorecard as CSV")
    @GetMapping(value = "/scorecards/{id}.csv", produces = CsvReport.MEDIA_TYPE)
    public Mono<ResponseEntity<String>> csv(@PathVariable UUID id) {
        return find(id).map(scorecard -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(CsvReport.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(CsvReport.fileName(scorecard))
                                .build()
                                .toString())
                .body(CsvReport.render(scorecard)));
    }

    @Operation(summary = "Show a scorecard as a readable HTML page")
    @GetMapping(value = "/scorecards/{id}.html", produces = HtmlReport.MEDIA_TYPE)
    public Mono<ResponseEntity<String>> html(@PathVariable UUID id) {
        return find(id).map(scorecard -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(HtmlReport.MEDIA_TYPE))
                .body(htmlReport.render(scorecard)));
    }

    private Mono<Scorecard> find(UUID id) {
        return scorecards.find(id);
    }
}
