-- Contract "answered-proposals" v1 gains its proposals' author, at the end as the contract allows (a new column
-- breaks no reader): budgets tells the author of an idea that it became a project on the ballot.
create or replace view proposals_answered_v1 with (security_barrier) as
    select p.id, p.component_id, p.reference, p.title, p.body, p.category_id, p.scope_id, p.answer_state, p.answer,
           p.cost, p.answer_published_at, p.author_id
      from proposals_proposals p
     where p.tenant_id = communa_current_tenant() and p.state = 'published' and p.answer_published_at is not null
       and not exists (select 1 from sdk_resource_stats r where r.component_id = p.component_id
                        and r.resource_type = 'proposal' and r.resource_id = p.id::text and r.hidden_at is not null);
