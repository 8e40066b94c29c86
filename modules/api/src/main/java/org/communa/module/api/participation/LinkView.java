package org.communa.module.api.participation;

import java.util.Map;

/**
 * One link as a page shows it: its relation, whether it goes from this resource to the other, and the
 * other resource's title per language, its type, and its address on the site. @since 1.4
 */
public record LinkView(String relation, boolean outgoing, String otherType, Map<String, String> title, String url) {

    public LinkView {
        title = Map.copyOf(title);
    }
}
