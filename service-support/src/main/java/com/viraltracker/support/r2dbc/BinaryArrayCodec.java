package com.viraltracker.support.r2dbc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;
import io.r2dbc.postgresql.message.Format;
import reactor.core.publisher.Mono;

/**
 * Binds a {@link BinaryArray} as a binary-format parameter of its array type. Encodes nothing else and decodes
 * nothing, so every other value keeps r2dbc-postgresql's own codecs.
 */
final class BinaryArrayCodec implements Codec<BinaryArray> {

    @Override
    public boolean canEncode(Object value) {
        return value instanceof BinaryArray;
    }

    @Override
    public EncodedParameter encode(Object value) {
        BinaryArray array = (BinaryArray) value;
        return new EncodedParameter(
                Format.FORMAT_BINARY,
                array.arrayType(),
                Mono.fromSupplier(() -> Unpooled.wrappedBuffer(array.bytes())));
    }

    @Override
    public EncodedParameter encode(Object value, int dataType) {
        return encode(value);
    }

    @Override
    public boolean canEncodeNull(Class<?> type) {
        return false;
    }

    @Override
    public EncodedParameter encodeNull() {
        throw new UnsupportedOperationException("a BinaryArray parameter is never null");
    }

    @Override
    public boolean canDecode(int dataType, Format format, Class<?> type) {
        return false;
    }

    @Override
    public BinaryArray decode(ByteBuf buffer, int dataType, Format format, Class<? extends BinaryArray> type) {
        throw new UnsupportedOperationException("BinaryArray is a parameter type only");
    }
}
