package com.viraltracker.adcreation.color;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.viraltracker.adcreation.templates.Palette;
import com.viraltracker.events.parameters.ColorMode;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void matches_the_wcag_reference_values() {
        assertThat(Contrast.ratio(Rgb.BLACK, Rgb.WHITE)).isCloseTo(21.0, within(1e-9));
        assertThat(Contrast.ratio(Rgb.parse("#777777"), Rgb.WHITE)).isCloseTo(4.48, within(0.01));
        assertThat(Contrast.ratio(Rgb.parse("#767676"), Rgb.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(Contrast.ratio(Rgb.parse("#ff0000"), Rgb.parse("#ff0000"))).isEqualTo(1.0);
    }

    @Test
    void makes_any_text_colour_readable_on_any_background_and_leaves_readable_ones_alone() {
        int checked = 0;
        List<Rgb> grid = new java.util.ArrayList<>();
        for (int r = 0; r <= 255; r += 51) {
            for (int g = 0; g <= 255; g += 51) {
                for (int b = 0; b <= 255; b += 51) {
                    grid.add(new Rgb(r, g, b));
                }
            }
        }
        grid.add(Rgb.parse("#777777"));
        for (Rgb bg : grid) {
            for (Rgb wanted : grid) {
                Rgb readable = Contrast.readable(wanted, bg);
                assertThat(Contrast.ratio(readable, bg))
                        .as("%s on %s", readable, bg)
                        .isGreaterThanOrEqualTo(Contrast.MINIMUM);
                if (Contrast.ratio(wanted, bg) >= Contrast.MINIMUM) {
                    assertThat(readable).isEqualTo(wanted);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(grid.size() * grid.size());
    }

    @Test
    void reads_and_writes_hex_colours() {
        assertThat(Rgb.parse("#1A2b3C").hex()).isEqualTo("#1a2b3c");
        assertThat(Rgb.parse("fff")).isEqualTo(Rgb.WHITE);
        assertThat(Rgb.isHex("#12345")).isFalse();
        assertThat(Rgb.isHex("red")).isFalse();
        assertThat(Rgb.isHex("#gggggg")).isFalse();
    }

    @Test
    void complementary_mode_paints_the_background_opposite_the_brand_colour_on_the_wheel() {
        Palette template = new Palette("#ffffff", "#eeeeee", "#000000", "#111111", "#ffffff");
        PaintPalette palette = PaletteDeriver.derive(ColorMode.COMPLEMENTARY, template, List.of("#2563eb"));
        float[] brand = Color.RGBtoHSB(0x25, 0x63, 0xeb, null);
        Rgb bg = palette.background();
        float[] complement = Color.RGBtoHSB(bg.red(), bg.green(), bg.blue(), null);
        double turn = Math.abs(complement[0] - brand[0]);
        assertThat(Math.min(turn, 1 - turn)).isCloseTo(0.5, within(0.01));
        assertThat(palette.accent()).isEqualTo(Rgb.parse("#2563eb"));
    }

    @Test
    void brand_mode_paints_with_the_brand_colours_and_original_keeps_the_template() {
        Palette template = new Palette("#ffffff", "#eeeeee", "#000000", "#111111", "#ffffff");
        PaintPalette brand = PaletteDeriver.derive(ColorMode.BRAND, template, List.of("#0b6e4f", "#ffb703"));
        assertThat(brand.background()).isEqualTo(Rgb.parse("#0b6e4f"));
        assertThat(brand.accent()).isEqualTo(Rgb.parse("#ffb703"));
        PaintPalette original = PaletteDeriver.derive(ColorMode.ORIGINAL, template, List.of("#0b6e4f"));
        assertThat(original.background()).isEqualTo(Rgb.WHITE);
        assertThat(original.accent()).isEqualTo(Rgb.BLACK);
    }

    @Test
    void a_brand_button_colour_too_close_to_the_background_is_replaced() {
        Palette template = new Palette("#ffffff", "#eeeeee", "#000000", "#111111", "#ffffff");
        PaintPalette brand = PaletteDeriver.derive(ColorMode.BRAND, template, List.of("#777777", "#787878"));
        assertThat(Contrast.ratio(brand.accent(), brand.background())).isGreaterThanOrEqualTo(1.8);
    }
}
