package com.viraltracker.helm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * An enum value the model does not know is an error. Strimzi's enums read one as null through their own factory
 * (so a misspelt ACL operation would silently vanish); the CRD, like the API server, refuses it.
 */
final class KnownEnumValuesOnly extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
            DeserializationConfig config,
            JavaType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return new Refusing(type.getRawClass(), deserializer);
    }

    private static final class Refusing extends StdDeserializer<Object>
            implements ContextualDeserializer, ResolvableDeserializer {
        private final JsonDeserializer<?> delegate;

        Refusing(Class<?> type, JsonDeserializer<?> delegate) {
            super(type);
            this.delegate = delegate;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            Object value = delegate.deserialize(parser, context);
            if (value == null) {
                throw context.weirdStringException(text, handledType(), "not one of the values the type accepts");
            }
            return value;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
                throws JsonMappingException {
            return delegate instanceof ContextualDeserializer contextual
                    ? new Refusing(handledType(), contextual.createContextual(context, property))
                    : this;
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            if (delegate instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }
    }
}
