package com.viraltracker.support.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * {@code @Schema(allowableValues = {"3", "7"})} on a number is written as an enum of strings, which contradicts the
 * declared type (a generated client would send {@code "7"}). Every such enum, wherever it sits in the document,
 * becomes the numbers it stands for.
 */
final class NumericEnums implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> fix(schema, seen));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(parameter -> fix(parameter.getSchema(), seen));
            }
            item.readOperations().forEach(operation -> fix(operation, seen));
        });
    }

    private static void fix(Operation operation, Set<Schema<?>> seen) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                fix(parameter.getSchema(), seen);
            }
        }
        if (operation.getRequestBody() != null) {
            fix(operation.getRequestBody().getContent(), seen);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().values().forEach(response -> fix(response.getContent(), seen));
        }
    }

    private static void fix(Content content, Set<Schema<?>> seen) {
        if (content != null) {
            content.values().forEach(media -> fix(media.getSchema(), seen));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void fix(Schema schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String type = typeOf(schema);
        if (schema.getEnum() != null && ("integer".equals(type) || "number".equals(type))) {
            List<Object> numbers = new ArrayList<>();
            for (Object value : (List<Object>) schema.getEnum()) {
                numbers.add(value instanceof String text ? number(type, text) : value);
            }
            schema.setEnum(numbers);
        }
        if (schema.getProperties() != null) {
            ((java.util.Map<String, Schema>) schema.getProperties()).values().forEach(p -> fix(p, seen));
        }
        fix(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            fix(additional, seen);
        }
        for (List<Schema> composed : new List[] {schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (composed != null) {
                composed.forEach(part -> fix(part, seen));
            }
        }
    }

    private static String typeOf(Schema<?> schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getTypes() == null || schema.getTypes().size() != 1
                ? null
                : schema.getTypes().iterator().next();
    }

    private static Object number(String type, String text) {
        BigDecimal value = new BigDecimal(text.trim());
        if ("integer".equals(type)) {
            return value.longValueExact() <= Integer.MAX_VALUE && value.longValueExact() >= Integer.MIN_VALUE
                    ? (Object) value.intValueExact()
                    : (Object) value.longValueExact();
        }
        return value;
    }
}
