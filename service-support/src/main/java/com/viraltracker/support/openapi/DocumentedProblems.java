package com.viraltracker.support.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;

/**
 * Documents the RFC 9457 problems every operation can answer, worked out from the operation's shape the way
 * {@code ProblemDetailsAdvice} and the security chain answer them, so that no controller repeats them: 401 on
 * every operation (all need a bearer token), 403 on every change (a viewer may only read), 400 where there is input,
 * 404 where an id names something (in the path, a uuid query parameter, or a uuid in the body, such as a brand the
 * caller may not act on), 413 and 415 where there is a body. A controller declares only what is its own (409, 429,
 * 502...) with {@code @ApiResponse(responseCode, description)}; every 4xx and 5xx answer gets the problem body.
 */
final class DocumentedProblems implements OpenApiCustomizer {
    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final String SCHEMAS = "#/components/schemas/";

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.setComponents(new Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas(FIELD_ERROR, fieldErrorSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .values()
                .forEach(item ->
                        item.readOperationsMap().forEach((method, operation) -> document(openApi, method, operation)));
    }

    private static void document(OpenAPI openApi, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasBody = operation.getRequestBody() != null;
        if (hasBody || !parameters.isEmpty()) {
            declare(responses, HttpStatus.BAD_REQUEST, "Invalid input: `errors` names each bad field and why");
        }
        declare(responses, HttpStatus.UNAUTHORIZED, "No bearer token, or one that was refused (expired, bad signature)")
                .addHeaderObject(
                        "WWW-Authenticate",
                        new Header()
                                .description("`Bearer`, with `error=\"invalid_token\"` for a refused token")
                                .schema(new StringSchema()));
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            declare(responses, HttpStatus.FORBIDDEN, "The token's role may not make this change");
        }
        if (namesSomething(openApi, parameters, operation)) {
            declare(responses, HttpStatus.NOT_FOUND, "Not found, or of a brand the caller may not act on");
        }
        if (hasBody) {
            declare(responses, HttpStatus.CONTENT_TOO_LARGE, "The request body is over the size limit");
            declare(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The request body is not of a type listed here");
        }
        responses.forEach((code, response) -> {
            if (isError(code)) {
                asProblem(code, response);
            }
        });
        if (responses.get("429") != null) {
            responses
                    .get("429")
                    .addHeaderObject(
                            "Retry-After",
                            new Header()
                                    .description("seconds to wait before trying again")
                                    .schema(new IntegerSchema()));
        }
        sortByCode(responses);
    }

    private static ApiResponse declare(ApiResponses responses, HttpStatus status, String description) {
        String code = String.valueOf(status.value());
        ApiResponse response = responses.get(code);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(code, response);
        }
        return response;
    }

    private static void asProblem(String code, ApiResponse response) {
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(HttpStatus.valueOf(Integer.parseInt(code)).getReasonPhrase());
        }
        // springdoc gives an annotated error answer the controller's own media type; the answer is a problem.
        response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))));
    }

    private static boolean isError(String code) {
        return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
    }

    /** An id in the path, a uuid query parameter, or a uuid property of the body names what may not be there. */
    private static boolean namesSomething(OpenAPI openApi, List<Parameter> parameters, Operation operation) {
        for (Parameter parameter : parameters) {
            if ("path".equals(parameter.getIn())
                    || ("query".equals(parameter.getIn()) && isUuid(parameter.getSchema()))) {
                return true;
            }
        }
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        for (MediaType media : operation.getRequestBody().getContent().values()) {
            Schema<?> body = resolve(openApi, media.getSchema());
            if (body != null && body.getProperties() != null) {
                for (Schema<?> property : body.getProperties().values()) {
                    if (isUuid(resolve(openApi, property))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isUuid(Schema<?> schema) {
        return schema != null && "uuid".equals(schema.getFormat());
    }

    private static Schema<?> resolve(OpenAPI openApi, Schema<?> schema) {
        if (schema == null || schema.get$ref() == null || !schema.get$ref().startsWith(SCHEMAS)) {
            return schema;
        }
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        return schemas == null ? null : schemas.get(schema.get$ref().substring(SCHEMAS.length()));
    }

    private static void sortByCode(ApiResponses responses) {
        Map<String, ApiResponse> sorted = new TreeMap<>(responses);
        responses.clear();
        responses.putAll(sorted);
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref(SCHEMAS + name);
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("An RFC 9457 problem: what went wrong, for a person, and for a 400 which fields")
                .addProperty(
                        "type",
                        new StringSchema()
                                .format("uri")
                                .description(
                                        "what kind of problem, such as https://viraltracker.dev/problems/invalid-input;"
                                                + " absent means about:blank: the status says it all"))
                .addProperty("title", new StringSchema().description("the kind of problem, for a person"))
                .addProperty("status", new IntegerSchema().description("the HTTP status code"))
                .addProperty("detail", new StringSchema().description("this occurrence, for a person"))
                .addProperty(
                        "instance",
                        new StringSchema().format("uri-reference").description("the request path it happened on"))
                .addProperty(
                        "errors",
                        new ArraySchema()
                                .items(ref(FIELD_ERROR))
                                .description(
                                        "with 400 and 413: each bad field, so a client can show it beside the input"))
                .required(List.of("title", "status"))
                // RFC 9457 lets a problem carry members of its own.
                .additionalProperties(Boolean.TRUE);
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .description("One bad field of a request")
                .addProperty(
                        "field",
                        new StringSchema()
                                .description(
                                        "the JSON property (parameters.days_back), query or path parameter, or body"))
                .addProperty("reason", new StringSchema().description("why it was refused"))
                .required(List.of("field", "reason"));
    }
}
