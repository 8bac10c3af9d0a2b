package com.viraltracker.support.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Names a model's properties as Jackson 3 writes them. springdoc reads classes with swagger-core, which introspects
 * with Jackson 2 and does not see Jackson 3's {@code @JsonNaming} (nor {@code @SnakeCase}, which carries it): without
 * this the document would call {@code brand_id} {@code brandId}.
 */
final class JacksonNaming implements ModelConverter {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final UnaryOperator<String> AS_DECLARED = name -> name;
    private final Map<Class<?>, UnaryOperator<String>> namings = new ConcurrentHashMap<>();

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (schema == null || type.getType() == null) {
            return schema;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        UnaryOperator<String> naming = namings.computeIfAbsent(raw, JacksonNaming::namingOf);
        if (naming != AS_DECLARED) {
            rename(schema, naming);
            if (schema.get$ref() != null && schema.get$ref().startsWith(SCHEMAS)) {
                rename(context.getDefinedModels().get(schema.get$ref().substring(SCHEMAS.length())), naming);
            }
        }
        return schema;
    }

    /** The class's {@code @JsonNaming}, found also inside a composed annotation; names as declared without one. */
    private static UnaryOperator<String> namingOf(Class<?> type) {
        MergedAnnotation<JsonNaming> naming = MergedAnnotations.from(
                        type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .get(JsonNaming.class);
        if (!naming.isPresent()) {
            return AS_DECLARED;
        }
        Class<?> strategy = naming.getClass("value");
        try {
            Object instance = strategy.getDeclaredConstructor().newInstance();
            if (instance instanceof PropertyNamingStrategies.NamingBase base) {
                // NamingBase translates a name alone; it needs neither the config nor the member.
                return name -> base.nameForField(null, null, name);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + strategy.getName() + " for " + type.getName(), e);
        }
        throw new IllegalStateException(type.getName() + " names its properties with " + strategy.getName()
                + ", which the OpenAPI document cannot follow; use one of PropertyNamingStrategies");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void rename(Schema schema, UnaryOperator<String> naming) {
        if (schema == null || schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        ((Map<String, Schema>) schema.getProperties())
                .forEach((name, property) -> renamed.put(naming.apply(name), property));
        schema.setProperties(renamed);
        if (schema.getRequired() != null) {
            schema.setRequired(
                    ((List<String>) schema.getRequired()).stream().map(naming).toList());
        }
    }
}
