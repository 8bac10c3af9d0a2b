package com.viraltracker.faultsuite.poison;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The bad messages the suite produces to a consumed topic: each a kind, a key unique to it (to find it on the
 * dead-letter topic) and its bytes. {@code template} is a valid message of the topic as JSON; the kinds break it.
 * A job topic's job type is the topic itself, so "unknown job type" applies to results only.
 */
public record Poison(String kind, String key, byte[] value) {
    /** Larger than anything a real request carries, still under the broker's 1 MB message limit. */
    static final int HUGE_BYTES = 900_000;

    static List<Poison> forTopic(String validJson, String unknownTypeJson) {
        String huge =
                validJson.substring(0, validJson.length() - 1) + ", \"padding\": \"" + "x".repeat(HUGE_BYTES) + "\"}";
        List<Poison> poisons = new java.util.ArrayList<>(List.of(
                poison("bad JSON", "{\"run_id\": \"" + UUID.randomUUID() + "\", \"brand_id\": "),
                poison("not an object", "[1, 2, 3]"),
                poison(
                        "wrong types",
                        "{\"run_id\": 42, \"brand_id\": true, \"scheduled_for\": [], \"parameters\": \"x\"}"),
                poison("missing run id", validJson.replaceFirst("\"run_id\": \"[^\"]+\", ", "")),
                poison("huge payload", huge.replaceFirst("\"run_id\": \"[^\"]+\"", "\"run_id\": \"not-a-uuid\"")),
                poison("empty", "")));
        if (unknownTypeJson != null) {
            poisons.add(poison("unknown job type", unknownTypeJson));
        }
        return poisons;
    }

    private static Poison poison(String kind, String json) {
        return new Poison(
                kind,
                "poison-" + kind.replace(' ', '-') + "-" + UUID.randomUUID(),
                json.getBytes(StandardCharsets.UTF_8));
    }
}
