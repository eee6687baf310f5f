package uk.nciistats.console.datareturns.reports;

import org.junit.jupiter.api.Test;
import uk.nciistats.returns.Gender;
import uk.nciistats.returns.Outcome;
import uk.nciistats.returns.Platform;
import uk.nciistats.returns.ReportDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReportFormTest {
    private final ReportForm form = new ReportForm();
    private final List<ReportForm.SaveEvent> saved = new ArrayList<>();
    private final List<ReportForm.CancelEvent> cancelled = new ArrayList<>();

    ReportFormTest() {
        form.addSaveListener(saved::add);
        form.addCancelListener(cancelled::add);
        form.startNew(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));
    }

    @Test
    void aNewReportIsSavedWithWhatWasTypedAndGenderUnknownWhenNotChosen() {
        form.reportedOn.setValue(LocalDate.of(2030, 3, 4));
        form.victimAge.setValue(15);
        form.platforms.setValue(Set.of(Platform.SNAPCHAT, Platform.INSTAGRAM));
        form.outcome.setValue(Outcome.CHARGED);

        form.save.click();

        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isNull();
            assertThat(e.details()).isEqualTo(new ReportDetails(LocalDate.of(2030, 3, 4), 15, Gender.UNKNOWN,
                    EnumSet.of(Platform.INSTAGRAM, Platform.SNAPCHAT), Outcome.CHARGED, null));
        });
    }

    @Test
    void aHomeOfficeOutcomeTypeSetsTheOutcomeByTheContractsTable() {
        form.homeOfficeOutcome.setValue(15);

        assertThat(form.outcome.getValue()).isEqualTo(Outcome.NO_FURTHER_ACTION);
        assertThat(HomeOfficeOutcomes.label(15)).startsWith("15 – Evidential difficulties").endsWith("No further action");
        assertThat(form.homeOfficeOutcome.getHelperText()).isEqualTo(HomeOfficeOutcomes.label(15));
    }

    @Test
    void aDateOutsideTheReturnsPeriodIsRefusedBesideTheDateAndNothingIsSent() {
        form.reportedOn.setValue(LocalDate.of(2029, 12, 31));
        form.outcome.setValue(Outcome.UNKNOWN);

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.reportedOn.isInvalid()).isTrue();
        assertThat(form.reportedOn.getErrorMessage()).contains("outside the return's period 2030-01-01..2030-12-31");
    }

    @Test
    void aReportWithoutAnOutcomeSaysSoBesideTheOutcome() {
        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.outcome.getErrorMessage()).contains("needs an outcome");
    }

    @Test
    void aReportBeingChangedIsSavedUnderItsIdAndCancelSaysWhichOne() {
        form.edit(77, new ReportDetails(null, 30, Gender.FEMALE, EnumSet.noneOf(Platform.class), Outcome.CAUTION, null));
        form.victimAge.setValue(31);

        form.save.click();
        form.cancel.click();

        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.reportId()).isEqualTo(77L);
            assertThat(e.details().victimAge()).isEqualTo(31);
            assertThat(e.details().victimGender()).isEqualTo(Gender.FEMALE);
        });
        assertThat(cancelled).singleElement().extracting(ReportForm.CancelEvent::reportId).isEqualTo(77L);
    }

    @Test
    void startingTheNextReportEmptiesTheForm() {
        form.victimAge.setValue(15);
        form.outcome.setValue(Outcome.CHARGED);

        form.startNew(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31));

        assertThat(form.victimAge.getValue()).isNull();
        assertThat(form.outcome.getValue()).isNull();
        assertThat(form.editing()).isNull();
    }
}
