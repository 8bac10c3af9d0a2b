package com.viraltracker.console.api;

/** A service answered 404: the thing does not exist or belongs to a brand the user may not see. */
public class ApiNotFoundException extends RuntimeException {
    public ApiNotFoundException(String what) {
        super(what + " was not found", null, false, false);
    }
}
