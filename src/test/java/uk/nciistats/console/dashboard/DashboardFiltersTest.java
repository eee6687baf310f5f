package uk.nciistats.console.dashboard;

import org.junit.jupiter.api.Test;
import uk.nciistats.reference.Country;
import uk.nciistats.reference.Force;
import uk.nciistats.returns.ReturnStatus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardFiltersTest {
    private final Force kent = new Force("E23000032", "Kent Police", "Kent", Country.ENGLAND, "South East");
    private final List<DashboardFilter> fired = new ArrayList<>();

    private DashboardFilters filters(boolean mayChooseStatus) {
        var filters = new DashboardFilters(List.of(kent), List.of("South East"), List.of(), mayChooseStatus);
        filters.addChangedListener(e -> fired.add(e.filter()));
        return filters;
    }

    @Test
    void choosingAForceARegionAndAPeriodAsksCohortStatsForExactlyThoseAndNothingElse() {
        var filters = filters(true);

        filters.forces.setValue(Set.of(kent));
        filters.region.setValue("South East");
        filters.from.setValue(LocalDate.of(2016, 1, 1));
        filters.to.setValue(LocalDate.of(2016, 12, 31));

        assertThat(fired).hasSize(4);
        var asked = fired.get(3).asked();
        assertThat(asked.forces()).containsExactly("E23000032");
        assertThat(asked.regions()).containsExactly("South East");
        assertThat(asked.from()).isEqualTo(LocalDate.of(2016, 1, 1));
        assertThat(asked.to()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(asked.offences()).isNull();
        assertThat(asked.statuses()).as("no status chosen: every status the role may see").isNull();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsAsksNothing() {
        var filters = filters(true);
        filters.from.setValue(LocalDate.of(2016, 6, 1));
        fired.clear();

        filters.to.setValue(LocalDate.of(2016, 1, 1));

        assertThat(fired).isEmpty();
        assertThat(filters.to.getMin()).isEqualTo(LocalDate.of(2016, 6, 1));
    }

    @Test
    void clearingAChoiceLeavesTheFilterOutRatherThanAskingForAnEmptyList() {
        var filters = filters(true);
        filters.statuses.setValue(Set.of(ReturnStatus.PUBLISHED));
        filters.statuses.clear();
        filters.forces.setValue(Set.of(kent));
        filters.forces.clear();

        assertThat(fired).last().isEqualTo(DashboardFilter.EVERYTHING);
        assertThat(fired.get(fired.size() - 1).asked().forces()).isNull();
    }

    @Test
    void onlyThoseWhoMayChooseStatusesAreOfferedTheStatusField() {
        assertThat(filters(false).statuses.getParent()).isEmpty();
        assertThat(filters(true).statuses.getParent()).isPresent();
    }
}
