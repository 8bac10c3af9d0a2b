package com.viraltracker.console.web;

import com.viraltracker.console.api.BrandSummary;
import java.util.List;
import java.util.UUID;

/**
 * The brand a page is about, as the header shows it: its name (or a short id while it has none), whether the user
 * may change it, and the other brands to switch to.
 */
public record BrandHeader(UUID id, String name, boolean mayChange, List<BrandSummary> brands) {
    public BrandHeader {
        brands = List.copyOf(brands);
    }

    /** The name to show: the profile's, or "Brand 1a2b3c4d" for a brand nobody has named. */
    public String title() {
        return name != null && !name.isBlank() ? name : "Brand " + id.toString().substring(0, 8);
    }
}
