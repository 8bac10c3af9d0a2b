package com.viraltracker.scheduler;

import com.viraltracker.testing.ServiceHarnessContract;

class SchedulerHarnessTest extends ServiceHarnessContract {
    @Override
    protected String schema() {
        return "scheduler";
    }
}
