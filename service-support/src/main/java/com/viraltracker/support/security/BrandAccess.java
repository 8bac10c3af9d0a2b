package com.viraltracker.support.security;

import com.viraltracker.support.web.NotFoundException;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import reactor.core.publisher.Mono;

/**
 * Brand scoping for service code: what the current request's caller may see and change. A resource of a brand
 * the caller may not act on is answered exactly like one that does not exist (404), so its id does not leak.
 */
public class BrandAccess {

    /** The caller of the current request; an error when there is none (such code must not run unauthenticated). */
    public Mono<Caller> caller() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .ofType(CallerAuthentication.class)
                .map(CallerAuthentication::caller)
                .switchIfEmpty(Mono.error(() -> new AuthenticationCredentialsNotFoundException(
                        "no authenticated caller for a brand-scoped operation")));
    }

    /** The caller's {@code sub}, to record as who created or changed something. */
    public Mono<String> subject() {
        return caller().map(Caller::subject);
    }

    public Mono<BrandScope> scope() {
        return caller().map(BrandScope::of);
    }

    /** Completes when the caller may act on the brand; else {@code what brandId was not found}. */
    public Mono<Void> requireBrand(UUID brandId, String what) {
        return caller().flatMap(caller ->
                caller.mayActOn(brandId) ? Mono.<Void>empty() : Mono.error(new NotFoundException(what, brandId)));
    }

    /**
     * The resource when it exists and belongs to one of the caller's brands; else {@code what id was not found}.
     */
    public <T> Mono<T> owned(Mono<T> resource, Function<T, UUID> brandOf, String what, Object id) {
        return caller().flatMap(caller -> resource.filter(found -> caller.mayActOn(brandOf.apply(found))))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(what, id)));
    }

    /** For what is shared by every brand (the template library): only an admin may change it. */
    public Mono<Void> requireAdmin(String action) {
        return caller().flatMap(caller -> caller.role() == Role.ADMIN
                ? Mono.<Void>empty()
                : Mono.error(new AccessDeniedException("only an admin may " + action)));
    }
}
