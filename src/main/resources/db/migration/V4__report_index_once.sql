-- report_return (return_id) repeats what report_return_day (return_id, reported_on) already indexes
-- by its first column (and H2 also keeps its own index for the foreign key): one index fewer to
-- maintain for every report stored, which bulk imports of a million reports notice.
DROP INDEX report_return;
