package com.viraltracker.scorecard.scoring;

import java.math.BigDecimal;

/**
 * Sorts an ad by its return on ad spend. Compares {@code revenue} with {@code threshold × spend} exactly,
 * so an ad at ROAS 1.99996 is not promoted by rounding, and ROAS exactly 2.0 is a top performer.
 *
 * @param topPerformerRoas   at or above: top performer
 * @param needsAttentionRoas below: needs attention
 */
public record RoasClassifier(BigDecimal topPerformerRoas, BigDecimal needsAttentionRoas) {

    public RoasClassifier {
        if (needsAttentionRoas.compareTo(topPerformerRoas) > 0) {
            throw new IllegalArgumentException("needs-attention ROAS " + needsAttentionRoas
                    + " is above the top-performer ROAS " + topPerformerRoas);
        }
    }

    /** @param spend more than zero: without spend there is no return to judge */
    public Category classify(BigDecimal spend, BigDecimal revenue) {
        if (spend.signum() <= 0) {
            throw new IllegalArgumentException("an ad without spend has no ROAS");
        }
        if (revenue.compareTo(topPerformerRoas.multiply(spend)) >= 0) {
            return Category.TOP_PERFORMER;
        }
        if (revenue.compareTo(needsAttentionRoas.multiply(spend)) < 0) {
            return Category.NEEDS_ATTENTION;
        }
        return Category.IN_BETWEEN;
    }
}
