package com.viraltracker.observability;

import java.util.List;

/**
 * An alert expression such as {@code max(x) > 300} only returns series while it fires; what must return series
 * for the alert to be able to fire is its left-hand side. This finds the first comparison outside any
 * parentheses, braces, brackets or string and returns what precedes it (the whole expression when there is none).
 */
public final class AlertCondition {
    private static final List<String> COMPARISONS = List.of("==", "!=", ">=", "<=", ">", "<");

    private AlertCondition() {}

    public static String leftHandSide(String expression) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (c) {
                case '"', '\'', '`' -> quote = c;
                case '(', '{', '[' -> depth++;
                case ')', '}', ']' -> depth--;
                default -> {
                    if (depth == 0 && startsComparison(expression, i)) {
                        return expression.substring(0, i).strip();
                    }
                }
            }
        }
        return expression.strip();
    }

    private static boolean startsComparison(String expression, int at) {
        for (String operator : COMPARISONS) {
            if (expression.startsWith(operator, at)) {
                // "!=" and "=~" only appear inside label matchers, which are inside braces; a lone "=" is no operator.
                return true;
            }
        }
        return false;
    }
}
