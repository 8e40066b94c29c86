package org.communa.server.web.sandbox;

import java.io.Writer;

/**
 * The page being rendered, refusing to grow past the render's maximum. Pebble's own limit (maxRenderedSize)
 * copies every string it writes into a new array first, which cost a third of a list page's render time.
 */
final class BoundedWriter extends Writer {

    private final StringBuilder page = new StringBuilder(8_192);
    private final int max;

    BoundedWriter(int max) {
        this.max = max;
    }

    @Override
    public void write(String text, int offset, int length) {
        grow(length);
        page.append(text, offset, offset + length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        grow(length);
        page.append(characters, offset, length);
    }

    @Override
    public void write(int character) {
        grow(1);
        page.append((char) character);
    }

    @Override
    public Writer append(CharSequence text) {
        String written = String.valueOf(text);
        write(written, 0, written.length());
        return this;
    }

    private void grow(int length) {
        if ((long) page.length() + length > max) {
            throw new TemplateLimitExceeded("the page is longer than " + max + " characters", "output", max);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
