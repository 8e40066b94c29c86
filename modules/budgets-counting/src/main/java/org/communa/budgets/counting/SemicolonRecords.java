package org.communa.budgets.counting;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a Pabulib file: fields separated by ';', standard CSV quoting ("" for a quote inside a
 * quoted field, which may span lines), each record with the line it starts on, for error messages.
 */
final class SemicolonRecords {

    record Line(int number, List<String> fields) {
        boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    private final Reader in;
    private int lineNumber = 1;
    private int pushedBack = -2;

    SemicolonRecords(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    /** What was read although it bends the format, each naming its line. */
    final List<String> tolerated = new ArrayList<>();

    /** The next record, or null at the end of the file. */
    Line next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        int start = lineNumber;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c == -1) {
                if (quoted) {
                    throw new PabulibFormatException(start, "a quoted field is not closed before the end of the file");
                }
                break;
            }
            if (quoted) {
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pushedBack = following;
                    }
                } else {
                    if (c == '\n') {
                        lineNumber++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                lineNumber++;
                break;
            } else if (c != '\r') {
                if (wasQuoted) {
                    // "Odkupmy" i my (Częstochowa 2020): a field that merely starts with a quoted word, read as written
                    field.insert(0, '"').append('"');
                    wasQuoted = false;
                    tolerated.add("line " + lineNumber + ": a field starts with a quoted word and goes on; read as written");
                }
                field.append((char) c);
            }
            c = read();
        }
        fields.add(field.toString());
        return new Line(start, fields);
    }
}
