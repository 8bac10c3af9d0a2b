package com.viraltracker.localstack;

/**
 * Where the demo finds each part of the stack, and which ad account and e-mail address it uses; {@code console} is
 * the web console's address, printed last (null when there is none).
 */
record DemoUrls(
        String scheduler,
        String metaSync,
        String scorecard,
        String adCreation,
        String simulator,
        String inbox,
        String adAccountId,
        String email,
        boolean simulated,
        String console) {

    static DemoUrls from(Arguments arguments) {
        return new DemoUrls(
                arguments.value("scheduler", "http://localhost:8080"),
                arguments.value("meta-sync", "http://localhost:8081"),
                arguments.value("scorecard", "http://localhost:8082"),
                arguments.value("ad-creation", "http://localhost:8083"),
                arguments.value("simulator", "http://localhost:8090"),
                arguments.value("inbox", "http://localhost:8025"),
                arguments.value("ad-account", "act_100200300400"),
                arguments.value("email", "marketing@wonderpaws.example"),
                !Boolean.parseBoolean(arguments.value("real-graph-api", "false")),
                arguments.value("console", null));
    }
}
