package org.communa.tenants;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * The files an organisation keeps outside the database (attachments), for its export and import. Each file is
 * named "KIND/ID" with ID the id of the row that describes it, so that an import, which gives every row a new
 * id, gives the file the same one.
 */
public interface OrganisationFiles {

    /** Files name "kind/uuid": lower-case kind, one id; anything else in an archive is refused. */
    String NAME = "[a-z]{1,30}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** The kinds of file this instance keeps (the first part of their names). */
    java.util.Set<String> kinds();

    /** The organisation's files by name. */
    Map<String, Path> list(UUID organisation);

    /** Stores one file of an imported organisation under its (new) name. */
    void restore(UUID organisation, String name, byte[] content);

    /** An instance that keeps no file outside its database. */
    OrganisationFiles NONE = new OrganisationFiles() {
        @Override
        public java.util.Set<String> kinds() {
            return java.util.Set.of();
        }

        @Override
        public Map<String, Path> list(UUID organisation) {
            return Map.of();
        }

        @Override
        public void restore(UUID organisation, String name, byte[] content) {
            throw new IllegalStateException("this instance keeps no files: " + name);
        }
    };
}
