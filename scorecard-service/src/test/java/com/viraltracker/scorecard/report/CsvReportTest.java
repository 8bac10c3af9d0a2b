package com.viraltracker.scorecard.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvReportTest {

    @Test
    void quotes_fields_with_commas_quotes_or_line_breaks_and_doubles_quotes() {
        assertThat(CsvReport.quote("plain")).isEqualTo("plain");
        assertThat(CsvReport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvReport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvReport.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvReport.quote("cr\rlf")).isEqualTo("\"cr\rlf\"");
        assertThat(CsvReport.quote(null)).isEmpty();
    }

    @Test
    void defuses_text_that_a_spreadsheet_would_run_as_a_formula() {
        assertThat(CsvReport.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvReport.text("+44 offer")).isEqualTo("'+44 offer");
        assertThat(CsvReport.text("-50% sale")).isEqualTo("'-50% sale");
        assertThat(CsvReport.text("@mention")).isEqualTo("'@mention");
        assertThat(CsvReport.text("50% sale")).isEqualTo("50% sale");
    }
}
