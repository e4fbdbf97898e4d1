-- Text lengths are checked in characters (code points) by the server; an emoji is two UTF-16 units, which H2 counts.
-- Room for every allowed character to take two units.
ALTER TABLE accounts ALTER COLUMN display_name SET DATA TYPE VARCHAR(160);
ALTER TABLE meetings ALTER COLUMN title SET DATA TYPE VARCHAR(160);
ALTER TABLE meetings ALTER COLUMN topic SET DATA TYPE VARCHAR(1000);
