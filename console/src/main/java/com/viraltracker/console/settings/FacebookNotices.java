package com.viraltracker.console.settings;

import java.util.Map;
import java.util.Optional;

/** How a finished Facebook login ended ({@code ?facebook=…}, meta-sync's outcome), in a sentence. */
final class FacebookNotices {
    private static final Map<String, String> SENTENCES = Map.of(
            "connected", "Connected to Facebook. Choose the ad accounts to link.",
            "denied", "The Facebook login was cancelled: nothing was connected.",
            "missing_scope",
                    "Facebook did not grant ads_read on any ad account: nothing was connected. Connect again and"
                            + " allow access to the ad accounts.",
            "failed", "The Facebook login could not be finished: nothing was connected. Try again.",
            "other_facebook_user",
                    "You logged in to Facebook as someone other than this connection's user: nothing was replaced."
                            + " Log in as them to reconnect, or connect as a new user.");

    private FacebookNotices() {}

    static Optional<String> of(String outcome) {
        return Optional.ofNullable(outcome).map(SENTENCES::get);
    }
}
