package com.viraltracker.console.api;

/**
 * A service did not answer in time, could not be reached, or failed (5xx): the part of the page that needed it
 * says "… unavailable right now" and the rest of the page is shown.
 */
public class ServiceUnavailableException extends RuntimeException {
    private final String service;

    public ServiceUnavailableException(String service, String reason) {
        super(service + " is unavailable: " + reason, null, false, false);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
