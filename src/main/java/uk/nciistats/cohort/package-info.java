/**
 * Cohort statistics: what every count, range, share, age statistic, coverage note and public figure
 * means, as docs/cohort-semantics.md specifies it. A "§n" in this package's comments is section n of
 * that document; docs/cohort-statistics.md is the reader's guide to the answers.
 */
package uk.nciistats.cohort;
