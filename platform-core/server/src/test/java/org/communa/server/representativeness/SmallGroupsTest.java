package org.communa.server.representativeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    @Test
    void groupsUnderTheMinimumAreHiddenAndEmptyOnesShown() {
        SmallGroups.Hidden hidden = SmallGroups.hide(List.of(25L, 3L, 0L, 4L, 12L), 10);
        assertThat(hidden.groups()).containsExactly(false, true, false, true, false);
        assertThat(hidden.total()).isFalse();
    }

    @Test
    void aLoneHiddenGroupTakesTheSmallestOtherWithItSoThatTheTotalDoesNotGiveItAway() {
        SmallGroups.Hidden hidden = SmallGroups.hide(List.of(25L, 3L, 0L, 12L, 40L), 10);
        assertThat(hidden.groups()).containsExactly(false, true, false, true, false);
    }

    @Test
    void aTotalUnderTheMinimumHidesEverythingThatIsNotEmpty() {
        SmallGroups.Hidden hidden = SmallGroups.hide(List.of(5L, 0L, 3L), 10);
        assertThat(hidden.groups()).containsExactly(true, false, true);
        assertThat(hidden.total()).isTrue();
    }

    @Test
    void exactlyTheMinimumIsShown() {
        assertThat(SmallGroups.hide(List.of(10L, 10L), 10).groups()).containsExactly(false, false);
        assertThat(SmallGroups.hide(List.of(0L, 0L), 10).groups()).containsExactly(false, false);
    }
}
