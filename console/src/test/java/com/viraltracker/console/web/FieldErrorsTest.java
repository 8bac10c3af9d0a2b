package com.viraltracker.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.viraltracker.console.api.ApiProblemException;
import com.viraltracker.console.api.ApiProblemException.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {
    @Test
    void each_reason_goes_under_the_input_the_service_named_whatever_its_spelling() {
        ApiProblemException problem = new ApiProblemException(
                400,
                "daysBack: must be one of 3, 7, 14, 30",
                List.of(
                        new FieldError("daysBack", "must be one of 3, 7, 14, 30"),
                        new FieldError("parameters.hour", "must be 0-23")));

        assertThat(FieldErrors.of(problem, "panel", "days_back", "hour"))
                .containsEntry("days_back", "must be one of 3, 7, 14, 30")
                .containsEntry("hour", "must be 0-23")
                .doesNotContainKey("panel");
    }

    @Test
    void a_field_the_form_does_not_have_is_shown_above_it_with_its_name() {
        ApiProblemException problem = new ApiProblemException(
                400, "body: is not valid JSON", List.of(new FieldError("body", "is not valid JSON")));

        assertThat(FieldErrors.of(problem, "general", "name"))
                .containsOnlyKeys("general")
                .containsValue("body is not valid JSON");
    }

    @Test
    void a_refusal_without_fields_shows_its_detail() {
        ApiProblemException problem = new ApiProblemException(409, "the run is still running", List.of());

        assertThat(FieldErrors.of(problem, "general")).containsEntry("general", "the run is still running");
    }
}
