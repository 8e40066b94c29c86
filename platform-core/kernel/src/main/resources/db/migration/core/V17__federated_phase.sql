-- A followed space's current phase, as its actor last said (Update of the actor when the phase changes).
alter table federation_subscriptions add column phase text;
