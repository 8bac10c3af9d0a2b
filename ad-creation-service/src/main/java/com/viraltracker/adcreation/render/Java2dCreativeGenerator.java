package com.viraltracker.adcreation.render;

import com.viraltracker.adcreation.color.PaintPalette;
import com.viraltracker.adcreation.color.Rgb;
import com.viraltracker.adcreation.templates.Decor;
import com.viraltracker.adcreation.templates.Region;
import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.adcreation.templates.TemplateLayout;
import com.viraltracker.adcreation.templates.TextRegion;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.stereotype.Component;

/**
 * Paints a template headless with Java2D: background, decor, the product image fitted into its region, then
 * each text on its own backdrop (filled first, so the colour behind every glyph is exactly the one its
 * contrast was computed against).
 */
@Component
public class Java2dCreativeGenerator implements CreativeGenerator {

    @Override
    public RenderedCreative render(CreativeRequest request) {
        Template template = request.template();
        TemplateLayout layout = template.layout();
        PaintPalette palette = request.palette();
        BufferedImage canvas = new BufferedImage(template.width(), template.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        List<PlacedText> texts = new ArrayList<>();
        try {
            hints(g);
            g.setColor(palette.background().awt());
            g.fillRect(0, 0, template.width(), template.height());
            layout.decor().forEach(shape -> decor(g, shape, palette));
            productImage(g, request.productImage(), layout.image());
            texts.add(text(g, TextRole.HEADLINE, request.copy().headline(), layout.headline(), palette));
            texts.add(text(g, TextRole.BODY, request.copy().imageText(), layout.body(), palette));
            texts.add(text(g, TextRole.CTA, request.copy().callToAction().label(), layout.cta(), palette));
        } finally {
            g.dispose();
        }
        return new RenderedCreative(png(canvas), template.width(), template.height(), List.copyOf(texts));
    }

    private static void hints(Graphics2D g) {
        // Must match TextFitter.RENDER_CONTEXT, or the measured and the drawn text would differ.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static void decor(Graphics2D g, Decor shape, PaintPalette palette) {
        g.setColor(palette.color(shape.color()).tint(shape.tint()).awt());
        switch (shape.shape()) {
            case RECT -> g.fillRect(shape.x(), shape.y(), shape.width(), shape.height());
            case ROUND_RECT -> {
                double arc = Math.min(shape.width(), shape.height()) * 0.25;
                g.fill(new RoundRectangle2D.Double(shape.x(), shape.y(), shape.width(), shape.height(), arc, arc));
            }
            case ELLIPSE -> g.fill(new Ellipse2D.Double(shape.x(), shape.y(), shape.width(), shape.height()));
        }
    }

    /** Scales the image to fit its region whole (no cropping: the product must be seen entirely), centred. */
    private static void productImage(Graphics2D g, BufferedImage image, Region region) {
        double scale =
                Math.min((double) region.width() / image.getWidth(), (double) region.height() / image.getHeight());
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = ImageScaler.scale(image, width, height);
        g.drawImage(
                scaled, region.x() + (region.width() - width) / 2, region.y() + (region.height() - height) / 2, null);
    }

    private static PlacedText text(Graphics2D g, TextRole role, String text, TextRegion region, PaintPalette palette) {
        Rgb backdrop = palette.color(region.backdrop());
        Rgb foreground = palette.textOn(region.backdrop());
        g.setColor(backdrop.awt());
        if (region.panelPadding() > 0) {
            Rectangle panel = region.backdropArea();
            // A corner radius no larger than the padding keeps the region itself entirely on the panel.
            double arc = region.panelPadding() * 2.0;
            g.fill(new RoundRectangle2D.Double(panel.x, panel.y, panel.width, panel.height, arc, arc));
        } else {
            g.fill(region.rectangle());
        }
        TextFitter.Fitted fitted = TextFitter.fit(text, region);
        g.setColor(foreground.awt());
        for (PlacedLine line : fitted.lines()) {
            new TextLayout(line.text(), fitted.font(), g.getFontRenderContext()).draw(g, line.x(), line.baseline());
        }
        return new PlacedText(role, region.rectangle(), fitted.font(), fitted.lines(), foreground, backdrop);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode PNG", e);
        }
    }
}
