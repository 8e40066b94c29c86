package org.communa.module.api.http;

import java.util.List;

/**
 * RFC 4180 CSV for exports: every field quoted, quotes doubled, CRLF between records, and text that a
 * spreadsheet would run as a formula (leading =, +, - or @) neutralised (OWASP CSV injection). In the SDK
 * because a module bundle carries its own dependencies, and Commons CSV brings Commons IO and Codec along
 * for these few lines. @since 1.4
 */
public final class Csv {

    private Csv() {
    }

    /** A header line, then one line per record; values are printed as text, numbers as they are. */
    public static String table(List<String> header, List<List<Object>> records) {
        StringBuilder csv = new StringBuilder();
        record(csv, List.copyOf(header));
        records.forEach(fields -> record(csv, fields));
        return csv.toString();
    }

    private static void record(StringBuilder csv, List<?> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = fields.get(i);
            String text = value == null ? "" : value.toString();
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
                text = "'" + text;
            }
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
