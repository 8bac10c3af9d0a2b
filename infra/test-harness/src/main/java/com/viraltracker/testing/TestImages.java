package com.viraltracker.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Pictures that tests upload as a product's image: a real PNG that ad creation can composite, drawn on the spot. */
public final class TestImages {
    private TestImages() {}

    /** A bottle-like shape on a light background, in the given size (ad creation scales it into its template). */
    public static byte[] productPng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xfdf1dc));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x2e5aac));
        g.fillRoundRect(width * 3 / 10, height / 4, width * 2 / 5, height * 11 / 20, width / 13, height / 13);
        g.dispose();
        // A ByteArrayOutputStream holds no resource: nothing to close.
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
