package com.viraltracker.adcreation.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.viraltracker.adcreation.templates.Template;
import com.viraltracker.events.parameters.TemplateMode;
import com.viraltracker.events.result.ErrorCategory;
import com.viraltracker.support.worker.JobFailedException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TemplatePickerTest {
    private final List<Template> library = IntStream.range(0, 6)
            .mapToObj(i -> new Template(UUID.randomUUID(), "t" + i, 1080, 1080, null, Instant.EPOCH, Instant.EPOCH))
            .toList();

    @Test
    void all_mode_goes_round_robin_through_the_library() {
        List<Template> picked = TemplatePicker.pick(TemplateMode.ALL, List.of(), library, UUID.randomUUID(), 8);
        assertThat(picked)
                .containsExactly(
                        library.get(0),
                        library.get(1),
                        library.get(2),
                        library.get(3),
                        library.get(4),
                        library.get(5),
                        library.get(0),
                        library.get(1));
    }

    @Test
    void specific_mode_cycles_through_the_named_templates_in_the_given_order() {
        List<UUID> named = List.of(library.get(4).id(), library.get(1).id());
        List<Template> picked = TemplatePicker.pick(TemplateMode.SPECIFIC, named, library, UUID.randomUUID(), 3);
        assertThat(picked).containsExactly(library.get(4), library.get(1), library.get(4));
    }

    @Test
    void random_mode_repeats_for_the_same_run_uses_every_template_before_repeating_and_varies_between_runs() {
        UUID run = UUID.fromString("6a1f8c2e-4b7d-4e0a-9c3f-2d5e8b1a7f60");
        List<Template> first = TemplatePicker.pick(TemplateMode.RANDOM, List.of(), library, run, 12);
        assertThat(TemplatePicker.pick(TemplateMode.RANDOM, List.of(), library, run, 12))
                .isEqualTo(first);
        assertThat(new HashSet<>(first.subList(0, 6))).hasSize(6);
        Set<List<Template>> orders = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            orders.add(TemplatePicker.pick(TemplateMode.RANDOM, List.of(), library, UUID.randomUUID(), 6));
        }
        assertThat(orders.size()).isGreaterThan(1);
    }

    @Test
    void a_named_template_that_does_not_exist_fails_the_run_as_not_found() {
        UUID missing = UUID.randomUUID();
        assertThatThrownBy(() -> TemplatePicker.pick(
                        TemplateMode.SPECIFIC, List.of(library.get(0).id(), missing), library, UUID.randomUUID(), 2))
                .isInstanceOf(JobFailedException.class)
                .hasMessageContaining(missing.toString())
                .extracting(e -> ((JobFailedException) e).category())
                .isEqualTo(ErrorCategory.NOT_FOUND);
    }

    @Test
    void an_empty_library_fails_the_run_as_not_found() {
        assertThatThrownBy(() -> TemplatePicker.pick(TemplateMode.ALL, List.of(), List.of(), UUID.randomUUID(), 1))
                .isInstanceOf(JobFailedException.class)
                .extracting(e -> ((JobFailedException) e).category())
                .isEqualTo(ErrorCategory.NOT_FOUND);
    }
}
