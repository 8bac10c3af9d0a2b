package com.viraltracker.console.web;

/**
 * What the URL names does not exist for this user: an unknown id, or a brand the user may not see. Both get the
 * same not-found page, so a brand's existence does not leak.
 */
public class PageNotFoundException extends RuntimeException {
    public PageNotFoundException() {
        super("not found", null, false, false);
    }
}
