package org.communa.modulehost.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.communa.module.api.ModuleProblem;
import org.communa.module.api.data.Row;
import org.communa.module.api.participation.LinkView;
import org.communa.module.api.participation.Links;

/** Links between resources of the organisation's components, both sides checked by their modules. */
public final class SqlLinks implements Links {

    private static final int SHOWN = 100;
    private final ParticipationScope scope;
    private final LinkTargets targets;

    public SqlLinks(ParticipationScope scope, LinkTargets targets) {
        this.scope = scope;
        this.targets = targets;
    }

    @Override
    public void link(String type, String id, String relation, UUID otherComponent, String otherType, String otherId) {
        ParticipationScope.checkResource(type, id);
        ParticipationScope.checkResource(otherType, otherId);
        if (relation == null || !relation.matches("[a-z][a-z0-9_]{0,62}")) {
            throw ModuleProblem.badRequest("a link's relation must be snake_case, got: " + relation);
        }
        if (otherComponent == null || targets.find(otherComponent, otherType, otherId).isEmpty()) {
            throw ModuleProblem.badRequest("there is no public " + otherType + " " + otherId + " to link to here");
        }
        scope.data().write(sql -> sql.update("insert into resource_links (from_component, from_type, from_id, relation, to_component, to_type, to_id, "
                + "created_by) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", scope.componentId(), type, id, relation, otherComponent,
                otherType, otherId, scope.participantId()));
    }

    @Override
    public java.util.Optional<LinkView> target(UUID otherComponent, String otherType, String otherId) {
        ParticipationScope.checkResource(otherType, otherId);
        return otherComponent == null ? java.util.Optional.empty() : targets.find(otherComponent, otherType, otherId)
                .map(target -> new LinkView("", true, otherType, target.title(), target.url()));
    }

    @Override
    public List<LinkView> of(String type, String id) {
        ParticipationScope.checkResource(type, id);
        List<Row> rows = scope.data().read(sql -> sql.query("select from_component, from_type, from_id, relation, to_component, to_type, to_id, "
                + "(from_component = ? and from_type = ? and from_id = ?) as outgoing from resource_links "
                + "where (from_component = ? and from_type = ? and from_id = ?) or (to_component = ? and to_type = ? and to_id = ?) "
                + "order by created_at limit " + SHOWN, scope.componentId(), type, id, scope.componentId(), type, id, scope.componentId(), type, id));
        List<LinkView> links = new ArrayList<>();
        for (Row row : rows) {
            boolean outgoing = Boolean.TRUE.equals(row.bool("outgoing"));
            String side = outgoing ? "to_" : "from_";
            String otherType = row.string(side + "type");
            // a resource no longer public (withdrawn into a draft, hidden, deleted) drops out of the list
            targets.find(row.uuid(side + "component"), otherType, row.string(side + "id"))
                    .ifPresent(target -> links.add(new LinkView(row.string("relation"), outgoing, otherType, target.title(), target.url())));
        }
        return links;
    }
}
