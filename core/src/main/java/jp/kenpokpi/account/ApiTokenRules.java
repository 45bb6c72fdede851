package jp.kenpokpi.account;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of a personal API token: a name its user recognises it by, an expiry of one of the offered lifetimes (a
 * token that never expires outlives the script it was made for), and when it is valid.
 */
public final class ApiTokenRules {

    /** The lifetimes offered, in days; the first is the default. A year at most: tokens are renewed, not kept. */
    public static final List<Integer> LIFETIME_DAYS = List.of(90, 30, 7, 365);

    public static final int NAME_MAX_LENGTH = 100;

    private ApiTokenRules() {}

    /** A token asked for on the form, before it is checked. */
    public record Request(String name, String scope, String lifetimeDays) {}

    /** A request that passed the checks. */
    public record Checked(String name, ApiTokenScope scope, Duration lifetime) {
        public Instant expiresAt(Instant createdAt) {
            return createdAt.plus(lifetime);
        }
    }

    /**
     * The request checked field by field: either the token to create or the problems by form field (name, scope,
     * lifetimeDays), in Japanese.
     */
    public static Result check(Request request) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) problems.put("name", "名前を入力してください（例: 本部DWH連携）");
        else if (name.length() > NAME_MAX_LENGTH)
            problems.put("name", "名前は" + NAME_MAX_LENGTH + "文字以内で入力してください（" + name.length() + "文字）");
        else if (name.codePoints().anyMatch(Character::isISOControl)) problems.put("name", "名前に制御文字は使えません");
        Optional<ApiTokenScope> scope = scope(request.scope());
        if (scope.isEmpty()) problems.put("scope", "権限の範囲を「読み取り」か「読み取りと書き込み」から選んでください");
        Optional<Integer> days = lifetime(request.lifetimeDays());
        if (days.isEmpty()) problems.put("lifetimeDays", "有効期間を " + lifetimesJa() + " から選んでください");
        if (!problems.isEmpty()) return new Result(Optional.empty(), problems);
        return new Result(
                Optional.of(new Checked(name, scope.orElseThrow(), Duration.ofDays(days.orElseThrow()))), Map.of());
    }

    /** Either the checked token or the problems. */
    public record Result(Optional<Checked> checked, Map<String, String> problems) {}

    /** Valid: not revoked, not expired. */
    public static boolean isValid(Optional<Instant> revokedAt, Instant expiresAt, Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    /** 有効, 期限切れ or 失効 as the token list shows it. */
    public static String stateJa(Optional<Instant> revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt.isPresent()) return "失効";
        return now.isBefore(expiresAt) ? "有効" : "期限切れ";
    }

    private static Optional<ApiTokenScope> scope(String text) {
        for (ApiTokenScope s : ApiTokenScope.values()) if (s.name().equals(text)) return Optional.of(s);
        return Optional.empty();
    }

    private static Optional<Integer> lifetime(String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            return LIFETIME_DAYS.contains(days) ? Optional.of(days) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String lifetimesJa() {
        List<String> out = new ArrayList<>();
        LIFETIME_DAYS.stream().sorted().forEach(d -> out.add(d + "日"));
        return String.join("・", out);
    }
}
