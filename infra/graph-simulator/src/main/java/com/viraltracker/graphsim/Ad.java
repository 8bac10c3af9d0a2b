package com.viraltracker.graphsim;

import java.util.ArrayList;
import java.util.List;

/** One ad with the campaign and ad set it belongs to; ids are numeric strings like Meta's. */
public record Ad(String campaignId, String campaignName, String adsetId, String adsetName, String adId, String adName) {

    /** The account's ads in a stable order, with ids derived from the account id so they never collide. */
    static List<Ad> of(AccountSpec spec) {
        List<Ad> ads = new ArrayList<>();
        for (int c = 1; c <= spec.campaigns(); c++) {
            String campaignId = "23" + spec.id() + pad(c);
            for (int s = 1; s <= spec.adSetsPerCampaign(); s++) {
                String adsetId = "24" + spec.id() + pad(c) + pad(s);
                for (int a = 1; a <= spec.adsPerAdSet(); a++) {
                    ads.add(new Ad(
                            campaignId,
                            "Campaign " + c,
                            adsetId,
                            "Campaign " + c + " / Ad set " + s,
                            "25" + spec.id() + pad(c) + pad(s) + pad(a),
                            "Ad " + c + "." + s + "." + a));
                }
            }
        }
        return List.copyOf(ads);
    }

    private static String pad(int n) {
        return String.format("%03d", n);
    }
}
