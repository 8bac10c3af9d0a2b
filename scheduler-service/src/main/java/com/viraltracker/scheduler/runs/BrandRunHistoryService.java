package com.viraltracker.scheduler.runs;

import com.viraltracker.scheduler.schedule.Page;
import com.viraltracker.support.security.BrandAccess;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A brand's run history, for callers who may act on the brand: another brand's is not found. */
@Service
public class BrandRunHistoryService {
    private final RunHistory history;
    private final BrandAccess brandAccess;

    public BrandRunHistoryService(RunHistory history, BrandAccess brandAccess) {
        this.history = history;
        this.brandAccess = brandAccess;
    }

    public Mono<Page<RunHistoryItem>> list(UUID brandId, RunHistoryFilter filter, int page, int size) {
        return brandAccess.requireBrand(brandId, "brand").then(history.list(brandId, filter, page, size));
    }
}
