package com.viraltracker.metasync;

import com.viraltracker.testing.ServiceHarnessContract;

class MetaSyncHarnessTest extends ServiceHarnessContract {
    static {
        // The same context as the other tests of this module: it must not reach for a Graph API on port 8090.
        TestGraphSimulator.get();
    }

    @Override
    protected String schema() {
        return "meta_sync";
    }
}
