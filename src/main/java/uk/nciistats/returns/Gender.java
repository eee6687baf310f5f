package uk.nciistats.returns;

public enum Gender {
    FEMALE, MALE, OTHER, UNKNOWN
}
