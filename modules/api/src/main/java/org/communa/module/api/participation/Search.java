package org.communa.module.api.participation;

import java.util.List;

/**
 * The organisation's search: French and English full text (accents ignored) plus title trigrams for
 * near-duplicates. Modules index what participants may see; hidden content leaves search by itself.
 * <p>
 * The contract every module follows so that the organisation's search page ({@code /search}) finds its content:
 * <ul>
 * <li>index each resource when it is created and each time what the public sees of it changes, in the same use
 *     case (where it is also federated), with the plain title readers see and its text (HTML is reduced to its
 *     text by the host);</li>
 * <li>{@code path} is where the resource's page is, relative to the component ({@code "meetings/ID"});</li>
 * <li>{@code visible} false while only staff may see it (a draft, a withdrawn or cancelled one), and
 *     {@link #remove} once it is deleted;</li>
 * <li>a module's demo content is indexed too (the host calls the {@code DemoSeed} that receives the participation
 *     services).</li>
 * </ul>
 * The host adds, without the module: the organisation's spaces, the comments on indexed resources (found on the
 * resource's page), and it leaves out unpublished spaces and components, hidden resources and hidden comments.
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
