package uk.nciistats.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A territorial police force of England and Wales, identified by its GSS code. Reference data. */
@Entity
@Table(name = "police_force")
public class Force {
    @Id
    private String code;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Enumerated(EnumType.STRING)
    private Country country;
    private String region;

    protected Force() {
    }

    public Force(String code, String name, String shortName, Country country, String region) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.country = country;
        this.region = region;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public Country country() {
        return country;
    }

    public String region() {
        return region;
    }
}
