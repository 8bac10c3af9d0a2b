package com.viraltracker.adcreation.templates;

import com.viraltracker.support.security.BrandAccess;
import com.viraltracker.support.web.FieldProblemException;
import com.viraltracker.support.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * CRUD for the template library. The library is shared by every brand (templates belong to none), so any
 * authenticated caller may read it and only an admin may change it: an operator's change would alter every other
 * brand's ads.
 */
@RestController
@RequestMapping("/api/v1/templates")
public class TemplateController {
    private final TemplateRepository templates;
    private final Clock clock;
    private final BrandAccess brandAccess;

    public TemplateController(TemplateRepository templates, Clock clock, BrandAccess brandAccess) {
        this.templates = templates;
        this.clock = clock;
        this.brandAccess = brandAccess;
    }

    @Operation(summary = "List the template library", operationId = "listTemplates")
    @GetMapping
    public Flux<Template> list() {
        return templates.findAll();
    }

    @Operation(summary = "Get a template", operationId = "getTemplate")
    @GetMapping("/{id}")
    public Mono<Template> get(@PathVariable UUID id) {
        return templates.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("template", id)));
    }

    @Operation(summary = "Add a template to the library (admin only)", operationId = "createTemplate")
    @ApiResponse(responseCode = "201", description = "The template is added")
    @PostMapping
    public Mono<ResponseEntity<Template>> create(@RequestBody TemplateInput input) {
        return brandAccess
                .requireAdmin("change the shared template library")
                .then(Mono.fromCallable(() -> valid(input)))
                .flatMap(checked -> templates.insert(checked, clock.instant()))
                .onErrorMap(DataIntegrityViolationException.class, TemplateController::nameTaken)
                .map(created -> ResponseEntity.created(URI.create("/api/v1/templates/" + created.id()))
                        .body(created));
    }

    @Operation(summary = "Replace a template (admin only)", operationId = "replaceTemplate")
    @PutMapping("/{id}")
    public Mono<Template> replace(@PathVariable UUID id, @RequestBody TemplateInput input) {
        return brandAccess
                .requireAdmin("change the shared template library")
                .then(Mono.fromCallable(() -> valid(input)))
                .flatMap(checked -> templates.update(id, checked, clock.instant()))
                .onErrorMap(DataIntegrityViolationException.class, TemplateController::nameTaken)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("template", id)));
    }

    @Operation(summary = "Delete a template (admin only)", operationId = "deleteTemplate")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public Mono<Void> delete(@PathVariable UUID id) {
        return brandAccess
                .requireAdmin("change the shared template library")
                .then(templates.delete(id))
                .flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(new NotFoundException("template", id)));
    }

    private static TemplateInput valid(TemplateInput input) {
        var violations = LayoutValidator.check(input);
        if (!violations.isEmpty()) {
            throw new FieldProblemException(violations);
        }
        return input;
    }

    private static Throwable nameTaken(DataIntegrityViolationException e) {
        return new FieldProblemException("name", "is already used by another template");
    }
}
