package com.viraltracker.metasync.brands;

import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Brand profiles as the caller may see them: its own brands (named or not), or every named brand for an admin. */
@Service
public class BrandProfileService {
    private static final String WHAT = "brand";

    private final BrandProfiles profiles;
    private final BrandAccess brandAccess;
    private final Clock clock;

    public BrandProfileService(BrandProfiles profiles, BrandAccess brandAccess, Clock clock) {
        this.profiles = profiles;
        this.brandAccess = brandAccess;
        this.clock = clock;
    }

    public Mono<List<BrandSummary>> list() {
        return brandAccess.scope().flatMap(scope -> profiles.visibleTo(scope).collectList());
    }

    /**
     * The brand's profile. A brand in the caller's token that has none is shown unnamed; an admin asking for a
     * brand nobody has named gets a 404, as for any id nothing here knows.
     */
    public Mono<BrandProfile> get(UUID brandId) {
        return brandAccess.caller().flatMap(caller -> {
            if (!caller.mayActOn(brandId)) {
                return Mono.error(new NotFoundException(WHAT, brandId));
            }
            return profiles.find(brandId)
                    .switchIfEmpty(Mono.defer(() -> caller.brands().contains(brandId)
                            ? Mono.just(BrandProfile.unnamed(brandId))
                            : Mono.error(new NotFoundException(WHAT, brandId))));
        });
    }

    /** Names the brand (creating its profile), recording the caller's token subject as the one who changed it. */
    public Mono<BrandProfile> rename(UUID brandId, BrandNameRequest request) {
        return brandAccess
                .requireBrand(brandId, WHAT)
                .then(brandAccess.caller())
                .flatMap(caller ->
                        profiles.saveName(brandId, BrandName.valid(request), caller.subject(), clock.instant()));
    }
}
