package com.viraltracker.adcreation.copy;

import com.viraltracker.adcreation.products.Product;
import java.util.List;

/**
 * Writes ad copy for a product. The offline implementation is rule-based; a model-backed writer can replace
 * it as another bean.
 */
public interface CopyWriter {

    /**
     * @return exactly {@code count} copies, pairwise different in what they print on the creative, the same
     *         list every time for the same product and count (a redelivered run must make the same ads)
     */
    List<AdCopy> write(Product product, int count);
}
