package com.viraltracker.adcreation.render;

/**
 * Makes the image of one ad. The offline implementation lays the template out with Java2D; a model-backed
 * generator can replace it as another bean, as long as it reports where it put each text.
 */
public interface CreativeGenerator {

    /** Deterministic: the same request gives the same PNG bytes. */
    RenderedCreative render(CreativeRequest request);
}
