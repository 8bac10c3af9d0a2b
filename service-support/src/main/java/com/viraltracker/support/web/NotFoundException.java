package com.viraltracker.support.web;

/** A resource that does not exist (or that the caller may not see: the answer is the same, so ids don't leak). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
