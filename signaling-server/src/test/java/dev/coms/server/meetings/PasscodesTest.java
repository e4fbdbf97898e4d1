package dev.coms.server.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.coms.server.security.ReadableCodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasscodesTest {

    @Test
    void passcodesAreThreeGroupsOfFourWithoutLookAlikes() {
        ReadableCodes passcodes = new ReadableCodes();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            String code = passcodes.generate();
            assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}").doesNotContain("0", "O", "1", "I", "L");
            seen.add(code);
        }
        assertThat(seen).hasSize(2_000);
        assertThat(12 * Math.log(ReadableCodes.ALPHABET.length()) / Math.log(2)).isGreaterThan(40);
    }

    @Test
    void typingIsForgivingAboutCaseSpacesAndDashes() {
        assertThat(ReadableCodes.normalise(" abcd efgh-jkmn ")).isEqualTo("ABCDEFGHJKMN");
        assertThat(ReadableCodes.normalise(null)).isEmpty();
    }

    @Test
    void sealedPasscodesOpenOnlyForTheirMeetingAndKey(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        MeetingsSettings settings = MeetingsSettings.defaults().withSecretKeyFile(dir.resolve("keys/server.key"));
        PasscodeVault vault = PasscodeVault.from(settings);
        String sealed = vault.seal("meeting1", "ABCD-EFGH-JKMN");
        assertThat(sealed).doesNotContain("ABCD");
        assertThat(vault.open("meeting1", sealed)).isEqualTo("ABCD-EFGH-JKMN");
        assertThatThrownBy(() -> vault.open("meeting2", sealed)).isInstanceOf(IllegalStateException.class);

        Path keyFile = dir.resolve("keys/server.key");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PasscodeVault.from(settings).open("meeting1", sealed))
                .as("same key after a restart")
                .isEqualTo("ABCD-EFGH-JKMN");

        PasscodeVault otherKey = PasscodeVault.from(settings.withSecretKeyFile(dir.resolve("other.key")));
        assertThatThrownBy(() -> otherKey.open("meeting1", sealed)).isInstanceOf(IllegalStateException.class);
    }
}
