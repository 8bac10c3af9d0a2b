package com.viraltracker.console.settings;

import com.viraltracker.console.api.AdAccount;
import com.viraltracker.console.api.FacebookConnection;
import com.viraltracker.console.api.Section;
import com.viraltracker.console.web.BrandHeader;
import java.util.List;
import java.util.Map;

/**
 * The Settings page: the brand's name, its ad accounts and its Facebook connections.
 *
 * @param errors a refused form's reasons by input ({@code name}, {@code ad_account_id}) and {@code general}
 * @param entered what was typed into the refused form, shown again
 */
public record SettingsView(
        BrandHeader brand,
        Section<List<AdAccount>> accounts,
        Section<List<FacebookConnection>> connections,
        Map<String, String> errors,
        Map<String, String> entered,
        String flash) {
    public SettingsView {
        errors = Map.copyOf(errors);
        entered = Map.copyOf(entered);
    }
}
