package com.viraltracker.support.r2dbc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A one-dimensional array parameter already in PostgreSQL's binary array format ({@code array_send}'s layout),
 * bound as is by {@link BinaryArrayCodec}. r2dbc-postgresql sends every Java array as array text
 * ({@code {"a","b"}}), which the server parses element by element with each type's text input function; for a
 * page of rows passed as column arrays that parsing is a large part of the statement's cost (date and numeric
 * input above all). The binary form is read with the types' receive functions instead, which are far cheaper,
 * and the client skips formatting and quoting every element as text.
 *
 * <p>Each factory takes the rows and the column to take from each, so a statement binds one array per column
 * without building an intermediate Java array. Registered for every connection by {@link BinaryArrayCodecs}.
 *
 * @param arrayType the array type's OID (what the parameter is declared as)
 * @param bytes     the array in binary format
 */
public record BinaryArray(int arrayType, byte[] bytes) {
    private static final int INT4 = 23;
    private static final int INT4_ARRAY = 1007;
    private static final int INT8 = 20;
    private static final int INT8_ARRAY = 1016;
    private static final int TEXT = 25;
    private static final int TEXT_ARRAY = 1009;
    private static final int DATE = 1082;
    private static final int DATE_ARRAY = 1182;
    private static final int NUMERIC = 1700;
    private static final int NUMERIC_ARRAY = 1231;
    private static final int TIMESTAMPTZ = 1184;
    private static final int TIMESTAMPTZ_ARRAY = 1185;
    private static final int UUID_TYPE = 2950;
    private static final int UUID_ARRAY = 2951;

    public static <T> BinaryArray integers(List<T> rows, ToIntFunction<T> field) {
        ByteBuf out = header(rows.size(), false, INT4);
        for (T row : rows) {
            BinaryValues.writeInteger(out, field.applyAsInt(row));
        }
        return finish(INT4_ARRAY, out);
    }

    public static <T> BinaryArray bigints(List<T> rows, ToLongFunction<T> field) {
        ByteBuf out = header(rows.size(), false, INT8);
        for (T row : rows) {
            BinaryValues.writeBigint(out, field.applyAsLong(row));
        }
        return finish(INT8_ARRAY, out);
    }

    public static <T> BinaryArray dates(List<T> rows, Function<T, LocalDate> field) {
        ByteBuf out = header(rows.size(), false, DATE);
        for (T row : rows) {
            BinaryValues.writeDate(out, field.apply(row));
        }
        return finish(DATE_ARRAY, out);
    }

    public static <T> BinaryArray texts(List<T> rows, Function<T, String> field) {
        return nullable(rows, field, TEXT, TEXT_ARRAY, BinaryValues::writeText);
    }

    public static <T> BinaryArray numerics(List<T> rows, Function<T, BigDecimal> field) {
        return nullable(rows, field, NUMERIC, NUMERIC_ARRAY, BinaryValues::writeNumeric);
    }

    public static <T> BinaryArray uuids(List<T> rows, Function<T, UUID> field) {
        return nullable(rows, field, UUID_TYPE, UUID_ARRAY, BinaryValues::writeUuid);
    }

    /** timestamptz[]: instants rounded to the microsecond, as PostgreSQL rounds a timestamp written as text. */
    public static <T> BinaryArray timestamps(List<T> rows, Function<T, Instant> field) {
        return nullable(rows, field, TIMESTAMPTZ, TIMESTAMPTZ_ARRAY, BinaryValues::writeTimestamp);
    }

    /** An array whose elements may be null: a null is its length -1, any other value written as the type sends it. */
    private static <T, V> BinaryArray nullable(
            List<T> rows, Function<T, V> field, int elementType, int arrayType, BiConsumer<ByteBuf, V> write) {
        boolean nulls = rows.stream().map(field).anyMatch(Objects::isNull);
        ByteBuf out = header(rows.size(), nulls, elementType);
        for (T row : rows) {
            V value = field.apply(row);
            if (value == null) {
                out.writeInt(BinaryValues.NULL_LENGTH);
            } else {
                write.accept(out, value);
            }
        }
        return finish(arrayType, out);
    }

    private static ByteBuf header(int elements, boolean nulls, int elementType) {
        ByteBuf out = Unpooled.buffer(20 + elements * 16);
        out.writeInt(1); // dimensions
        out.writeInt(nulls ? 1 : 0); // has nulls
        out.writeInt(elementType);
        out.writeInt(elements); // length of the dimension
        out.writeInt(1); // its lower bound
        return out;
    }

    private static BinaryArray finish(int arrayType, ByteBuf out) {
        try {
            return new BinaryArray(arrayType, ByteBufUtil.getBytes(out));
        } finally {
            out.release();
        }
    }
}
