package org.communa.modulehost.participation;

import java.util.List;
import org.communa.module.api.participation.AttachmentView;
import org.communa.module.api.participation.Attachments;

/** The attachments of a resource, as the host recorded them; the files are served at /attachments/{id}. */
public final class SqlAttachments implements Attachments {

    private final ParticipationScope scope;

    public SqlAttachments(ParticipationScope scope) {
        this.scope = scope;
    }

    @Override
    public List<AttachmentView> list(String type, String id) {
        ParticipationScope.checkResource(type, id);
        return scope.data().read(sql -> sql.query("select id, file_name, content_type, size_bytes from attachments "
                + "where component_id = ? and resource_type = ? and resource_id = ? order by created_at, id", scope.componentId(), type, id))
                .stream().map(r -> new AttachmentView(r.uuid("id").toString(), r.string("file_name"), r.string("content_type"),
                        r.integer("size_bytes"), "/attachments/" + r.uuid("id"))).toList();
    }
}
