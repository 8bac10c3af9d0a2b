package com.viraltracker.adcreation.copy;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.adcreation.TestProducts;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.events.parameters.AdCreationParameters;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleBasedCopyWriterTest {
    private final CopyWriter writer = new RuleBasedCopyWriter();

    @Test
    void writes_the_most_variations_a_run_may_ask_for_pairwise_distinct_even_for_a_bare_product() {
        for (Product product :
                List.of(TestProducts.bare(), TestProducts.serum(List.of()), TestProducts.verbose(List.of()))) {
            List<AdCopy> copies = writer.write(product, AdCreationParameters.MAX_NUM_VARIATIONS);
            assertThat(copies).hasSize(AdCreationParameters.MAX_NUM_VARIATIONS);
            assertThat(copies.stream().map(AdCopy::imageKey).distinct()).hasSize(copies.size());
        }
    }

    @Test
    void keeps_every_field_within_metas_limits_however_long_the_product_text_is() {
        for (AdCopy copy : writer.write(TestProducts.verbose(List.of()), 50)) {
            assertThat(copy.headline())
                    .hasSizeLessThanOrEqualTo(MetaTextLimits.HEADLINE)
                    .isNotBlank();
            assertThat(copy.primaryText())
                    .hasSizeLessThanOrEqualTo(MetaTextLimits.PRIMARY_TEXT)
                    .isNotBlank();
            assertThat(copy.imageText())
                    .hasSizeLessThanOrEqualTo(MetaTextLimits.IMAGE_TEXT)
                    .isNotBlank();
        }
    }

    @Test
    void rotates_headline_image_text_and_call_to_action_from_the_products_own_words() {
        List<AdCopy> copies = writer.write(TestProducts.serum(List.of()), 5);
        assertThat(copies)
                .extracting(AdCopy::headline)
                .startsWith("Brighter skin in 14 days", "Fragrance free", "Dermatologist tested");
        assertThat(copies)
                .extracting(AdCopy::imageText)
                .doesNotHaveDuplicates()
                .contains("20% off your first order · Now $24.99");
        assertThat(copies)
                .extracting(AdCopy::callToAction)
                .doesNotHaveDuplicates()
                .startsWith(CallToAction.GET_OFFER);
        assertThat(copies).extracting(AdCopy::primaryText).anyMatch(text -> text.contains("$24.99"));
    }

    @Test
    void writes_the_same_copy_every_time_for_the_same_product() {
        Product product = TestProducts.serum(List.of());
        assertThat(writer.write(product, 20)).isEqualTo(writer.write(product, 20));
    }

    @Test
    void shortens_at_a_word_boundary_with_an_ellipsis() {
        assertThat(MetaTextLimits.shorten("The quick brown fox jumps over the lazy dog", 20))
                .isEqualTo("The quick brown fox…");
        assertThat(MetaTextLimits.shorten("Short enough", 20)).isEqualTo("Short enough");
        assertThat(MetaTextLimits.shorten("x".repeat(50), 20)).hasSize(20).endsWith("…");
    }
}
