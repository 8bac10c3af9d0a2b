package com.viraltracker.graphsim;

import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone for the local stack:
 * {@code java -jar graph-simulator-all.jar [--port=8090] [--polls=3] [--usage-per-call=0.5]
 * [--account=<id>[:<currency>:<time zone>:<campaigns>x<ad sets>x<ads>]]... [--app=<app id>:<app secret>]...
 * [--facebook-user=<user id>:<name>:<ad account id>,...]...}. Only the accounts given here or added
 * later ({@code PUT /_admin/accounts/{id}}) exist; any other id is answered as Meta answers for one that does not.
 */
public final class GraphSimulatorMain {
    private GraphSimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        SimulatorConfig config = SimulatorConfig.defaults().withPort(8090);
        java.util.List<AccountSpec> accounts = new java.util.ArrayList<>();
        java.util.List<FacebookApp> apps = new java.util.ArrayList<>();
        java.util.List<FacebookUser> users = new java.util.ArrayList<>();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--port=")) {
                config = config.withPort(Integer.parseInt(value));
            } else if (arg.startsWith("--polls=")) {
                config = config.withPollsUntilComplete(Integer.parseInt(value));
            } else if (arg.startsWith("--usage-per-call=")) {
                config = config.withUsagePercentPerCall(Double.parseDouble(value));
            } else if (arg.startsWith("--account=")) {
                accounts.add(account(value));
            } else if (arg.startsWith("--app=")) {
                String[] parts = value.split(":", 2);
                apps.add(FacebookApp.of(parts[0], parts.length > 1 ? parts[1] : ""));
            } else if (arg.startsWith("--facebook-user=")) {
                String[] parts = value.split(":", 3);
                users.add(new FacebookUser(
                        parts[0],
                        parts.length > 1 ? parts[1] : null,
                        parts.length > 2 ? java.util.List.of(parts[2].split(",")) : java.util.List.of()));
            } else {
                System.err.println("unknown argument " + arg);
                System.exit(2);
            }
        }
        GraphSimulator simulator = GraphSimulator.start(config);
        accounts.forEach(simulator::account);
        apps.forEach(simulator::app);
        users.forEach(simulator::facebookUser);
        System.out.println("Graph API simulator listening on " + simulator.baseUrl() + " (admin under /_admin)");
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close));
        new CountDownLatch(1).await();
    }

    private static AccountSpec account(String value) {
        String[] parts = value.split(":");
        AccountSpec spec = AccountSpec.of(parts[0]);
        if (parts.length > 1) {
            spec = spec.withCurrency(parts[1]);
        }
        if (parts.length > 2) {
            spec = spec.withTimeZone(ZoneId.of(parts[2]));
        }
        if (parts.length > 3) {
            String[] shape = parts[3].split("x");
            spec = spec.withAds(Integer.parseInt(shape[0]), Integer.parseInt(shape[1]), Integer.parseInt(shape[2]));
        }
        return spec;
    }
}
