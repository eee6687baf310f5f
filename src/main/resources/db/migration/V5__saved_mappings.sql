-- Spreadsheet mappings saved by name in the import wizard (uk.nciistats.mapping). The definition
-- is the mapping as JSON (MappingJson): columns, defaults, unknown markers, value entries.
-- Built-in mappings ship as resources and are never stored here.
CREATE TABLE saved_mapping (
    name        VARCHAR(100)     NOT NULL PRIMARY KEY,
    definition  VARCHAR(1000000) NOT NULL,
    version     INTEGER          NOT NULL,
    updated_by  VARCHAR(64)      NOT NULL,
    updated_at  TIMESTAMP        NOT NULL
);
