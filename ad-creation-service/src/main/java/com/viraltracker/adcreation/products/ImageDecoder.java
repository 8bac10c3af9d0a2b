package com.viraltracker.adcreation.products;

import com.viraltracker.support.web.FieldProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Accepts an upload only if it really is a PNG or JPEG: the bytes are decoded, whatever the request claimed.
 * The pixel size is read from the header first, so a small file that inflates to a huge bitmap is refused
 * before it is decoded.
 */
public final class ImageDecoder {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MIN_SIDE = 64;
    public static final int MAX_SIDE = 6000;
    private static final String FIELD = "image";

    private ImageDecoder() {}

    public static UploadedImage check(byte[] bytes) {
        if (bytes.length == 0) {
            throw new FieldProblemException(FIELD, "is empty");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw notAnImage();
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                String contentType = switch (format) {
                    case "png" -> "image/png";
                    case "jpeg", "jpg" -> "image/jpeg";
                    default -> throw notAnImage();
                };
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (Math.min(width, height) < MIN_SIDE || Math.max(width, height) > MAX_SIDE) {
                    throw new FieldProblemException(
                            FIELD,
                            "must be between " + MIN_SIDE + " and " + MAX_SIDE + " pixels on each side (was " + width
                                    + "×" + height + ")");
                }
                reader.read(0);
                return new UploadedImage(contentType, width, height, bytes);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FieldProblemException problem) {
                throw problem;
            }
            throw notAnImage();
        }
    }

    /** Decodes a stored image (already checked on upload). */
    public static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new IllegalStateException("stored product image no longer decodes");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FieldProblemException notAnImage() {
        return new FieldProblemException(FIELD, "must be a PNG or JPEG image that decodes");
    }
}
