package com.viraltracker.support.security;

import java.util.List;

/**
 * GET paths a service serves without a bearer token because the request authenticates itself another way (an
 * OAuth callback's single-use state). A service declares them as a bean; everything else still needs a token.
 */
public record PublicPaths(List<String> getPaths) {
    public PublicPaths {
        getPaths = List.copyOf(getPaths);
    }
}
