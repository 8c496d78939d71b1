package com.example.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the mock authorization server's pages with regular expressions: its own markup only
 * (double-quoted attributes), as the TypeScript sandbox does.
 */
final class ConsentPage {
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=\"'<>/]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern ALERT = Pattern.compile("<p\\b([^>]*\\brole=\"alert\"[^>]*)>([\\s\\S]*?)</p>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>([\\s\\S]*?)</title>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");

    /** The consent form: where it posts, how, and its hidden fields in page order. */
    record Form(String action, String method, List<Map.Entry<String, String>> fields) {
    }

    private ConsentPage() {
    }

    /** The page's form, or {@code null} when it has none. */
    static Form parseForm(String html) {
        Matcher form = FORM.matcher(html);
        if (!form.find()) {
            return null;
        }
        Map<String, String> attributes = attributes(form.group(1));
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> field = attributes(input.group(1));
            if ("hidden".equals(field.get("type")) && field.containsKey("name")) {
                fields.add(Map.entry(field.get("name"), field.getOrDefault("value", "")));
            }
        }
        return new Form(attributes.getOrDefault("action", ""),
                attributes.getOrDefault("method", "get").toUpperCase(Locale.ROOT), fields);
    }

    /** The OAuth error code ({@code data-error}, may be null) and message of an error page. */
    static String[] parseError(String html) {
        Matcher alert = ALERT.matcher(html);
        if (alert.find()) {
            return new String[] {attributes(alert.group(1)).get("data-error"),
                decode(alert.group(2).replaceAll("<[^>]*>", "")).trim()};
        }
        Matcher title = TITLE.matcher(html);
        return new String[] {null, title.find() ? decode(title.group(1)).trim()
                : html.substring(0, Math.min(200, html.length()))};
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> result = new HashMap<>();
        Matcher matcher = ATTRIBUTE.matcher(text);
        while (matcher.find()) {
            result.put(matcher.group(1).toLowerCase(Locale.ROOT), decode(matcher.group(2)));
        }
        return result;
    }

    private static String decode(String text) {
        Map<String, String> named = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'");
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String body = matcher.group(1);
            String replacement;
            if (body.startsWith("#x") || body.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            } else if (body.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(body.substring(1))));
            } else {
                replacement = named.getOrDefault(body.toLowerCase(Locale.ROOT), matcher.group());
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
