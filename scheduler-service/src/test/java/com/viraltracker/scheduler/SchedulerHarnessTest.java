package com.viraltracker.scheduler;

import com.viraltracker.testing.ServiceHarnessContract;
import java.util.Map;

class SchedulerHarnessTest extends ServiceHarnessContract {
    @Override
    protected String schema() {
        return "scheduler";
    }

    @Override
    protected Map<String, String> operationsWithoutSuccess() {
        return Map.of(
                "POST /api/v1/runs/{id}/rerun",
                "only a finished run runs again, and a run finishes when a worker reports it, which the harness has "
                        + "none of (BrandRunHistoryApiTest runs a finished one again)");
    }
}
