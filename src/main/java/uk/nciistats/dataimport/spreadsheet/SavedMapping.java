package uk.nciistats.dataimport.spreadsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A mapping saved under its name, as JSON; its version guards against two people saving at once. */
@Entity
@Table(name = "saved_mapping")
public class SavedMapping {
    @Id
    private String name;
    private String definition;
    @Version
    private int version;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SavedMapping() {
    }

    public SavedMapping(Mapping mapping, String by, Instant now) {
        this.name = mapping.name();
        change(mapping, by, now);
    }

    public void change(Mapping mapping, String by, Instant now) {
        this.definition = MappingJson.write(mapping);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public Mapping mapping() {
        return MappingJson.read(definition).named(name);
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
