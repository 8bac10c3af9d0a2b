package com.viraltracker.testing.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** One operation of an OpenAPI document: {@code POST /api/v1/jobs} and what the document says of it. */
public record ApiOperation(String method, String path, JsonNode node) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** {@code "POST /api/v1/jobs"}. */
    public String key() {
        return method + " " + path;
    }

    public List<JsonNode> parameters(String in) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode parameter : node.path("parameters")) {
            if (in.equals(parameter.path("in").asString())) {
                found.add(parameter);
            }
        }
        return found;
    }

    public List<String> pathVariables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    public boolean reads() {
        return method.equals("GET");
    }

    public JsonNode requestContent() {
        return node.path("requestBody").path("content");
    }
}
