package com.viraltracker.support.r2dbc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
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
    /** PostgreSQL's dates count days, and its timestamps microseconds, from 2000-01-01 (UTC for timestamptz). */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final long POSTGRES_EPOCH_SECOND =
            Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final int NANOS_PER_MICRO = 1_000;
    private static final int NULL_LENGTH = -1;
    private static final short NUMERIC_POSITIVE = 0x0000;
    private static final short NUMERIC_NEGATIVE = 0x4000;
    /** numeric's digits are base 10,000: four decimal digits each. */
    private static final int NUMERIC_BASE_DIGITS = 4;

    private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);
    /** Unscaled values this small still fit a long after padding by up to 10^3; most money amounts are. */
    private static final int LONG_SAFE_BITS = 52;

    private static final long[] PADDING = {1, 10, 100, 1_000};

    public static <T> BinaryArray integers(List<T> rows, ToIntFunction<T> field) {
        ByteBuf out = header(rows.size(), false, INT4);
        for (T row : rows) {
            out.writeInt(Integer.BYTES).writeInt(field.applyAsInt(row));
        }
        return finish(INT4_ARRAY, out);
    }

    public static <T> BinaryArray bigints(List<T> rows, ToLongFunction<T> field) {
        ByteBuf out = header(rows.size(), false, INT8);
        for (T row : rows) {
            out.writeInt(Long.BYTES).writeLong(field.applyAsLong(row));
        }
        return finish(INT8_ARRAY, out);
    }

    public static <T> BinaryArray dates(List<T> rows, Function<T, LocalDate> field) {
        ByteBuf out = header(rows.size(), false, DATE);
        for (T row : rows) {
            out.writeInt(Integer.BYTES)
                    .writeInt(Math.toIntExact(field.apply(row).toEpochDay() - POSTGRES_EPOCH_DAY));
        }
        return finish(DATE_ARRAY, out);
    }

    public static <T> BinaryArray texts(List<T> rows, Function<T, String> field) {
        return nullable(rows, field, TEXT, TEXT_ARRAY, BinaryArray::writeText);
    }

    public static <T> BinaryArray numerics(List<T> rows, Function<T, BigDecimal> field) {
        return nullable(rows, field, NUMERIC, NUMERIC_ARRAY, BinaryArray::writeNumeric);
    }

    public static <T> BinaryArray uuids(List<T> rows, Function<T, UUID> field) {
        return nullable(
                rows,
                field,
                UUID_TYPE,
                UUID_ARRAY,
                (out, value) -> out.writeInt(2 * Long.BYTES)
                        .writeLong(value.getMostSignificantBits())
                        .writeLong(value.getLeastSignificantBits()));
    }

    /** timestamptz[]: instants rounded to the microsecond, as PostgreSQL rounds a timestamp written as text. */
    public static <T> BinaryArray timestamps(List<T> rows, Function<T, Instant> field) {
        return nullable(
                rows,
                field,
                TIMESTAMPTZ,
                TIMESTAMPTZ_ARRAY,
                (out, value) -> out.writeInt(Long.BYTES).writeLong(postgresMicros(value)));
    }

    private static long postgresMicros(Instant value) {
        long seconds = Math.subtractExact(value.getEpochSecond(), POSTGRES_EPOCH_SECOND);
        long micros = (value.getNano() + NANOS_PER_MICRO / 2) / NANOS_PER_MICRO;
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros);
    }

    /** An array whose elements may be null: a null is its length -1, any other value written as the type sends it. */
    private static <T, V> BinaryArray nullable(
            List<T> rows, Function<T, V> field, int elementType, int arrayType, BiConsumer<ByteBuf, V> write) {
        boolean nulls = rows.stream().map(field).anyMatch(Objects::isNull);
        ByteBuf out = header(rows.size(), nulls, elementType);
        for (T row : rows) {
            V value = field.apply(row);
            if (value == null) {
                out.writeInt(NULL_LENGTH);
            } else {
                write.accept(out, value);
            }
        }
        return finish(arrayType, out);
    }

    /** text_send's layout: the length, then the UTF-8 bytes. */
    private static void writeText(ByteBuf out, String value) {
        int lengthAt = out.writerIndex();
        out.writeInt(0);
        int length = out.writeCharSequence(value, StandardCharsets.UTF_8);
        out.setInt(lengthAt, length);
    }

    /**
     * numeric_send's layout: digit count, weight (the power of 10,000 of the first digit), sign, display scale,
     * then the base-10,000 digits, most significant first, grouped from the decimal point.
     */
    private static void writeNumeric(ByteBuf out, BigDecimal value) {
        int scale = Math.max(value.scale(), 0);
        BigInteger unscaled = value.setScale(scale).unscaledValue().abs();
        // Whole groups of four fraction digits, so every base-10,000 digit lines up with the decimal point.
        int fractionGroups = (scale + NUMERIC_BASE_DIGITS - 1) / NUMERIC_BASE_DIGITS;
        int padding = fractionGroups * NUMERIC_BASE_DIGITS - scale;
        // A base-10,000 digit holds more than 13 bits.
        short[] digits = new short[(unscaled.bitLength() + 10) / 13 + 1];
        int count = 0;
        if (unscaled.bitLength() <= LONG_SAFE_BITS) {
            for (long rest = unscaled.longValue() * PADDING[padding]; rest != 0; rest /= 10_000) {
                digits[count++] = (short) (rest % 10_000);
            }
        } else {
            BigInteger rest = unscaled.multiply(BigInteger.TEN.pow(padding));
            while (rest.signum() != 0) {
                BigInteger[] quotientAndDigit = rest.divideAndRemainder(NUMERIC_BASE);
                digits[count++] = quotientAndDigit[1].shortValue();
                rest = quotientAndDigit[0];
            }
        }
        int weight = count - fractionGroups - 1;
        int trailingZeros = 0;
        while (trailingZeros < count && digits[trailingZeros] == 0) {
            trailingZeros++;
        }
        int kept = count - trailingZeros;
        out.writeInt(4 * Short.BYTES + kept * Short.BYTES);
        out.writeShort(kept);
        out.writeShort(kept == 0 ? 0 : weight);
        out.writeShort(value.signum() < 0 ? NUMERIC_NEGATIVE : NUMERIC_POSITIVE);
        out.writeShort(scale);
        for (int i = count - 1; i >= trailingZeros; i--) {
            out.writeShort(digits[i]);
        }
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
