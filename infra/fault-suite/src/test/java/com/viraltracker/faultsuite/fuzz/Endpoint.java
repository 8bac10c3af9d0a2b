package com.viraltracker.faultsuite.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: method, path template, its path and query parameter names, the
 * content type and property names of its request body (if it has one).
 */
record Endpoint(
        String service,
        String method,
        String path,
        List<String> pathParameters,
        List<String> queryParameters,
        String bodyContentType,
        List<String> bodyProperties) {

    boolean mutates() {
        return !method.equals("GET");
    }

    /** Every operation in the document, with {@code $ref} body schemas resolved one level. */
    static List<Endpoint> fromOpenApi(String service, JsonNode document) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                List<String> pathParameters = new ArrayList<>();
                List<String> queryParameters = new ArrayList<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    (parameter.path("in").asString().equals("path") ? pathParameters : queryParameters)
                            .add(parameter.path("name").asString());
                }
                String contentType = null;
                List<String> properties = new ArrayList<>();
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (!content.isMissingNode() && !content.isEmpty()) {
                    Map.Entry<String, JsonNode> first =
                            content.properties().iterator().next();
                    contentType = first.getKey();
                    JsonNode schema = resolve(document, first.getValue().path("schema"));
                    schema.path("properties").propertyNames().forEach(properties::add);
                }
                endpoints.add(new Endpoint(
                        service,
                        operation.getKey().toUpperCase(java.util.Locale.ROOT),
                        path.getKey(),
                        pathParameters,
                        queryParameters,
                        contentType,
                        properties));
            }
        }
        return endpoints;
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return document.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }
}
