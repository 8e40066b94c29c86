-- Phases switch by their dates (issue 25, item 14): on the day a phase starts, it becomes the space's current
-- phase, once; what an admin switches by hand afterwards stays. A space may keep switching by hand only.
alter table spaces add column phases_follow_dates boolean not null default true;
alter table phases add column switched_on date;
-- phases that already began were switched as their admins chose: only phases still to come switch by their dates
update phases set switched_on = current_date where active or starts_on <= current_date;
