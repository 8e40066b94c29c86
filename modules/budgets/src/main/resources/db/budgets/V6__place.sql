-- Where a project would be built: an address and, optionally, its point on the map (WGS 84, both or neither;
-- SDK Place).
alter table budgets_projects
    add column address text check (length(address) <= 500),
    add column latitude double precision check (latitude between -90 and 90),
    add column longitude double precision check (longitude between -180 and 180),
    add constraint budgets_projects_position_whole check ((latitude is null) = (longitude is null));
