package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;

/** The body of {@code POST /api/v1/templates} and {@code PUT /api/v1/templates/{id}}. */
@SnakeCase
public record TemplateInput(String name, Integer width, Integer height, TemplateLayout layout) {}
