package com.viraltracker.benchmarks.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleVisitorTest {

    @Test
    void a_pages_weight_counts_its_scripts_and_stylesheets_once_each_and_no_other_links() {
        String html = """
                <head>
                  <link rel="icon" href="/favicon.ico">
                  <link rel="stylesheet" href="/css/console.css">
                  <link href="/webjars/uplot/dist/uPlot.min.css" rel="stylesheet">
                  <script defer src="/webjars/htmx.org/dist/htmx.min.js"></script>
                  <script defer src="/js/console.js"></script>
                </head>
                <body><script src="/js/console.js"></script><a href="/brands">Brands</a></body>""";

        assertThat(ConsoleVisitor.assets(html))
                .containsExactly(
                        "/webjars/htmx.org/dist/htmx.min.js",
                        "/js/console.js",
                        "/css/console.css",
                        "/webjars/uplot/dist/uPlot.min.css");
    }
}
