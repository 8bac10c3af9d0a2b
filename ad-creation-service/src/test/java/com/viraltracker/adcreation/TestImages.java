package com.viraltracker.adcreation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Product pictures for tests: a bottle in a colour no template uses, so tests can find it on a creative. */
public final class TestImages {
    /** The bottle's body colour. */
    public static final Color BOTTLE = new Color(0xC2, 0x18, 0x5B);

    private TestImages() {}

    public static BufferedImage bottle(int width, int height, boolean transparent) {
        BufferedImage image = new BufferedImage(
                width, height, transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        if (!transparent) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(0x37, 0x47, 0x4F));
        g.fill(new RoundRectangle2D.Double(width * 0.40, height * 0.05, width * 0.20, height * 0.15, 20, 20));
        g.setColor(BOTTLE);
        g.fill(new RoundRectangle2D.Double(width * 0.25, height * 0.18, width * 0.50, height * 0.77, 80, 80));
        g.setColor(new Color(0xFF, 0xF3, 0xE0));
        g.fillRect((int) (width * 0.30), (int) (height * 0.45), (int) (width * 0.40), (int) (height * 0.25));
        g.dispose();
        return image;
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new AssertionError("bytes do not decode as an image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
