package com.viraltracker.adcreation.templates;

import com.viraltracker.events.serde.SnakeCase;
import java.time.Instant;
import java.util.UUID;

/** One layout of the library, such as a 1080×1080 feed card or a 1080×1920 story. */
@SnakeCase
public record Template(
        UUID id, String name, int width, int height, TemplateLayout layout, Instant createdAt, Instant updatedAt) {}
