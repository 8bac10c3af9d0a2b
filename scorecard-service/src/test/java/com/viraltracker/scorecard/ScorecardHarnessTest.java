package com.viraltracker.scorecard;

import com.viraltracker.testing.ServiceHarnessContract;

class ScorecardHarnessTest extends ServiceHarnessContract {
    @Override
    protected String schema() {
        return "scorecard";
    }
}
