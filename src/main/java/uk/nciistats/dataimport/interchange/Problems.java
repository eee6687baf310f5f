package uk.nciistats.dataimport.interchange;

import java.util.ArrayList;
import java.util.List;

/** Every problem an import finds: all are counted, the first {@code limit} are kept to be listed. */
final class Problems {
    private final int limit;
    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;

    Problems(int limit) {
        this.limit = limit;
    }

    void add(String file, long line, String column, String rule, String message) {
        count++;
        if (listed.size() < limit) {
            listed.add(new ImportProblem(file, line, column, rule, message));
        }
    }

    boolean any() {
        return count > 0;
    }

    long count() {
        return count;
    }

    List<ImportProblem> listed() {
        return List.copyOf(listed);
    }
}
