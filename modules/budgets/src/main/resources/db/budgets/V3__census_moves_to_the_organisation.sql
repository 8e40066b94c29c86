-- The census and who proved to be on it are the organisation's now (host migration V29, the SDK's eligibility
-- service), for every module alike; the host moved these rows there before this migration runs (it calls
-- communa_adopt_budgets_census() before any module migration), keeping each identifier's hash, so the voter keys
-- of ballots already cast are unchanged.
drop table budgets_verifications;
drop table budgets_census;
