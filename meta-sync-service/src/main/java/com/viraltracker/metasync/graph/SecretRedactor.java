package com.viraltracker.metasync.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Takes access tokens out of text that came from the Graph API or the SDK before it becomes an error message, a
 * log line or an event: every token this service has used (raw and URL-encoded), any {@code access_token=} or
 * {@code appsecret_proof=} parameter, and anything shaped like a Meta user or system-user token.
 */
public class SecretRedactor {
    static final String MASK = "****";
    private static final String NAMES = "(?i)(access_token|appsecret_proof|client_secret)";
    /** A query or form parameter, or a map's {@code key=value}: the value runs to the next separator. */
    private static final Pattern TOKEN_PARAMETER = Pattern.compile(NAMES + "(=)[^&\\s\"',}]+");
    /** A JSON member: the whole quoted value. */
    private static final Pattern TOKEN_MEMBER = Pattern.compile(NAMES + "(\"\\s*:\\s*\")[^\"]*");
    /** Meta's user, page and system-user tokens start with EAA and run to well over a hundred characters. */
    private static final Pattern META_TOKEN = Pattern.compile("EAA[A-Za-z0-9]{20,}");

    private final Set<String> known = ConcurrentHashMap.newKeySet();

    /** From now on, {@code secret} is masked wherever it appears. */
    public void remember(String secret) {
        if (secret != null && secret.length() >= 8) {
            known.add(secret);
        }
    }

    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : known) {
            result = result.replace(secret, MASK).replace(URLEncoder.encode(secret, StandardCharsets.UTF_8), MASK);
        }
        result = TOKEN_PARAMETER.matcher(result).replaceAll("$1$2" + MASK);
        result = TOKEN_MEMBER.matcher(result).replaceAll("$1$2" + MASK);
        return META_TOKEN.matcher(result).replaceAll(MASK);
    }
}
