package uk.nciistats.cohort;

/** What a row's share is a share of: its parent cell, or the part of it whose value is known. */
public enum ShareBase {
    PARENT, KNOWN
}
