package com.viraltracker.graphsim;

import java.util.List;

/** A simulated Facebook user and the ad accounts they may grant an app (ids without {@code act_}). */
public record FacebookUser(String id, String name, List<String> adAccountIds) {

    public FacebookUser {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a user needs an id");
        }
        name = name == null || name.isBlank() ? "User " + id : name;
        adAccountIds = adAccountIds.stream().map(AccountSpec::stripPrefix).toList();
    }

    public static FacebookUser of(String id, String name, String... adAccountIds) {
        return new FacebookUser(id, name, List.of(adAccountIds));
    }
}
