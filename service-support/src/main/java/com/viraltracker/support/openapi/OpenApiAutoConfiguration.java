package com.viraltracker.support.openapi;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;

/**
 * What every service's OpenAPI document ({@code /v3/api-docs}) says beyond its controllers, so that a client
 * generated from it works: who the API is, where it is (relative to the document), the bearer token every operation
 * needs, the problem answers (see {@link DocumentedProblems}), numbers that stay numbers, and property names as
 * Jackson writes them. A controller adds only a summary per operation and the answers that are its own.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiAutoConfiguration {
    static final String BEARER = "bearer";

    static {
        // An uploaded file or a raw body is bytes, not an object with the fields of Spring's types.
        SpringDocUtils.getConfig()
                .replaceWithSchema(Part.class, BinaryBodies.binary())
                .replaceWithSchema(FilePart.class, BinaryBodies.binary())
                .replaceWithSchema(DataBuffer.class, BinaryBodies.binary());
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(@Value("${spring.application.name:service}") String application) {
        return new OpenAPI()
                .info(new Info()
                        .title("viraltracker " + application)
                        .version("v1")
                        .description("REST API of " + application + ". JSON properties and query parameters are "
                                + "snake_case; every error is an RFC 9457 problem (application/problem+json).")
                        // The repository carries no licence: all rights are reserved until one is chosen.
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                // Relative: the API is where the document was fetched from, behind whatever host or proxy.
                .servers(List.of(new Server().url("/").description("the service that serves this document")));
    }

    /** The OpenAPI documents say how to call: a bearer JWT on every operation. */
    @Bean
    OpenApiCustomizer bearerAuthenticationInOpenApi() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            BEARER,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme("bearer")
                                    .bearerFormat("JWT")
                                    .description(
                                            "claims: sub, role (viewer, operator, admin) and brands (brand UUIDs)"));
            openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        };
    }

    @Bean
    OpenApiCustomizer problemAnswersInOpenApi() {
        return new DocumentedProblems();
    }

    @Bean
    OpenApiCustomizer binaryBodiesInOpenApi() {
        return new BinaryBodies();
    }

    @Bean
    OpenApiCustomizer numericEnumsInOpenApi() {
        return new NumericEnums();
    }

    @Bean
    ModelConverter jacksonNamingInOpenApi() {
        return new JacksonNaming();
    }
}
