package com.viraltracker.graphsim;

import java.util.Map;
import java.util.Set;

/**
 * A Meta app as Facebook Login knows it: its id, its secret and its name on the consent page. {@code
 * configurations} are Facebook Login for Business configurations: a {@code config_id} in the dialog stands for the
 * permissions it lists.
 */
public record FacebookApp(String id, String secret, String name, Map<String, Set<String>> configurations) {

    public FacebookApp {
        if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("an app needs an id and a secret");
        }
        name = name == null || name.isBlank() ? "App " + id : name;
        configurations = configurations == null ? Map.of() : Map.copyOf(configurations);
    }

    public static FacebookApp of(String id, String secret) {
        return new FacebookApp(id, secret, null, Map.of());
    }

    public FacebookApp withConfiguration(String configId, Set<String> scopes) {
        var all = new java.util.HashMap<>(configurations);
        all.put(configId, Set.copyOf(scopes));
        return new FacebookApp(id, secret, name, all);
    }
}
