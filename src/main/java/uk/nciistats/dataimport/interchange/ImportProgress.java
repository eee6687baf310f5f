package uk.nciistats.dataimport.interchange;

/** Told as the import goes; called from the importing thread. */
public interface ImportProgress {
    /** rows read so far of one file ("returns.csv", "reports.csv", "counts.csv"); stage e.g. "checking", "storing". */
    void progress(String stage, String file, long rowsDone);

    ImportProgress NONE = (stage, file, rows) -> { };
}
