-- Listing a force's reports in date order (the reports query) reads them in index order.
CREATE INDEX report_return_day ON report (return_id, reported_on);
