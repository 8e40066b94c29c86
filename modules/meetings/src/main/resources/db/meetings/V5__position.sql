-- Where a meeting is on the map (WGS 84), next to its address: both or neither (SDK Place).
alter table meetings_meetings
    add column latitude double precision check (latitude between -90 and 90),
    add column longitude double precision check (longitude between -180 and 180),
    add constraint meetings_position_whole check ((latitude is null) = (longitude is null));
