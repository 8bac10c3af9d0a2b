package com.viraltracker.metasync;

import com.viraltracker.testing.ServiceHarnessContract;

class MetaSyncHarnessTest extends ServiceHarnessContract {
    @Override
    protected String schema() {
        return "meta_sync";
    }
}
