package io.github.camelcustomerio.customers.simulator.paging;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CursorTest {

    @Test
    void cursorsRoundTripAndRejectForgeries() {
        Cursor cursor = new Cursor(1_718_001_234L, 17);
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(Cursor.at(18).encode()).isEqualTo("MTg6MA==");
        assertThatThrownBy(() -> Cursor.decode("YWJj")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Cursor.decode("!!")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesLookOneItemAhead() {
        Page<Long> full = Cursor.page(List.of(1L, 2L, 3L).iterator(), 3, Cursor::at);
        assertThat(full.next()).isNull();
        assertThat(full.nextToken()).isEmpty();

        Page<Long> partial = Cursor.page(List.of(1L, 2L, 3L).iterator(), 2, Cursor::at);
        assertThat(partial.items()).containsExactly(1L, 2L);
        assertThat(partial.next()).isEqualTo(Cursor.at(2));
    }
}
