package org.communa.module.api.participation;

import java.util.List;

/**
 * The organisation's search: French and English full text (accents ignored) plus title trigrams for
 * near-duplicates. Modules index what participants may see; hidden content leaves search by itself.
 */
public interface Search {

    /** Adds or replaces the resource's document; {@code visible} false keeps it out of results (drafts, withdrawn). */
    void index(String type, String id, String title, String body, String path, boolean visible);

    void remove(String type, String id);

    /**
     * Visible resources of this component like a title being written: a close title (typos included),
     * or a text holding all its words in French or English stems. Best first, at most 20.
     */
    List<SearchHit> similar(String type, String title, int limit);
}
