package com.viraltracker.support.web;

import com.viraltracker.events.parameters.FieldViolation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while a request body is read, every value {@link StorableInput} says PostgreSQL cannot store: text in
 * any string (a record's field, a list's item, a string anywhere inside a free-form {@code Map<String, Object>},
 * and the keys of such maps), floating-point and decimal numbers, and dates. The field is named by its path in the
 * JSON as the client wrote it, so one rule covers every endpoint, present and future, before any service code runs.
 */
public final class StorableInputModule extends SimpleModule {
    /** What the JSON reader builds from strings, numbers and dates; {@code Number} is what free-form maps hold. */
    private static final Set<Class<?>> CHECKED = Set.of(
            String.class,
            Number.class,
            Double.class,
            double.class,
            Float.class,
            float.class,
            BigDecimal.class,
            Instant.class,
            OffsetDateTime.class,
            ZonedDateTime.class,
            LocalDateTime.class,
            LocalDate.class);

    public StorableInputModule() {
        super("viraltracker-storable-input");
        setDeserializerModifier(new ValueDeserializerModifier() {
            @Override
            public ValueDeserializer<?> modifyDeserializer(
                    DeserializationConfig config, BeanDescription.Supplier description, ValueDeserializer<?> reader) {
                return CHECKED.contains(reader.handledType()) ? new CheckedValues(reader) : reader;
            }

            @Override
            public KeyDeserializer modifyKeyDeserializer(
                    DeserializationConfig config, JavaType type, KeyDeserializer reader) {
                Class<?> key = type.getRawClass();
                return key == String.class || key == Object.class ? new CheckedKeys(reader) : reader;
            }
        });
    }

    /** The standard reader of a checked type, then the check. */
    private static final class CheckedValues extends DelegatingDeserializer {
        CheckedValues(ValueDeserializer<?> reader) {
            super(reader);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> reader) {
            return new CheckedValues(reader);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into)
                throws JacksonException {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private static Object checked(JsonParser parser, Object value) {
            String problem = value instanceof CharSequence text
                    ? StorableInput.textProblem(text)
                    : StorableInput.valueProblem(value);
            if (problem != null) {
                throw new UnstorableInputException(
                        parser, new FieldViolation(path(parser.streamReadContext(), true), problem));
            }
            return value;
        }
    }

    /** A map's key names no field of its own: the problem is the map's (or the body's, at the top). */
    private static final class CheckedKeys extends KeyDeserializer {
        private final KeyDeserializer reader;

        CheckedKeys(KeyDeserializer reader) {
            this.reader = reader;
        }

        @Override
        public void resolve(DeserializationContext context) {
            reader.resolve(context);
        }

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
            String problem = key == null ? null : StorableInput.textProblem(key);
            if (problem != null) {
                JsonParser parser = context.getParser();
                throw new UnstorableInputException(
                        parser,
                        new FieldViolation(path(parser.streamReadContext(), false), "has a key that " + problem));
            }
            return reader.deserializeKey(key, context);
        }
    }

    /**
     * {@code parameters.tags[2]} for the value being read; without the current name, the object holding it. The
     * whole body is {@code body}.
     */
    static String path(TokenStreamContext context, boolean withCurrentName) {
        StringBuilder path = new StringBuilder();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inArray()) {
                path.insert(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            } else if (at.currentName() != null && (withCurrentName || at != context)) {
                path.insert(0, "." + at.currentName());
            }
        }
        return path.isEmpty() ? "body" : path.charAt(0) == '.' ? path.substring(1) : path.toString();
    }
}
