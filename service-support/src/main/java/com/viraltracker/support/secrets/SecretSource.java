package com.viraltracker.support.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A secret given either as a value or as a file holding it (the {@code _FILE} convention of Docker and
 * Kubernetes secrets). The file wins when both are set, so a mounted secret overrides a stale variable.
 * Errors name the setting and the path, never the content.
 */
public final class SecretSource {
    private SecretSource() {}

    /**
     * The secret, or null when neither source is set.
     *
     * @param setting what the operator set, such as {@code META_ACCESS_TOKEN}; the file setting is
     *                {@code setting + "_FILE"}
     */
    public static String resolve(String setting, String value, String file) {
        if (file != null && !file.isBlank()) {
            return readFile(setting + "_FILE", Path.of(file.trim()));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The file's content without surrounding whitespace (editors and {@code echo} add a trailing newline). */
    public static String readFile(String setting, Path path) {
        String content;
        try {
            content = Files.readString(path, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            // The exception's own message is the path or a reason from the OS, never the file's content.
            throw new IllegalStateException(
                    setting + " names " + path + ", which cannot be read ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (content.isEmpty()) {
            throw new IllegalStateException(setting + " names " + path + ", which is empty");
        }
        return content;
    }
}
