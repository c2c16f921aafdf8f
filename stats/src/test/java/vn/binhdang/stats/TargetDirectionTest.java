package vn.binhdang.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetDirectionTest {

    @Test
    void parsesCatalogueCodes() {
        assertThat(TargetDirection.fromCode("ge")).isEqualTo(TargetDirection.AT_LEAST);
        assertThat(TargetDirection.fromCode(" GT ")).isEqualTo(TargetDirection.MORE_THAN);
        assertThat(TargetDirection.fromCode("le")).isEqualTo(TargetDirection.AT_MOST);
        assertThat(TargetDirection.fromCode("lt")).isEqualTo(TargetDirection.LESS_THAN);
        assertThat(TargetDirection.fromCode("near")).isEqualTo(TargetDirection.CLOSE_TO);
        assertThatThrownBy(() -> TargetDirection.fromCode("about")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("about");
        assertThatThrownBy(() -> TargetDirection.fromCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundsAreInclusiveOnlyForNonStrictDirections() {
        assertThat(TargetDirection.AT_LEAST.isMet(60, 60)).isTrue();
        assertThat(TargetDirection.MORE_THAN.isMet(30, 30)).isFalse();
        assertThat(TargetDirection.MORE_THAN.isMet(30.01, 30)).isTrue();
        assertThat(TargetDirection.AT_MOST.isMet(31.8, 31.8)).isTrue();
        assertThat(TargetDirection.LESS_THAN.isMet(30, 30)).isFalse();
        assertThat(TargetDirection.CLOSE_TO.isMet(100, 100)).isTrue();
        assertThat(TargetDirection.CLOSE_TO.isMet(105, 100)).isFalse();
        assertThat(TargetDirection.CLOSE_TO.isMet(105, 100, 5)).isTrue();
        assertThat(TargetDirection.CLOSE_TO.isMet(94.9, 100, 5)).isFalse();
    }
}
