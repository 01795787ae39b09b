-- Who watches a wiki page, or a whole space's wiki, to be told when it changes.

create table wiki_page_watch (
    page_id   bigint not null references wiki_page (id),
    person_id bigint not null references person (id),
    primary key (page_id, person_id)
);

create table wiki_space_watch (
    space_id  bigint not null references space (id),
    person_id bigint not null references person (id),
    primary key (space_id, person_id)
);
