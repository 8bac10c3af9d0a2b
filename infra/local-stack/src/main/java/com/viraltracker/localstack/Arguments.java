package com.viraltracker.localstack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name=value} and {@code --name value} command-line options, plus what is left over. */
record Arguments(Map<String, String> options, List<String> rest) {

    static Arguments parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                rest.add(arg);
            } else if (arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(arg.substring(2), args[++i]);
            } else {
                options.put(arg.substring(2), "true");
            }
        }
        return new Arguments(options, rest);
    }

    String value(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    int intValue(String name, int fallback) {
        return options.containsKey(name) ? Integer.parseInt(options.get(name)) : fallback;
    }
}
