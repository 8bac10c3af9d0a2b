package com.viraltracker.metasync.connections;

/**
 * Meta refused a Facebook Login call (an {@code OAuthException}), or could not be reached. The message is
 * Meta's, with secrets taken out; {@code code} and {@code subcode} are Meta's (0 when Meta was not reached).
 */
public class FacebookLoginException extends RuntimeException {
    private final int code;
    private final int subcode;

    public FacebookLoginException(int code, int subcode, String message) {
        super(message);
        this.code = code;
        this.subcode = subcode;
    }

    public int code() {
        return code;
    }

    public int subcode() {
        return subcode;
    }

    /** Error 190: the token no longer works (expired 463, session invalidated 460, app removed 458). */
    public boolean tokenInvalid() {
        return code == 190;
    }
}
