package com.viraltracker.adcreation.render;

import java.util.List;

/** A finished creative: the PNG and how each text on it was laid out. */
public record RenderedCreative(byte[] png, int width, int height, List<PlacedText> texts) {}
