-- A result's change now carries its narrative (up to 4,000 characters), the self-evaluation's reason and the note
-- (2,000 each), before and after: more than the 8,000 characters the change log first allowed.
ALTER TABLE data_change ALTER COLUMN old_values SET DATA TYPE VARCHAR(32000);
ALTER TABLE data_change ALTER COLUMN new_values SET DATA TYPE VARCHAR(32000);
