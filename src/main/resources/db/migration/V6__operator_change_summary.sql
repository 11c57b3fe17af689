-- A change rewriting several long fields of a card records each field before and after: room for all of them.
alter table operator_change alter column summary set data type varchar(1000000);
