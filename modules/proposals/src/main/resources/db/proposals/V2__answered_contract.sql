-- Contract "answered-proposals", version 1 (ProposalsModule.ANSWERED): the published proposals whose answer
-- (the feasibility study) is published, as modules requiring proposals 1.x read them (budgets imports the
-- accepted ones as projects). Columns may be added; a change that breaks a reader is a new view, _v2.
create view proposals_answered_v1 with (security_barrier) as
    select p.id, p.component_id, p.reference, p.title, p.body, p.category_id, p.scope_id, p.answer_state, p.answer,
           p.cost, p.answer_published_at
      from proposals_proposals p
     where p.tenant_id = communa_current_tenant() and p.state = 'published' and p.answer_published_at is not null
       and not exists (select 1 from sdk_resource_stats r where r.component_id = p.component_id
                        and r.resource_type = 'proposal' and r.resource_id = p.id::text and r.hidden_at is not null);
