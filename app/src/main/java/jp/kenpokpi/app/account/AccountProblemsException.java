package jp.kenpokpi.app.account;

import java.util.Map;

/** A form refused field by field (the key is the form field); nothing was saved. */
public class AccountProblemsException extends RuntimeException {

    private final transient Map<String, String> problems;

    public AccountProblemsException(Map<String, String> problems) {
        super(String.join(" / ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
