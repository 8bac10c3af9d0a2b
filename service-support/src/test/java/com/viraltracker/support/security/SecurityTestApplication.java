package com.viraltracker.support.security;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A service with one brand-scoped resource, to exercise the shared security setup end to end. */
@SpringBootApplication
public class SecurityTestApplication {

    @RestController
    static class BrandNotesController {
        private final BrandAccess brandAccess;

        BrandNotesController(BrandAccess brandAccess) {
            this.brandAccess = brandAccess;
        }

        @GetMapping("/api/v1/brands/{brandId}/notes")
        Mono<Map<String, Object>> read(@PathVariable UUID brandId) {
            return brandAccess.requireBrand(brandId, "brand").thenReturn(Map.of("brandId", brandId));
        }

        @PostMapping("/api/v1/brands/{brandId}/notes")
        Mono<Map<String, Object>> write(@PathVariable UUID brandId, @RequestBody Map<String, Object> note) {
            return brandAccess
                    .requireBrand(brandId, "brand")
                    .thenReturn(Map.of("brandId", brandId, "size", note.size()));
        }

        @GetMapping("/api/v1/scope")
        Mono<Map<String, Object>> scope() {
            return Mono.zip(brandAccess.scope(), brandAccess.subject())
                    .map(both -> Map.of(
                            "everyBrand", both.getT1().everyBrand(),
                            "brands", both.getT1().brands(),
                            "subject", both.getT2()));
        }
    }
}
