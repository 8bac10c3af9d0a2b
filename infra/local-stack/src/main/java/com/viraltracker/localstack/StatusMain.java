package com.viraltracker.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./stack status} and the end of {@code ./stack up}: the console's URL, one table of the components (address,
 * state, log), then the schedules with their last run. Exits 0 only when every component is healthy. With {@code --wait N} it
 * first waits up to N seconds for that, and gives up early when a process the stack started has exited.
 */
public final class StatusMain {
    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StatusMain() {}

    public static void main(String[] args) throws Exception {
        Arguments arguments = Arguments.parse(args);
        List<Component> components =
                Component.read(Path.of(arguments.value("components", ".stack/run/components.tsv")));
        Duration wait = Duration.ofSeconds(arguments.intValue("wait", 0));
        Http http = new Http(StackTokens.admin("status"));
        Map<Component, Component.State> states = await(components, http, wait);
        String console = arguments.value("console", "");
        if (!console.isBlank()) {
            // What a person opens first: the web console (sign in there, as a brand's viewer or operator).
            System.out.println("Console: " + console + "/");
            System.out.println();
        }
        Table table = new Table("COMPONENT", "URL / ADDRESS", "STATE", "LOG");
        states.forEach(
                (component, state) -> table.row(component.name(), component.address(), state.label, component.log()));
        System.out.print(table);
        boolean healthy = states.values().stream().allMatch(state -> state == Component.State.HEALTHY);
        String scheduler = arguments.value("scheduler", "");
        if (!scheduler.isBlank() && http.status(scheduler + "/actuator/health/readiness") == 200) {
            System.out.println();
            System.out.print(schedules(http, scheduler));
        }
        System.out.println();
        System.out.println(
                healthy
                        ? "All components are healthy."
                        : "Not healthy: "
                                + String.join(
                                        ", ",
                                        states.entrySet().stream()
                                                .filter(entry -> entry.getValue() != Component.State.HEALTHY)
                                                .map(entry ->
                                                        entry.getKey().name() + " (" + entry.getValue().label + ")")
                                                .toList())
                                + ". See ./stack logs <component>.");
        System.exit(healthy ? 0 : 1);
    }

    private static Map<Component, Component.State> await(List<Component> components, Http http, Duration wait)
            throws Exception {
        Instant deadline = Instant.now().plus(wait);
        Instant nextReport = Instant.now().plusSeconds(10);
        while (true) {
            Map<Component, Component.State> states = new LinkedHashMap<>();
            for (Component component : components) {
                states.put(component, component.state(http));
            }
            boolean done = states.values().stream().allMatch(state -> state == Component.State.HEALTHY);
            boolean exited = states.values().stream().anyMatch(state -> state == Component.State.STOPPED);
            if (done || exited || !Instant.now().isBefore(deadline)) {
                return states;
            }
            if (Instant.now().isAfter(nextReport)) {
                List<String> pending = new ArrayList<>();
                states.forEach((component, state) -> {
                    if (state != Component.State.HEALTHY) {
                        pending.add(component.name());
                    }
                });
                System.err.println("  waiting for " + String.join(", ", pending));
                nextReport = Instant.now().plusSeconds(10);
            }
            Thread.sleep(500);
        }
    }

    /** Each schedule with when it runs next and how its last run went. */
    static String schedules(Http http, String scheduler) {
        Table table = new Table(
                "SCHEDULE", "JOB TYPE", "BRAND", "CRON (ZONE)", "STATUS", "NEXT RUN", "LAST RUN", "LAST RUN STATUS");
        JsonNode page = http.get(scheduler + "/api/v1/jobs?size=200");
        for (JsonNode job : page.path("items")) {
            String lastStatus = job.path("last_run_status").asString("never run");
            if (job.hasNonNull("last_error")) {
                lastStatus += ": " + shorten(job.path("last_error").asString(), 60);
            }
            table.row(
                    job.path("name").asString(),
                    job.path("job_type").asString(),
                    job.path("brand_id").asString(),
                    job.hasNonNull("cron_expression")
                            ? job.path("cron_expression").asString() + " ("
                                    + job.path("timezone").asString() + ")"
                            : "one time",
                    job.path("status").asString(),
                    minutes(job.path("next_run_at").asString(null)),
                    minutes(job.path("last_run_at").asString(null)),
                    lastStatus);
        }
        return table.isEmpty() ? "No schedules yet (./stack demo creates some).\n" : table.toString();
    }

    private static String minutes(String instant) {
        return instant == null ? "-" : MINUTES.format(Instant.parse(instant));
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
