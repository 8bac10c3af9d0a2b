package com.viraltracker.graphsim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** One account's configuration, restatements, pending faults and usage counters; guarded by its monitor. */
final class AccountState {
    private AccountSpec spec;
    private int restatements;
    private final List<Fault> faults = new ArrayList<>();
    private long calls;
    private long usageCalls;
    private double usageBase;
    private double usagePerCall = -1;
    private String requiredAccessToken;
    private boolean permitted = true;

    AccountState(AccountSpec spec) {
        this.spec = spec;
    }

    synchronized AccountSpec spec() {
        return spec;
    }

    synchronized void spec(AccountSpec value) {
        spec = value;
    }

    synchronized int restatements() {
        return restatements;
    }

    synchronized void restate() {
        restatements++;
    }

    synchronized void addFault(Fault fault) {
        faults.add(fault);
    }

    synchronized void clearFaults() {
        faults.clear();
    }

    /** Counts the call and takes the first fault that hits it (using up one of its times). */
    synchronized Optional<Fault> onCall(Fault.Endpoint endpoint) {
        calls++;
        usageCalls++;
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.kind() == Fault.Kind.ASYNC_JOB_FAILS || !fault.scope().matches(endpoint)) {
                continue;
            }
            if (fault.times() != Fault.FOREVER) {
                it.remove();
                if (fault.times() > 1) {
                    faults.add(0, fault.times(fault.times() - 1));
                }
            }
            return Optional.of(fault);
        }
        return Optional.empty();
    }

    synchronized boolean asyncJobsFail() {
        return faults.stream().anyMatch(fault -> fault.kind() == Fault.Kind.ASYNC_JOB_FAILS);
    }

    /** Only requests carrying this token may read the account (null: any token), like a client's own account. */
    synchronized void requireAccessToken(String token) {
        requiredAccessToken = token;
    }

    synchronized boolean accepts(String accessToken) {
        return requiredAccessToken == null || requiredAccessToken.equals(accessToken);
    }

    synchronized void permission(boolean granted) {
        permitted = granted;
    }

    synchronized boolean permitted() {
        return permitted;
    }

    synchronized long calls() {
        return calls;
    }

    /**
     * Utilisation in percent, as the usage headers report it: a base plus a share per call (the account's own share
     * when one was set, else {@code defaultPercentPerCall}).
     */
    synchronized double usagePercent(double defaultPercentPerCall) {
        double perCall = usagePerCall >= 0 ? usagePerCall : defaultPercentPerCall;
        return Math.min(100.0, usageBase + usageCalls * perCall);
    }

    synchronized void usagePerCall(double percent) {
        usagePerCall = percent;
    }

    /** The calls counted in the usage headers are older than Meta's window: usage falls back to its base. */
    synchronized void forgetUsageCalls() {
        usageCalls = 0;
    }

    synchronized void usage(double basePercent) {
        usageBase = basePercent;
        usageCalls = 0;
    }
}
