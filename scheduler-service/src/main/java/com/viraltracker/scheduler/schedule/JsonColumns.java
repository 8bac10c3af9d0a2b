package com.viraltracker.scheduler.schedule;

import com.viraltracker.events.serde.EventJson;
import io.r2dbc.postgresql.codec.Json;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** jsonb columns to and from plain maps, with the wire format's mapper. */
public final class JsonColumns {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private JsonColumns() {}

    public static Map<String, Object> read(Json json) {
        return json == null ? Map.of() : EventJson.mapper().readValue(json.asArray(), MAP);
    }

    public static Json write(Object value) {
        return Json.of(EventJson.write(value == null ? Map.of() : value));
    }
}
