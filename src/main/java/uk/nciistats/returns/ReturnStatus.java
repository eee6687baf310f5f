package uk.nciistats.returns;

/** DRAFT when entered or imported; VERIFIED by a second person; PUBLISHED by an admin. */
public enum ReturnStatus {
    DRAFT, VERIFIED, PUBLISHED
}
