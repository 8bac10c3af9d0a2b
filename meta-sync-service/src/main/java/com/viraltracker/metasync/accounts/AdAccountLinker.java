package com.viraltracker.metasync.accounts;

import com.viraltracker.metasync.graph.AccountUnavailableException;
import com.viraltracker.metasync.graph.AdAccountInfo;
import com.viraltracker.metasync.graph.AdAccountLookup;
import com.viraltracker.metasync.graph.GraphFailure;
import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.FieldProblemException;
import com.viraltracker.support.web.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Links an ad account to a brand after Meta confirmed it exists and told us its currency and time zone; lists and
 * unlinks. Only for the caller's brands: another brand's links are not found.
 */
@Service
public class AdAccountLinker {
    static final String FIELD = "ad_account_id";
    private static final Pattern ACCOUNT_ID = Pattern.compile("^(act_)?([0-9]{1,20})$");

    private final AdAccountLookup lookup;
    private final BrandAdAccounts accounts;
    private final Clock clock;
    private final BrandAccess brandAccess;

    public AdAccountLinker(AdAccountLookup lookup, BrandAdAccounts accounts, Clock clock, BrandAccess brandAccess) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.clock = clock;
        this.brandAccess = brandAccess;
    }

    public Mono<BrandAdAccounts.Saved> link(UUID brandId, LinkAdAccountRequest request) {
        // The brand first: a caller must not learn from Meta's answer about an account of a brand it cannot see.
        return brandAccess.requireBrand(brandId, "brand").then(Mono.defer(() -> {
            String actId = normalize(request == null ? null : request.adAccountId());
            return verifyAndSave(brandId, actId);
        }));
    }

    public Mono<List<BrandAdAccount>> list(UUID brandId) {
        return brandAccess.requireBrand(brandId, "brand").then(accounts.findByBrand(brandId).collectList());
    }

    public Mono<Void> unlink(UUID brandId, String adAccountId) {
        return brandAccess.requireBrand(brandId, "brand").then(Mono.defer(() -> {
            String actId = normalize(adAccountId);
            return accounts.delete(brandId, actId).flatMap(deleted -> deleted ? Mono.<Void>empty()
                    : Mono.error(new NotFoundException("ad account " + actId + " of brand", brandId)));
        }));
    }

    private Mono<BrandAdAccounts.Saved> verifyAndSave(UUID brandId, String actId) {
        // The SDK blocks; keep it off the event loop.
        return Mono.fromCallable(() -> verify(actId)).subscribeOn(Schedulers.boundedElastic())
                .flatMap(info -> accounts.save(new BrandAdAccount(brandId, info.id(), info.name(), info.currency(),
                        info.timeZone().getId(), info.accountStatus(), clock.instant(), null)));
    }

    /** {@code act_123} from {@code act_123} or {@code 123}. */
    static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new FieldProblemException(FIELD, "is required");
        }
        var match = ACCOUNT_ID.matcher(raw.trim());
        if (!match.matches()) {
            throw new FieldProblemException(FIELD, "must be a Meta ad account id such as act_1234567890");
        }
        return "act_" + match.group(2);
    }

    private AdAccountInfo verify(String actId) {
        try {
            return lookup.lookup(actId);
        } catch (GraphFailure failure) {
            switch (failure.kind()) {
                case AUTH -> throw new ResponseStatusException(HttpStatus.BAD_GATEWAY, "Meta rejected our access token ("
                        + failure.describe() + "); reconnect the Meta integration, then link the account again");
                case RATE_LIMITED, TRANSIENT -> throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                        "Meta is unavailable or throttling us (" + failure.describe() + "); try again in a few minutes");
                default -> throw new FieldProblemException(FIELD, "Meta does not know ad account " + actId
                        + " or our token cannot see it (" + failure.describe() + ")");
            }
        } catch (AccountUnavailableException e) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        }
    }
}
