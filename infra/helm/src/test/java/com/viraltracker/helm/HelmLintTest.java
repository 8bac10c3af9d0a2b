package com.viraltracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** helm lint --strict (warnings fail too) with each values file. */
class HelmLintTest {
    private final Helm helm = Helm.installed();

    static Stream<Chart> valuesFiles() {
        return Stream.of(Chart.small(), Chart.large());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valuesFiles")
    void lints_clean_with_each_values_file(Chart chart) {
        Helm.Result result = helm.lint(Chart.DIRECTORY, chart.valuesFiles(), chart.sets());

        assertThat(result.exitCode()).as(result.describe()).isZero();
        assertThat(result.stdout()).contains("1 chart(s) linted, 0 chart(s) failed");
    }

    @Test
    void the_defaults_alone_name_what_an_installer_must_give() {
        Helm.Result result = helm.template(
                Chart.DIRECTORY,
                Chart.defaults().valuesFiles(),
                Chart.defaults().sets());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("postgresql.host is required");
    }

    @Test
    void a_token_issuer_is_required_so_no_service_runs_open() {
        Chart withoutIssuer = Chart.small().with("auth.jwt.issuerUri=");

        Helm.Result result = helm.template(Chart.DIRECTORY, withoutIssuer.valuesFiles(), withoutIssuer.sets());

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.errors()).contains("auth.jwt.issuerUri");
    }
}
