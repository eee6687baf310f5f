package uk.nciistats.reference;

/**
 * A territorial police force of England and Wales, identified by its GSS code. Reference data, seeded
 * by migration and read by {@link ReferenceCatalog}; two forces with the same values are the same force.
 */
public record Force(String code, String name, String shortName, Country country, String region) {
}
