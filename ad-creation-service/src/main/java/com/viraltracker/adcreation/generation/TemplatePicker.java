package com.viraltracker.adcreation.generation;

import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.support.worker.JobFailedException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chooses the template of each variation. {@code specific} cycles through the named templates in the order
 * given; {@code all} cycles through the library; {@code random} cycles through the library shuffled with a
 * seed taken from the run id, so a redelivered run picks the same templates (and every template appears once
 * before any repeats).
 */
public final class TemplatePicker {
    private TemplatePicker() {}

    /**
     * @param library the whole library in its stable order (name, then id)
     * @throws JobFailedException NOT_FOUND when a named template or the whole library is missing
     */
    public static List<Template> pick(
            TemplateMode mode, List<UUID> templateIds, List<Template> library, UUID runId, int count) {
        List<Template> order = switch (mode) {
            case SPECIFIC -> named(templateIds, library);
            case ALL -> library;
            case RANDOM -> shuffled(library, runId);
        };
        if (order.isEmpty()) {
            throw new JobFailedException(
                    ErrorCategory.NOT_FOUND,
                    "the template library is empty; add templates with POST /api/v1/templates");
        }
        List<Template> picked = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            picked.add(order.get(i % order.size()));
        }
        return picked;
    }

    private static List<Template> named(List<UUID> ids, List<Template> library) {
        Map<UUID, Template> byId = library.stream().collect(Collectors.toMap(Template::id, Function.identity()));
        List<UUID> missing = ids.stream().filter(id -> !byId.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new JobFailedException(ErrorCategory.NOT_FOUND, "template_ids not found: " + missing);
        }
        return ids.stream().map(byId::get).toList();
    }

    private static List<Template> shuffled(List<Template> library, UUID runId) {
        List<Template> copy = new ArrayList<>(library);
        // java.util.Random's sequence is fixed by its specification, so the seed alone decides the order.
        Collections.shuffle(copy, new Random(runId.getMostSignificantBits() ^ runId.getLeastSignificantBits()));
        return copy;
    }
}
