package com.viraltracker.scorecard.store;

import com.viraltracker.scorecard.scoring.Scorecard;
import com.viraltracker.support.security.BrandAccess;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Stored scorecards as the REST API reads them: only the caller's brands'; another brand's is not found. */
@Service
public class ScorecardQueries {
    private final ScorecardRepository repository;
    private final BrandAccess brandAccess;

    public ScorecardQueries(ScorecardRepository repository, BrandAccess brandAccess) {
        this.repository = repository;
        this.brandAccess = brandAccess;
    }

    public Mono<ScorecardPage> pageOfBrand(UUID brandId, int page, int size) {
        return brandAccess.requireBrand(brandId, "brand").then(repository.pageOfBrand(brandId, page, size));
    }

    public Mono<Scorecard> find(UUID id) {
        return brandAccess.owned(repository.findById(id), Scorecard::brandId, "scorecard", id);
    }
}
