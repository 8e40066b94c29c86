package org.communa.kernel.problem;

/**
 * An argument of a refusal that is itself a word to translate (a colour's name, a field's label): pages show it in
 * the reader's language, the API's detail by its key.
 */
public record Term(String key) {

    @Override
    public String toString() {
        return key;
    }
}
