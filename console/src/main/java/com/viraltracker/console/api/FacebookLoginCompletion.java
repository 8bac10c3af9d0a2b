package com.viraltracker.console.api;

import java.util.UUID;

/**
 * How a finished Facebook login ended: {@code outcome} {@code connected} (choose the accounts of
 * {@code connectionId}), or why nothing was stored ({@code denied}, {@code missing_scope}, {@code failed},
 * {@code other_facebook_user}).
 */
public record FacebookLoginCompletion(UUID brandId, String outcome, UUID connectionId) {
    public boolean connected() {
        return "connected".equals(outcome) && connectionId != null;
    }
}
