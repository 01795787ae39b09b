-- Search filters on the lists of public and secret spaces. Nodes keep the lists in memory and read
-- this counter on every search instead: whatever changes the lists (a new space, a change of
-- visibility) bumps it in the same transaction.
create table space_directory (
    id      int    primary key,
    version bigint not null
);
insert into space_directory (id, version) values (1, 0);
