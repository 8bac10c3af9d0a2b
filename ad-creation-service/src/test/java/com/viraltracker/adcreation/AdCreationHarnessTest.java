package com.viraltracker.adcreation;

import com.viraltracker.testing.ServiceHarnessContract;

class AdCreationHarnessTest extends ServiceHarnessContract {
    @Override
    protected String schema() {
        return "ad_creation";
    }
}
