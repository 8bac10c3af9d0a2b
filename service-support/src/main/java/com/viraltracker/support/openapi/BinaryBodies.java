package com.viraltracker.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * An image or octet-stream body is raw bytes on the wire. springdoc derives its schema from the Java type instead
 * ({@code byte[]} as base64 text, {@code Flux<DataBuffer>} as an array), which a generated client would encode;
 * every such body becomes a binary string.
 */
final class BinaryBodies implements OpenApiCustomizer {

    static Schema<?> binary() {
        Schema<?> schema = new Schema<>().format("binary");
        schema.setType("string");
        schema.setTypes(Set.of("string"));
        return schema;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .values()
                .forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getRequestBody() != null) {
                        fix(operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null) {
                        operation.getResponses().values().forEach(response -> fix(response.getContent()));
                    }
                }));
    }

    private static void fix(Content content) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (type.startsWith("image/") || type.startsWith("application/octet-stream")) {
                media.setSchema(binary());
            }
        });
    }
}
