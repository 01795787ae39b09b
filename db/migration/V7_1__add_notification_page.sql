-- Notifications about a wiki page (an edit of a watched page, a mention on a page) name the page
-- and revision they are about; the space is notification.space_id.

alter table notification add column page_slug varchar(100);
alter table notification add column page_title varchar(200);
alter table notification add column page_revision integer;
