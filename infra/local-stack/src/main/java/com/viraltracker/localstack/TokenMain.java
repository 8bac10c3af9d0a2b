package com.viraltracker.localstack;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * {@code ./stack token --brand <id>[,<id>...] --role viewer|operator|admin [--ttl 12h] [--subject <name>]}: prints an
 * access token for the local stack's services, for curl ({@code -H "Authorization: Bearer $(./stack token ...)"}).
 * Its {@code sub} is {@code --subject}, else the user's login name: the services require one and record it as
 * {@code created_by} / {@code updated_by}.
 */
public final class TokenMain {
    private TokenMain() {}

    public static void main(String[] args) {
        Arguments arguments = Arguments.parse(args);
        try {
            String role = arguments.value("role", "operator");
            List<UUID> brands = Arrays.stream(arguments.value("brand", "").split(","))
                    .map(String::trim)
                    .filter(brand -> !brand.isEmpty())
                    .map(TokenMain::brand)
                    .toList();
            if (brands.isEmpty() && !"admin".equals(role)) {
                throw new IllegalArgumentException(
                        "--brand <uuid> is required unless --role admin (an admin acts on " + "every brand)");
            }
            Duration lifetime = lifetime(arguments.value("ttl", "12h"));
            System.out.println(StackTokens.mint(
                    StackTokens.secretFromEnvironment(),
                    arguments.value("subject", defaultSubject()),
                    role,
                    brands,
                    lifetime));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("token: " + e.getMessage());
            System.exit(2);
        }
    }

    private static String defaultSubject() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "local" : user;
    }

    private static UUID brand(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--brand must be a brand UUID, not " + text);
        }
    }

    /** {@code 90m}, {@code 12h}, {@code 7d}. */
    static Duration lifetime(String text) {
        if (!text.matches("[0-9]{1,6}[mhd]")) {
            throw new IllegalArgumentException("--ttl must look like 90m, 12h or 7d, not " + text);
        }
        long amount = Long.parseLong(text.substring(0, text.length() - 1));
        return switch (text.charAt(text.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
    }
}
