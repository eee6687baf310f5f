package uk.nciistats.dataimport.spreadsheet;

/** One column of the file as read for one field (a column may feed two fields). */
record FieldColumn(Field field, String column) {
}
