package io.github.camelcustomerio.customers.consumer;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipTest {

    @Test
    void chunksStayBoundedAndReadBackInOrder() {
        Membership.Builder builder = new Membership.Builder(16);
        List<byte[]> stored = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            builder.add(String.format("cio-%08d", i), "person-" + i + "@example.com");
            if (i % 7_000 == 6_999) {
                Membership.Sealed sealed = builder.sealed();
                assertThat(sealed.first()).isEqualTo(stored.size());
                stored.addAll(sealed.chunks());
            }
        }
        stored.addAll(builder.sealed().chunks());
        Membership members = builder.build();

        assertThat(members.chunks())
                .hasSameSizeAs(stored)
                .hasSizeGreaterThan(10)
                .allSatisfy(chunk -> assertThat(chunk.length).isLessThan(Membership.CHUNK_BYTES));
        Membership reread = Membership.of(stored);
        assertThat(reread.count()).isEqualTo(50_000);
        assertThat(reread.contains("cio-00049999")).isTrue();
        assertThat(reread.contains("cio-00050000")).isFalse();
        try (Membership.Reader reader = reread.readerAt(12_345)) {
            Membership.Member member = reader.next();
            assertThat(member.key()).isEqualTo("cio-00012345");
            assertThat(member.secondary()).isEqualTo("person-12345@example.com");
            assertThat(member.index()).isEqualTo(12_345);
        }
    }

    @Test
    void aResumedBuilderGoesOnAfterWhatWasStored() {
        Membership.Builder first = new Membership.Builder(16);
        first.add("c1", "u1").add("c2", null);
        List<byte[]> stored = first.sealed().chunks();

        Membership.Builder resumed = Membership.Builder.resume(stored, 16);
        resumed.add("c3", "u3");
        Membership.Sealed sealed = resumed.sealed();
        Membership members = resumed.build();

        assertThat(sealed.first()).isEqualTo(1);
        assertThat(members.count()).isEqualTo(3);
        assertThat(members.contains("c1")).isTrue();
        assertThat(members.contains("c3")).isTrue();
        List<String> keys = new ArrayList<>();
        try (Membership.Reader reader = members.reader()) {
            for (Membership.Member member = reader.next(); member != null; member = reader.next()) {
                keys.add(member.key() + "/" + member.secondary());
            }
        }
        assertThat(keys).containsExactly("c1/u1", "c2/null", "c3/u3");
    }

    @Test
    void anIdentifierFitsARecordUpTo65535BytesOfModifiedUtf8() {
        assertThat(Membership.canRecord(null)).isTrue();
        assertThat(Membership.canRecord("a".repeat(65_535))).isTrue();
        assertThat(Membership.canRecord("a".repeat(65_536))).isFalse();
        assertThat(Membership.canRecord("\u00e9".repeat(32_767))).isTrue(); // two bytes each
        assertThat(Membership.canRecord("\u00e9".repeat(32_768))).isFalse();
        assertThat(Membership.canRecord("\u4e2d".repeat(21_846))).isFalse(); // three bytes each
    }
}
