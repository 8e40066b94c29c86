package org.communa.server.analysis;

import java.util.Collection;
import java.util.Map;

/**
 * French and English stems of words, and whether a word is a stop word in each language. The server's
 * implementation asks PostgreSQL's Snowball dictionaries (french_stem, english_stem), the ones full-text
 * search already uses: the same stems, no second copy of them in Java.
 */
public interface Stemmer {

    /** A word's stem in each language; null where the word is a stop word of that language. */
    record Stems(String french, String english) {
    }

    Map<String, Stems> stems(Collection<String> words);
}
