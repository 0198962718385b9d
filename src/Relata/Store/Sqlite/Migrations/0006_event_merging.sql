-- Placeholder for the merging branch's migration 0006 (event merging), so 0007 applies on this branch.
-- When branches merge, the merging branch's 0006_event_merging.sql replaces this file.
SELECT 1;
