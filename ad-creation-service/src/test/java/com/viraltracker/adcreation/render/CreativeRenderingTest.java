package com.viraltracker.adcreation.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.TestImages;
import com.viraltracker.adcreation.TestProducts;
import com.viraltracker.adcreation.color.PaintPalette;
import com.viraltracker.adcreation.color.PaletteDeriver;
import com.viraltracker.adcreation.color.Rgb;
import com.viraltracker.adcreation.copy.AdCopy;
import com.viraltracker.adcreation.copy.CallToAction;
import com.viraltracker.adcreation.copy.CopyWriter;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.adcreation.templates.Align;
import com.viraltracker.adcreation.templates.ColorRole;
import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.adcreation.templates.TemplateRepository;
import com.viraltracker.adcreation.templates.TextRegion;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.testing.ServiceIntegrationTest;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceIntegrationTest
class CreativeRenderingTest {
    /** Brand colours chosen to be awkward: mid grey is the worst case for contrast, yellow is light and loud. */
    private static final List<List<String>> BRAND_COLOURS = List.of(
            List.of("#2563eb", "#f97316"), List.of("#777777"), List.of("#ffeb3b", "#ffeb3b"), List.of("#0b0b0b"));

    private static final Path OUTPUT = Path.of("target", "creatives");

    @Autowired
    TemplateRepository templates;

    @Autowired
    CreativeGenerator generator;

    @Autowired
    CopyWriter copyWriter;

    @Test
    void every_default_template_renders_in_every_colour_mode_readable_and_inside_its_regions() throws IOException {
        List<Template> library = templates.findAll().collectList().block();
        assertThat(library).hasSizeGreaterThanOrEqualTo(6);
        assertThat(library).extracting(Template::height).contains(1080, 1350, 1920);
        BufferedImage bottle = TestImages.bottle(600, 800, true);
        Files.createDirectories(OUTPUT);
        int rendered = 0;
        for (List<String> colours : BRAND_COLOURS) {
            for (Product product : List.of(TestProducts.serum(colours), TestProducts.verbose(colours))) {
                List<AdCopy> copies = copyWriter.write(product, 3);
                for (Template template : library) {
                    for (ColorMode mode : ColorMode.values()) {
                        PaintPalette palette =
                                PaletteDeriver.derive(mode, template.layout().palette(), colours);
                        AdCopy copy = copies.get(rendered % copies.size());
                        RenderedCreative creative =
                                generator.render(new CreativeRequest(template, palette, copy, bottle));
                        CreativeChecks.check(creative, template.width(), template.height());
                        if (colours == BRAND_COLOURS.get(0)) {
                            Files.write(
                                    OUTPUT.resolve(template.name().replace(' ', '-') + "-" + mode.wireName() + "-"
                                            + (product.benefits().get(0).length() > 40 ? "long" : "short") + ".png"),
                                    creative.png());
                        }
                        rendered++;
                    }
                }
            }
        }
        assertThat(rendered).isEqualTo(BRAND_COLOURS.size() * 2 * library.size() * 3);
    }

    @Test
    void composites_the_whole_product_image_into_its_region_and_nowhere_else() {
        Template template =
                templates.findAll().filter(t -> t.name().equals("Clean Card")).blockFirst();
        RenderedCreative creative = generator.render(new CreativeRequest(
                template,
                PaletteDeriver.derive(ColorMode.ORIGINAL, template.layout().palette(), List.of()),
                copyWriter.write(TestProducts.serum(List.of()), 1).get(0),
                TestImages.bottle(900, 1200, false)));
        BufferedImage image = TestImages.decode(creative.png());
        var region = template.layout().image().rectangle();
        int inside = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (TestImages.BOTTLE.getRGB() & 0xffffff)) {
                    assertThat(region.contains(x, y))
                            .as("bottle pixel at %d,%d", x, y)
                            .isTrue();
                    inside++;
                }
            }
        }
        // The bottle body is 50% × 77% of the picture, scaled to fit a 500 px square: well over 40,000 pixels.
        assertThat(inside).isGreaterThan(40_000);
    }

    @Test
    void renders_the_same_bytes_for_the_same_request() {
        Template template = templates.findAll().blockFirst();
        Product product = TestProducts.serum(List.of("#2563eb"));
        CreativeRequest request = new CreativeRequest(
                template,
                PaletteDeriver.derive(ColorMode.BRAND, template.layout().palette(), product.brandColors()),
                copyWriter.write(product, 1).get(0),
                TestImages.bottle(600, 800, true));
        assertThat(generator.render(request).png())
                .isEqualTo(generator.render(request).png());
    }

    @Test
    void shrinks_breaks_and_finally_ellipsizes_text_that_cannot_fit_at_its_smallest_size() {
        TextRegion tiny = new TextRegion(10, 10, 120, 40, 30, 14, Align.LEFT, Align.TOP, ColorRole.BACKGROUND, 0, true);
        TextFitter.Fitted fitted = TextFitter.fit(
                "Unbelievablyextraordinarilylongword and then many more words "
                        + "that could never fit in a box this small",
                tiny);
        assertThat(fitted.font().getSize()).isEqualTo(14);
        assertThat(fitted.lines()).isNotEmpty();
        assertThat(fitted.lines().get(fitted.lines().size() - 1).text()).endsWith("…");
        for (PlacedLine line : fitted.lines()) {
            assertThat(tiny.rectangle()
                            .contains(TextFitter.pixelBounds(line.text(), fitted.font(), line.x(), line.baseline())))
                    .isTrue();
        }
    }

    @Test
    void keeps_the_largest_size_when_the_text_fits() {
        TextRegion roomy =
                new TextRegion(0, 0, 800, 200, 60, 20, Align.CENTER, Align.MIDDLE, ColorRole.ACCENT, 0, true);
        TextFitter.Fitted fitted = TextFitter.fit(CallToAction.SHOP_NOW.label(), roomy);
        assertThat(fitted.font().getSize()).isEqualTo(60);
        assertThat(fitted.font().getFamily()).isNotEmpty();
        assertThat(fitted.font().getStyle()).isEqualTo(Font.BOLD);
        assertThat(fitted.lines()).extracting(PlacedLine::text).containsExactly("Shop Now");
    }

    @Test
    void text_on_a_palette_that_would_be_unreadable_is_adjusted_until_it_reaches_four_and_a_half_to_one() {
        PaintPalette clash = new PaintPalette(
                Rgb.parse("#777777"),
                Rgb.parse("#777777"),
                Rgb.parse("#ff0000"),
                Rgb.parse("#787878"),
                Rgb.parse("#ff1111"));
        assertThat(com.viraltracker.adcreation.color.Contrast.ratio(
                        clash.textOn(ColorRole.BACKGROUND), clash.background()))
                .isGreaterThanOrEqualTo(4.5);
        assertThat(com.viraltracker.adcreation.color.Contrast.ratio(clash.textOn(ColorRole.ACCENT), clash.accent()))
                .isGreaterThanOrEqualTo(4.5);
    }
}
