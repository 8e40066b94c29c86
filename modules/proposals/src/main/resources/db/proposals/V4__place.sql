-- Where a proposal would happen on the map, next to its address (WGS 84, both or neither; SDK Place).
alter table proposals_proposals
    add column latitude double precision check (latitude between -90 and 90),
    add column longitude double precision check (longitude between -180 and 180),
    add constraint proposals_position_whole check ((latitude is null) = (longitude is null));

-- Contract "answered-proposals" v1 gains where each proposal is (proposals 1.3), at the end as the contract allows:
-- an idea on the map stays on the map once it becomes a project.
create or replace view proposals_answered_v1 with (security_barrier) as
    select p.id, p.component_id, p.reference, p.title, p.body, p.category_id, p.scope_id, p.answer_state, p.answer,
           p.cost, p.answer_published_at, p.author_id, p.address, p.latitude, p.longitude
      from proposals_proposals p
     where p.tenant_id = communa_current_tenant() and p.state = 'published' and p.answer_published_at is not null
       and not exists (select 1 from sdk_resource_stats r where r.component_id = p.component_id
                        and r.resource_type = 'proposal' and r.resource_id = p.id::text and r.hidden_at is not null);
