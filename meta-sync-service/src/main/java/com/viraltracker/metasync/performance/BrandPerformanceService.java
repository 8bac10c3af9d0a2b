package com.viraltracker.metasync.performance;

import com.viraltracker.support.security.BrandAccess;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** A brand's performance, for callers who may act on the brand: another brand's is not found. */
@Service
public class BrandPerformanceService {
    private final BrandPerformanceReader reader;
    private final BrandAccess brandAccess;

    public BrandPerformanceService(BrandPerformanceReader reader, BrandAccess brandAccess) {
        this.reader = reader;
        this.brandAccess = brandAccess;
    }

    public Mono<BrandPerformance> performance(UUID brandId, PerformanceQuery query) {
        return brandAccess
                .requireBrand(brandId, "brand")
                .then(reader.read(brandId, query))
                .map(currencies -> new BrandPerformance(
                        brandId, query.from(), query.to(), query.groupBy().wireName(), currencies));
    }
}
