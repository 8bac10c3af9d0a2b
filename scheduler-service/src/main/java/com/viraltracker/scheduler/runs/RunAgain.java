package com.viraltracker.scheduler.runs;

import com.viraltracker.events.parameters.InvalidParametersException;
import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.scheduler.dispatch.RelayLoop;
import com.viraltracker.support.security.BrandAccess;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * "Run again": a finished run's job type and parameters as a new manual run, of the same schedule when it still
 * has one. It counts against the brand's manual run limit like "run now"; the schedule itself does not change.
 */
@Service
public class RunAgain {
    static final String EXTERNAL = "external";

    private final RunRepository runs;
    private final RunHistory history;
    private final BrandAccess brandAccess;
    private final RunNowLimiter limiter;
    private final RelayLoop relay;
    private final Clock clock;

    public RunAgain(
            RunRepository runs,
            RunHistory history,
            BrandAccess brandAccess,
            RunNowLimiter limiter,
            RelayLoop relay,
            Clock clock) {
        this.runs = runs;
        this.history = history;
        this.brandAccess = brandAccess;
        this.limiter = limiter;
        this.relay = relay;
        this.clock = clock;
    }

    /** The new run, queued; 404 for another brand's run, 409 for one that cannot be run again, 429 over the limit. */
    public Mono<RunHistoryItem> rerun(UUID runId) {
        return brandAccess
                .owned(runs.findById(runId), JobRun::brandId, "run", runId)
                .flatMap(run -> {
                    Map<String, Object> parameters = parametersToRunAgain(run);
                    limiter.acquire(run.brandId());
                    return runs.insertManual(run.jobId(), run.brandId(), run.jobType(), clock.instant(), parameters);
                })
                .doOnSuccess(queued -> relay.signal())
                .flatMap(queued -> history.find(queued.id()));
    }

    /** The run's parameters, when it is finished and they are known and still valid; else why not (409). */
    static Map<String, Object> parametersToRunAgain(JobRun run) {
        RunStatus status = RunStatus.fromWireName(run.status()).orElseThrow();
        if (!status.terminal()) {
            throw conflict(
                    "run " + run.id() + " is " + status.wireName() + "; it can be run again once it has finished");
        }
        if (EXTERNAL.equals(run.trigger())) {
            throw conflict("run " + run.id() + " was requested by another system straight on its topic, so its "
                    + "parameters are not known here; run its schedule or request it again there");
        }
        try {
            return JobParameters.parse(run.jobType(), run.parameters()).toMap();
        } catch (InvalidParametersException e) {
            throw conflict("run " + run.id() + " cannot be run again with its parameters (" + e.getMessage()
                    + "); fix its schedule and run that instead");
        }
    }

    private static ResponseStatusException conflict(String message) {
        return new ResponseStatusException(HttpStatus.CONFLICT, message);
    }
}
