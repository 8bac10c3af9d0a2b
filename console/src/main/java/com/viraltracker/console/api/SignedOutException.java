package com.viraltracker.console.api;

/** A service answered 401: the user's token has expired or was never valid there, so the user signs in again. */
public class SignedOutException extends RuntimeException {
    public SignedOutException(String service) {
        super(service + " did not accept the access token", null, false, false);
    }
}
