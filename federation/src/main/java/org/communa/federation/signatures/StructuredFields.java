package org.communa.federation.signatures;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of RFC 8941 structured fields that signatures use: dictionaries whose members are items
 * (strings, tokens, integers, booleans, byte sequences) or inner lists of items, each with parameters.
 * Each member keeps its text as received, because RFC 9421 signs the signature parameters as sent.
 */
final class StructuredFields {

    record Item(Object value, Map<String, Object> parameters) {
    }

    /** value is an Object (String, Long, Boolean, byte[], Token) or a List of Item; text is the member's value as sent. */
    record Member(Object value, Map<String, Object> parameters, String text) {
    }

    record Token(String name) {
    }

    private final String input;
    private int at;

    private StructuredFields(String input) {
        this.input = input;
    }

    static Map<String, Member> dictionary(String field) {
        StructuredFields parser = new StructuredFields(field);
        Map<String, Member> members = new LinkedHashMap<>();
        parser.spaces();
        while (parser.at < parser.input.length()) {
            String key = parser.key();
            Member member;
            if (parser.peek() == '=') {
                parser.at++;
                int start = parser.at;
                Object value = parser.peek() == '(' ? parser.innerList() : parser.bareItem();
                Map<String, Object> parameters = parser.parameters();
                member = new Member(value, parameters, parser.input.substring(start, parser.at));
            } else {
                Map<String, Object> parameters = parser.parameters();
                member = new Member(Boolean.TRUE, parameters, "");
            }
            members.put(key, member);
            parser.ows();
            if (parser.at >= parser.input.length()) {
                break;
            }
            parser.expect(',');
            parser.ows();
            if (parser.at >= parser.input.length()) {
                throw new IllegalArgumentException("a dictionary cannot end with a comma");
            }
        }
        return members;
    }

    private List<Item> innerList() {
        expect('(');
        List<Item> items = new ArrayList<>();
        while (true) {
            spaces();
            if (peek() == ')') {
                at++;
                return items;
            }
            Object value = bareItem();
            items.add(new Item(value, parameters()));
            char next = peek();
            if (next != ' ' && next != ')') {
                throw new IllegalArgumentException("inner list items are separated by spaces, found '" + next + "' at " + at);
            }
        }
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        while (peek() == ';') {
            at++;
            spaces();
            String key = key();
            Object value = Boolean.TRUE;
            if (peek() == '=') {
                at++;
                value = bareItem();
            }
            parameters.put(key, value);
        }
        return parameters;
    }

    private Object bareItem() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == ':') {
            return bytes();
        }
        if (c == '?') {
            at++;
            char b = peek();
            at++;
            if (b != '0' && b != '1') {
                throw new IllegalArgumentException("a boolean is ?0 or ?1");
            }
            return b == '1';
        }
        if (c == '-' || Character.isDigit(c)) {
            int start = at;
            at++;
            while (at < input.length() && (Character.isDigit(input.charAt(at)) || input.charAt(at) == '.')) {
                at++;
            }
            String number = input.substring(start, at);
            if (number.contains(".")) {
                return Double.valueOf(number);
            }
            if (number.length() > 16) {
                throw new IllegalArgumentException("an integer has at most 15 digits");
            }
            return Long.valueOf(number);
        }
        if (Character.isLetter(c) || c == '*') {
            int start = at;
            while (at < input.length() && isTokenChar(input.charAt(at))) {
                at++;
            }
            return new Token(input.substring(start, at));
        }
        throw new IllegalArgumentException("unexpected '" + c + "' at " + at);
    }

    private String string() {
        expect('"');
        StringBuilder text = new StringBuilder();
        while (at < input.length()) {
            char c = input.charAt(at++);
            if (c == '\\') {
                if (at >= input.length()) {
                    break;
                }
                char escaped = input.charAt(at++);
                if (escaped != '"' && escaped != '\\') {
                    throw new IllegalArgumentException("only \\\" and \\\\ are escapes in a string");
                }
                text.append(escaped);
            } else if (c == '"') {
                return text.toString();
            } else if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("a string holds printable ASCII only");
            } else {
                text.append(c);
            }
        }
        throw new IllegalArgumentException("a string is not closed");
    }

    private byte[] bytes() {
        expect(':');
        int end = input.indexOf(':', at);
        if (end < 0) {
            throw new IllegalArgumentException("a byte sequence is not closed");
        }
        String encoded = input.substring(at, end);
        at = end + 1;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a byte sequence is not base64");
        }
    }

    private String key() {
        int start = at;
        if (at >= input.length() || !(Character.isLowerCase(input.charAt(at)) || input.charAt(at) == '*')) {
            throw new IllegalArgumentException("a key starts with a lower-case letter or *, at " + at);
        }
        while (at < input.length()) {
            char c = input.charAt(at);
            if (!(Character.isLowerCase(c) || Character.isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*')) {
                break;
            }
            at++;
        }
        return input.substring(start, at);
    }

    private static boolean isTokenChar(char c) {
        return c > 0x20 && c < 0x7f && "\"(),;<=>?@[\\]{}".indexOf(c) < 0 || c == ':' || c == '/';
    }

    private char peek() {
        return at < input.length() ? input.charAt(at) : '\0';
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at);
        }
        at++;
    }

    private void spaces() {
        while (peek() == ' ') {
            at++;
        }
    }

    private void ows() {
        while (peek() == ' ' || peek() == '\t') {
            at++;
        }
    }
}
