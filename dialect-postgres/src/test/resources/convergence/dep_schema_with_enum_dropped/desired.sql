CREATE TABLE keep (id int, m text, note text);
