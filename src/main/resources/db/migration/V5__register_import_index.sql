-- An import's data and its outcome commit together; the search index is written just after. Until that index write
-- is confirmed, index_pending stays true, and a numedu stopped in between rebuilds the index at its next start.
alter table register_import add column index_pending boolean not null default false;
