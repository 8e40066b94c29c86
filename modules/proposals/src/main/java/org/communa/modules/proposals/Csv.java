package org.communa.modules.proposals;

import java.util.List;
import org.communa.module.api.data.Row;

/**
 * RFC 4180 CSV: every field quoted, quotes doubled, CRLF between records. Written here rather than
 * embedding Commons CSV because a module bundle carries its dependencies, and Commons CSV brings
 * Commons IO and Codec along for these few lines.
 */
final class Csv {

    private Csv() {
    }

    static String table(List<String> columns, List<Row> rows) {
        StringBuilder csv = new StringBuilder();
        record(csv, columns.stream().map(c -> (Object) c).toList());
        for (Row row : rows) {
            record(csv, columns.stream().map(row::get).toList());
        }
        return csv.toString();
    }

    private static void record(StringBuilder csv, List<Object> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            Object value = fields.get(i);
            String text = value == null ? "" : value.toString();
            // a leading =, +, - or @ would be a formula to a spreadsheet: neutralised (OWASP CSV injection)
            if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
                text = "'" + text;
            }
            csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }
}
