package jp.kenpokpi.targetsetting;

/** Where a branch's proposed target stands with headquarters. */
public enum ProposalState {
    /** 提案中: waiting for headquarters. */
    PROPOSED("提案中"),
    /** 承認: headquarters accepted it; the proposed target is the branch's target. */
    ACCEPTED("承認"),
    /** 差戻し: headquarters sent it back with a comment; the branch proposes again. */
    RETURNED("差戻し");

    private final String nameJa;

    ProposalState(String nameJa) {
        this.nameJa = nameJa;
    }

    public String nameJa() {
        return nameJa;
    }
}
