package org.communa.server.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a text as the stemmers want them: lower case, accents folded, letters only. */
final class Words {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    static List<String> of(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }
}
