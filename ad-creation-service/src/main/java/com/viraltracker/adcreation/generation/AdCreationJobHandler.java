package com.viraltracker.adcreation.generation;

import com.viraltracker.adcreation.ads.GeneratedAdRepository;
import com.viraltracker.adcreation.ads.NewAd;
import com.viraltracker.adcreation.color.PaintPalette;
import com.viraltracker.adcreation.color.PaletteDeriver;
import com.viraltracker.adcreation.copy.AdCopy;
import com.viraltracker.adcreation.copy.CopyWriter;
import com.viraltracker.adcreation.products.ImageDecoder;
import com.viraltracker.adcreation.products.Product;
import com.viraltracker.adcreation.products.ProductImageRepository;
import com.viraltracker.adcreation.products.ProductRepository;
import com.viraltracker.adcreation.products.UploadedImage;
import com.viraltracker.adcreation.render.CreativeGenerator;
import com.viraltracker.adcreation.render.CreativeRequest;
import com.viraltracker.adcreation.render.RenderedCreative;
import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.adcreation.templates.TemplateRepository;
import com.viraltracker.events.JobType;
import com.viraltracker.events.parameters.AdCreationParameters;
import com.viraltracker.events.parameters.ColorMode;
import com.viraltracker.events.request.AdCreationRequested;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.support.worker.JobFailedException;
import com.viraltracker.support.worker.JobHandler;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An ad_creation run: for the product, {@code num_variations} ads, each a copy variant rendered on a picked
 * template in the run's colour mode. Rows are upserted by (run id, variation index) and everything is
 * deterministic in the run, so a run redelivered half-way rewrites the same ads instead of adding more.
 */
@Component
public class AdCreationJobHandler implements JobHandler<AdCreationRequested> {
    private static final Logger log = LoggerFactory.getLogger(AdCreationJobHandler.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);

    private final ProductRepository products;
    private final ProductImageRepository images;
    private final TemplateRepository templates;
    private final GeneratedAdRepository ads;
    private final CopyWriter copyWriter;
    private final CreativeGenerator creatives;
    private final Clock clock;
    private final AdCreationMetrics metrics;

    public AdCreationJobHandler(
            ProductRepository products,
            ProductImageRepository images,
            TemplateRepository templates,
            GeneratedAdRepository ads,
            CopyWriter copyWriter,
            CreativeGenerator creatives,
            Clock clock,
            AdCreationMetrics metrics) {
        this.products = products;
        this.images = images;
        this.templates = templates;
        this.ads = ads;
        this.copyWriter = copyWriter;
        this.creatives = creatives;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public JobType jobType() {
        return JobType.AD_CREATION;
    }

    @Override
    public Map<String, Object> handle(AdCreationRequested request) {
        AdCreationParameters parameters = request.parameters();
        Product product = product(request);
        BufferedImage productImage = productImage(product);
        if (parameters.colorMode() != ColorMode.ORIGINAL
                && product.brandColors().isEmpty()) {
            throw new JobFailedException(
                    ErrorCategory.INVALID_INPUT,
                    "color_mode " + parameters.colorMode().wireName()
                            + " needs brand colours, and product " + product.id()
                            + " has none; set brand_colors on the "
                            + "product or use color_mode original");
        }
        List<Template> library = templates.findAll().collectList().block(DB_TIMEOUT);
        List<Template> picked = TemplatePicker.pick(
                parameters.templateMode(),
                parameters.templateIds(),
                library,
                request.runId(),
                parameters.numVariations());
        List<AdCopy> copies = copyWriter.write(product, parameters.numVariations());
        Instant now = clock.instant();
        Set<String> templatesUsed = new LinkedHashSet<>();
        for (int index = 0; index < parameters.numVariations(); index++) {
            Template template = picked.get(index);
            AdCopy copy = copies.get(index);
            PaintPalette palette = PaletteDeriver.derive(
                    parameters.colorMode(), template.layout().palette(), product.brandColors());
            RenderedCreative creative = metrics.timeRender(
                    () -> creatives.render(new CreativeRequest(template, palette, copy, productImage)));
            ads.upsert(new NewAd(
                            request.runId(),
                            request.brandId(),
                            product.id(),
                            index,
                            template,
                            parameters.colorMode(),
                            copy,
                            creative,
                            now))
                    .block(DB_TIMEOUT);
            metrics.adCreated();
            templatesUsed.add(template.name());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("product_id", product.id().toString());
        summary.put("ads_created", parameters.numVariations());
        summary.put("templates_used", List.copyOf(templatesUsed));
        summary.put("color_mode", parameters.colorMode().wireName());
        log.info(
                "run {} made {} ads for product {} in {} ms",
                request.runId(),
                parameters.numVariations(),
                product.id(),
                Duration.between(now, clock.instant()).toMillis());
        return summary;
    }

    private Product product(AdCreationRequested request) {
        AdCreationParameters parameters = request.parameters();
        Product product = products.find(parameters.productId())
                .blockOptional(DB_TIMEOUT)
                .orElseThrow(() -> new JobFailedException(
                        ErrorCategory.NOT_FOUND, "product " + parameters.productId() + " does not exist"));
        if (!product.brandId().equals(request.brandId())) {
            // Same answer as a missing product: one brand's run must not learn about another brand's products.
            throw new JobFailedException(
                    ErrorCategory.NOT_FOUND,
                    "product " + parameters.productId() + " does not exist for brand " + request.brandId());
        }
        return product;
    }

    private BufferedImage productImage(Product product) {
        UploadedImage image = images.find(product.id())
                .blockOptional(DB_TIMEOUT)
                .orElseThrow(() -> new JobFailedException(
                        ErrorCategory.INVALID_INPUT,
                        "product " + product.id() + " has no image; upload one with PUT /api/v1/products/"
                                + product.id() + "/image"));
        return ImageDecoder.decode(image.bytes());
    }
}
