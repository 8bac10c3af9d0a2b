package com.viraltracker.console.brands;

import com.viraltracker.console.api.AdAccount;
import com.viraltracker.console.api.BrandSummary;
import com.viraltracker.console.api.Job;
import com.viraltracker.console.api.Section;
import java.util.List;

/** One brand on the Brands page: its name, its ad accounts' state and its schedules' last runs. */
public record BrandCard(BrandSummary brand, Section<List<AdAccount>> accounts, Section<List<Job>> schedules) {
    public String title() {
        return brand.name() != null && !brand.name().isBlank()
                ? brand.name()
                : "Brand " + brand.brandId().toString().substring(0, 8);
    }
}
