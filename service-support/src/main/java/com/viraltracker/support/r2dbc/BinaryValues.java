package com.viraltracker.support.r2dbc;

import io.netty.buffer.ByteBuf;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One value as PostgreSQL's binary format has it (what each type's send function writes and its receive function
 * reads): its length, then its bytes. An array's elements ({@link BinaryArray}) and a binary COPY's fields
 * ({@link BinaryCopy}) are written the same way.
 */
final class BinaryValues {
    /** A null is a length of -1 and no bytes. */
    static final int NULL_LENGTH = -1;
    /** PostgreSQL's dates count days, and its timestamps microseconds, from 2000-01-01 (UTC for timestamptz). */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final long POSTGRES_EPOCH_SECOND =
            Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
    private static final int NANOS_PER_MICRO = 1_000;
    private static final short NUMERIC_POSITIVE = 0x0000;
    private static final short NUMERIC_NEGATIVE = 0x4000;
    /** numeric's digits are base 10,000: four decimal digits each. */
    private static final int NUMERIC_BASE_DIGITS = 4;

    private static final BigInteger NUMERIC_BASE = BigInteger.valueOf(10_000);
    /** Unscaled values this small still fit a long after padding by up to 10^3; most money amounts are. */
    private static final int LONG_SAFE_BITS = 52;

    private static final long[] PADDING = {1, 10, 100, 1_000};

    private BinaryValues() {}

    static void writeInteger(ByteBuf out, int value) {
        out.writeInt(Integer.BYTES).writeInt(value);
    }

    static void writeBigint(ByteBuf out, long value) {
        out.writeInt(Long.BYTES).writeLong(value);
    }

    static void writeDate(ByteBuf out, LocalDate value) {
        out.writeInt(Integer.BYTES).writeInt(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    static void writeUuid(ByteBuf out, UUID value) {
        out.writeInt(2 * Long.BYTES)
                .writeLong(value.getMostSignificantBits())
                .writeLong(value.getLeastSignificantBits());
    }

    /** timestamptz: the instant rounded to the microsecond, as PostgreSQL rounds a timestamp written as text. */
    static void writeTimestamp(ByteBuf out, Instant value) {
        out.writeInt(Long.BYTES).writeLong(postgresMicros(value));
    }

    private static long postgresMicros(Instant value) {
        long seconds = Math.subtractExact(value.getEpochSecond(), POSTGRES_EPOCH_SECOND);
        long micros = (value.getNano() + NANOS_PER_MICRO / 2) / NANOS_PER_MICRO;
        return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros);
    }

    /** text_send's layout: the length, then the UTF-8 bytes (also char(n)'s and varchar's). */
    static void writeText(ByteBuf out, String value) {
        int lengthAt = out.writerIndex();
        out.writeInt(0);
        int length = out.writeCharSequence(value, StandardCharsets.UTF_8);
        out.setInt(lengthAt, length);
    }

    /**
     * numeric_send's layout: digit count, weight (the power of 10,000 of the first digit), sign, display scale,
     * then the base-10,000 digits, most significant first, grouped from the decimal point.
     */
    static void writeNumeric(ByteBuf out, BigDecimal value) {
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
}
