package jp.kenpokpi.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void anAddressHasOneAtAndADomainWithADot() {
        assertThat(EmailAddress.isValid("tanto@kenpo.example.jp")).isTrue();
        assertThat(EmailAddress.isValid("not-an-address")).isFalse();
        assertThat(EmailAddress.isValid("tanto@localhost")).isFalse();
        assertThat(EmailAddress.isValid("a@b@example.jp")).isFalse();
        assertThat(EmailAddress.isValid("tan to@example.jp")).isFalse();
    }

    @Test
    void anAddressLongerThanTheColumnIsRefused() {
        String local = "a".repeat(EmailAddress.MAX_LENGTH);
        assertThat(EmailAddress.isValid(local + "@example.jp")).isFalse();
    }
}
