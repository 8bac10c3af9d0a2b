package com.viraltracker.support.r2dbc;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Wrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Mono;

/**
 * Rows for {@code COPY … FROM STDIN (FORMAT binary)}, in PostgreSQL's binary COPY format: a header, each row as
 * its field count and its fields (each as the type's receive function reads it, see {@link BinaryValues}), a
 * trailer. The server reads the fields with the columns' receive functions (no text parsing) and writes the rows
 * without planning or executing a statement per page, which is what makes COPY the fastest way into a table.
 *
 * <p>Fields are written in the column order of the COPY statement, and each must be of the column's own type:
 * binary COPY converts nothing (a {@code bigint} field for an {@code integer} column is an error, not a cast), but
 * it does apply the column's type modifier ({@code numeric(18,2)} rounds, {@code char(3)} pads or rejects) as an
 * insert's assignment would.
 */
public final class BinaryCopy {
    /** "PGCOPY\n\377\r\n\0": the signature that starts every binary COPY stream. */
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private static final short TRAILER = -1;
    private static final int BYTES_PER_FIELD_GUESS = 12;

    private final int columns;
    private final ByteBuf out;
    private int rows;
    private int fieldsOfRow;
    private boolean finished;

    private BinaryCopy(int columns, int expectedRows) {
        this.columns = columns;
        this.out = Unpooled.buffer(SIGNATURE.length + 8 + expectedRows * (2 + columns * BYTES_PER_FIELD_GUESS));
        out.writeBytes(SIGNATURE);
        out.writeInt(0); // flags: no OIDs
        out.writeInt(0); // length of the header extension
        this.fieldsOfRow = columns;
    }

    /** An empty stream of rows of {@code columns} fields each; {@code expectedRows} only sizes the buffer. */
    public static BinaryCopy of(int columns, int expectedRows) {
        return new BinaryCopy(columns, expectedRows);
    }

    /** Starts the next row; the previous one must have all its fields. */
    public BinaryCopy row() {
        if (finished) {
            throw new IllegalStateException("the rows were copied already");
        }
        requireWholeRow();
        out.writeShort(columns);
        fieldsOfRow = 0;
        rows++;
        return this;
    }

    public BinaryCopy text(String value) {
        return field(value, BinaryValues::writeText);
    }

    public BinaryCopy numeric(BigDecimal value) {
        return field(value, BinaryValues::writeNumeric);
    }

    public BinaryCopy bigint(long value) {
        countField();
        BinaryValues.writeBigint(out, value);
        return this;
    }

    public BinaryCopy date(LocalDate value) {
        return field(value, BinaryValues::writeDate);
    }

    public BinaryCopy uuid(UUID value) {
        return field(value, BinaryValues::writeUuid);
    }

    /** timestamptz, rounded to the microsecond. */
    public BinaryCopy timestamp(Instant value) {
        return field(value, BinaryValues::writeTimestamp);
    }

    public int rows() {
        return rows;
    }

    /**
     * Runs {@code copyStatement} ({@code COPY table (columns) FROM STDIN (FORMAT binary)}) with these rows on a
     * connection of {@code database}: the reactive transaction's connection when the subscriber runs in one (the
     * COPY is then part of it), otherwise a connection of its own on which the COPY, one statement, commits alone:
     * every row or, when any row fails (a duplicate key, a value out of range), none. A failure arrives as Spring's
     * {@link org.springframework.dao.DataAccessException}, as a statement's would ({@code DuplicateKeyException}
     * for a row that is stored already). Emits the number of rows copied; may be subscribed more than once. No row can be added afterwards.
     */
    public Mono<Long> copyInto(DatabaseClient database, String copyStatement) {
        finish();
        byte[] bytes = out.array();
        int offset = out.arrayOffset() + out.readerIndex();
        int length = out.readableBytes();
        return database.inConnection(connection -> postgres(connection)
                // The driver releases what it sent; each subscription sends its own view of the same bytes.
                .copyIn(copyStatement, Mono.fromSupplier(() -> Unpooled.wrappedBuffer(bytes, offset, length))));
    }

    /** Ends the stream with its trailer, once; no row can follow. */
    private void finish() {
        if (!finished) {
            requireWholeRow();
            out.writeShort(TRAILER);
            finished = true;
        }
    }

    /** The driver's connection under the pool's and Spring's wrappers: COPY is not part of the R2DBC SPI. */
    private static PostgresqlConnection postgres(Connection connection) {
        Object current = connection;
        while (!(current instanceof PostgresqlConnection)) {
            if (!(current instanceof Wrapped<?> wrapped)) {
                throw new IllegalStateException(
                        "COPY needs r2dbc-postgresql's connection; " + connection + " is neither one nor wraps one");
            }
            current = wrapped.unwrap();
        }
        return (PostgresqlConnection) current;
    }

    private <V> BinaryCopy field(V value, BiConsumer<ByteBuf, V> write) {
        countField();
        if (value == null) {
            out.writeInt(BinaryValues.NULL_LENGTH);
        } else {
            write.accept(out, value);
        }
        return this;
    }

    private void countField() {
        if (fieldsOfRow >= columns) {
            throw new IllegalStateException(
                    rows == 0
                            ? "a field before the first row()"
                            : "row " + rows + " has more than " + columns + " fields");
        }
        fieldsOfRow++;
    }

    private void requireWholeRow() {
        if (fieldsOfRow != columns) {
            throw new IllegalStateException("row " + rows + " has " + fieldsOfRow + " of its " + columns + " fields");
        }
    }
}
