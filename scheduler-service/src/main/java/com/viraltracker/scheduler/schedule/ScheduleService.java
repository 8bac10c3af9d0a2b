package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.parameters.JobParameters;
import com.viraltracker.scheduler.dispatch.DispatchLoop;
import com.viraltracker.scheduler.dispatch.RelayLoop;
import com.viraltracker.scheduler.runs.JobRun;
import com.viraltracker.scheduler.runs.RunNowLimiter;
import com.viraltracker.scheduler.runs.RunRepository;
import com.viraltracker.support.security.BrandAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * What the REST API does with schedules: validate, store, and wake the dispatcher or relay. Every operation is
 * scoped to the caller's brands: a schedule of another brand is answered as not found.
 */
@Service
public class ScheduleService {
    private final ScheduleRepository schedules;
    private final RunRepository runs;
    private final DispatchLoop dispatch;
    private final RelayLoop relay;
    private final Clock clock;
    private final BrandAccess brandAccess;
    private final RunNowLimiter runNowLimiter;

    public ScheduleService(
            ScheduleRepository schedules,
            RunRepository runs,
            DispatchLoop dispatch,
            RelayLoop relay,
            Clock clock,
            BrandAccess brandAccess,
            RunNowLimiter runNowLimiter) {
        this.schedules = schedules;
        this.runs = runs;
        this.dispatch = dispatch;
        this.relay = relay;
        this.clock = clock;
        this.brandAccess = brandAccess;
        this.runNowLimiter = runNowLimiter;
    }

    public Mono<ScheduledJob> create(ScheduleDefinition definition) {
        Mono<Void> brandAllowed =
                definition.brandId() == null ? Mono.empty() : brandAccess.requireBrand(definition.brandId(), "brand");
        return brandAllowed
                .then(Mono.fromCallable(
                        () -> ScheduleValidator.validate(UUID.randomUUID(), definition, clock.instant())))
                .zipWith(brandAccess.subject())
                .flatMap(valid -> schedules.insert(valid.getT1(), valid.getT2()))
                .doOnSuccess(created -> dispatch.signal());
    }

    /** The schedule, when it exists and belongs to one of the caller's brands. */
    public Mono<ScheduledJob> get(UUID id) {
        return brandAccess.owned(schedules.findById(id), ScheduledJob::brandId, "job", id);
    }

    /** Only the caller's brands' schedules, filtered in SQL; asking for another brand is a 404. */
    public Mono<Page<ScheduledJob>> list(ScheduleFilter filter, int page, int size) {
        Mono<Void> brandAllowed =
                filter.brandId() == null ? Mono.empty() : brandAccess.requireBrand(filter.brandId(), "brand");
        return brandAllowed.then(brandAccess.scope()).flatMap(scope -> schedules.list(filter, scope, page, size));
    }

    /** Changes name, cron, time zone, parameters or run time; the next run is planned again from now. */
    public Mono<ScheduledJob> update(UUID id, ScheduleDefinition changes) {
        return get(id).zipWith(brandAccess.subject())
                .flatMap(currentAndCaller -> {
                    NewSchedule valid = ScheduleValidator.validate(
                            id, ScheduleDefinition.of(currentAndCaller.getT1()).with(changes), clock.instant());
                    return schedules.updateDefinition(
                            id,
                            valid.name(),
                            valid.cronExpression(),
                            valid.timezone(),
                            valid.parameters(),
                            valid.productId(),
                            valid.templateMode(),
                            valid.nextRunAt(),
                            currentAndCaller.getT2());
                })
                .doOnSuccess(updated -> dispatch.signal());
    }

    public Mono<Void> delete(UUID id) {
        return get(id).flatMap(job -> schedules.delete(id)).then();
    }

    public Mono<ScheduledJob> pause(UUID id) {
        return get(id).flatMap(job -> switch (job.status()) {
            case PAUSED -> Mono.just(job);
            case COMPLETED -> Mono.error(conflict("job " + id + " is completed; there is nothing to pause"));
            case ACTIVE ->
                brandAccess
                        .subject()
                        .flatMap(by -> schedules.setStatus(id, ScheduleStatus.PAUSED, job.nextRunAt(), by));
        });
    }

    /** A resumed recurring job continues from its next occurrence after now; missed ones are not made up. */
    public Mono<ScheduledJob> resume(UUID id) {
        return get(id).flatMap(job -> switch (job.status()) {
                    case ACTIVE -> Mono.just(job);
                    case COMPLETED ->
                        Mono.error(conflict("job " + id + " is completed; create a new one to run it again"));
                    case PAUSED ->
                        Mono.fromCallable(() -> nextOnResume(job))
                                .zipWith(brandAccess.subject())
                                .flatMap(next ->
                                        schedules.setStatus(id, ScheduleStatus.ACTIVE, next.getT1(), next.getT2()));
                })
                .doOnSuccess(resumed -> dispatch.signal());
    }

    /** Queues a manual run now, leaving the schedule as it is; each brand may do so only so often. */
    public Mono<JobRun> runNow(UUID id) {
        return get(id).doOnNext(job -> runNowLimiter.acquire(job.brandId()))
                .flatMap(job -> {
                    JobParameters parameters = JobParametersAssembler.assemble(job);
                    return runs.insertManual(
                            job.id(), job.brandId(), job.jobType(), clock.instant(), parameters.toMap());
                })
                .doOnSuccess(run -> relay.signal());
    }

    private Instant nextOnResume(ScheduledJob job) {
        if (job.scheduleType() == ScheduleType.ONE_TIME) {
            return job.nextRunAt();
        }
        return CronSchedule.parse(job.cronExpression(), job.timezone()).nextAfter(clock.instant());
    }

    private static ResponseStatusException conflict(String message) {
        return new ResponseStatusException(HttpStatus.CONFLICT, message);
    }
}
