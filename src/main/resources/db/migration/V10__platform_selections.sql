-- A public collection of an SGNE administrator may be a selection of the platform's team, listed first: the list of
-- public collections is read in that order from the index, and a selection is always public.
alter table resource_collection add column platform_selection boolean default false not null;
alter table resource_collection add constraint ck_platform_selection_public check (is_public or not platform_selection);
drop index ix_resource_collection_public;
create index ix_resource_collection_public on resource_collection (is_public, platform_selection, updated_at);
