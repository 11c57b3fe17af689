-- A public collection of an SGNE administrator may be a selection of the platform's team: listed first.
alter table resource_collection add column platform_selection boolean default false not null;
