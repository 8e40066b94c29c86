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

    /** Visible resources of this component whose title or text resemble {@code text}, best first. */
    List<SearchHit> similar(String type, String text, int limit);
}
