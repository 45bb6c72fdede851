package jp.kenpokpi.app.account;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.kenpokpi.app.security.UserAccountRepository.Profile;

/** An account's fields as the change log records them (RecordedFields names them): never a password or its hash. */
final class AccountValues {

    private AccountValues() {}

    static Map<String, String> of(Profile profile, boolean enabled) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("display_name", profile.account().displayName());
        values.put("role", profile.account().role().nameJa());
        values.put("branch_code", profile.account().branchNameJa());
        values.put("group_name", profile.group().orElse(""));
        values.put("email", profile.email().orElse(""));
        values.put("enabled", enabledJa(enabled));
        return values;
    }

    static String enabledJa(boolean enabled) {
        return enabled ? "有効" : "無効";
    }
}
