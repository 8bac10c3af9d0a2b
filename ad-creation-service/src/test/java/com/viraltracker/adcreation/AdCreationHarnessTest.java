package com.viraltracker.adcreation;

import com.viraltracker.testing.ServiceHarnessContract;
import java.util.Map;

class AdCreationHarnessTest extends ServiceHarnessContract {
    @Override
    protected String schema() {
        return "ad_creation";
    }

    @Override
    protected Map<String, String> operationsWithoutSuccess() {
        String why = "a generated ad is stored only by an ad_creation run, which renders images (AdCreationJobTest)";
        return Map.of("GET /api/v1/ads/{id}", why, "GET /api/v1/ads/{id}/image.png", why);
    }
}
