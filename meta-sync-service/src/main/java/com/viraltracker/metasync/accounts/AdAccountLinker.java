package com.viraltracker.metasync.accounts;

import com.viraltracker.metasync.graph.AccountUnavailableException;
import com.viraltracker.metasync.graph.AdAccountInfo;
import com.viraltracker.metasync.graph.AdAccountLookup;
import com.viraltracker.metasync.graph.GraphFailure;
import com.viraltracker.support.web.FieldProblemException;
import java.time.Clock;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Links an ad account to a brand after Meta confirmed it exists and told us its currency and time zone. */
@Service
public class AdAccountLinker {
    static final String FIELD = "ad_account_id";
    private static final Pattern ACCOUNT_ID = Pattern.compile("^(act_)?([0-9]{1,20})$");

    private final AdAccountLookup lookup;
    private final BrandAdAccounts accounts;
    private final Clock clock;

    public AdAccountLinker(AdAccountLookup lookup, BrandAdAccounts accounts, Clock clock) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.clock = clock;
    }

    public Mono<BrandAdAccounts.Saved> link(UUID brandId, LinkAdAccountRequest request) {
        String actId = normalize(request == null ? null : request.adAccountId());
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
