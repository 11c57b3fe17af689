-- What an operator declares about handling requests: the delay to take one in charge, the delay to resolve it (each
-- in working hours or working days) and its opening hours. Empty until the operator or the SGNE fills them in.
alter table operator add column take_charge_delay integer;
alter table operator add column take_charge_unit varchar(20);
alter table operator add column resolve_delay integer;
alter table operator add column resolve_unit varchar(20);
alter table operator add column opens_at time;
alter table operator add column closes_at time;
