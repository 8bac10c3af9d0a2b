package com.viraltracker.metasync.brands;

import com.viraltracker.support.web.FieldProblemException;

/** What a brand may be called: 1 to 120 characters once trimmed, none of them control characters. */
final class BrandName {
    static final String FIELD = "name";
    static final int MAX_LENGTH = 120;

    private BrandName() {}

    /** The trimmed name, or a 400 problem naming {@code name}. */
    static String valid(BrandNameRequest request) {
        String raw = request == null ? null : request.name();
        if (raw == null) {
            throw new FieldProblemException(FIELD, "is required");
        }
        String name = raw.strip();
        if (name.isEmpty()) {
            throw new FieldProblemException(FIELD, "must not be blank");
        }
        // Counted as people count characters (code points), as the database's char_length does.
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new FieldProblemException(FIELD, "must be at most " + MAX_LENGTH + " characters");
        }
        // A line break or escape in a name would break the pages and e-mails that show it.
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            throw new FieldProblemException(FIELD, "must not contain control characters such as line breaks");
        }
        return name;
    }
}
