package uk.nciistats.reference;

public enum Country {
    ENGLAND, WALES
}
