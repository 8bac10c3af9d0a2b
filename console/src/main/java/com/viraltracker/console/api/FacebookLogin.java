package com.viraltracker.console.api;

import java.time.Instant;

/** A started Facebook login: where to send the browser, and until when that link works. */
public record FacebookLogin(String authorizationUrl, Instant expiresAt) {}
