package uk.nciistats.console.datareturns;

import org.junit.jupiter.api.Test;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.returns.Granularity;
import uk.nciistats.returns.ReturnDetails;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnFormTest {
    private final Force kent = new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East");
    private final ReturnForm form = new ReturnForm(List.of(kent), List.of());
    private final List<ReturnFormBean> saved = new ArrayList<>();

    ReturnFormTest() {
        form.addSaveListener(e -> saved.add(e.bean()));
        form.edit(new ReturnFormBean(), true, false);
    }

    @Test
    void aCompleteFormIsSavedWithWhatTheUserEnteredAndNoOffenceMeansTheOneInForce() {
        fillIn("KENT-2030");

        form.save.click();

        assertThat(saved).singleElement().extracting(ReturnFormBean::details).isEqualTo(new ReturnDetails(
                "KENT-2030", "E23000032", null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31),
                Granularity.RECORDS, "FOI 123", null));
    }

    @Test
    void aFormWithoutAReferenceIsNotSavedAndSaysWhyBesideTheField() {
        fillIn("");

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.ref.isInvalid()).isTrue();
        assertThat(form.ref.getErrorMessage()).isEqualTo("a return needs a reference");
    }

    @Test
    void aRefusalOfTheServiceIsShownBesideTheFieldItNamesAndOtherwiseLeftToTheCaller() {
        boolean shown = form.showProblem("periodEnd", "the period ends before it starts");
        boolean elsewhere = form.showProblem("status", "only a VERIFIED return can be published");

        assertThat(shown).isTrue();
        assertThat(form.periodEnd.isInvalid()).isTrue();
        assertThat(form.periodEnd.getErrorMessage()).isEqualTo("the period ends before it starts");
        assertThat(elsewhere).isFalse();
    }

    @Test
    void aPublishedReturnIsShownReadOnlyWithoutSaveOrDelete() {
        form.edit(new ReturnFormBean(), false, false);

        assertThat(form.ref.isReadOnly()).isTrue();
        assertThat(form.save.isVisible()).isFalse();
        assertThat(form.delete.isVisible()).isFalse();
    }

    private void fillIn(String ref) {
        form.ref.setValue(ref);
        form.force.setValue(kent);
        form.periodStart.setValue(LocalDate.of(2030, 1, 1));
        form.periodEnd.setValue(LocalDate.of(2030, 12, 31));
        form.source.setValue("FOI 123");
    }
}
