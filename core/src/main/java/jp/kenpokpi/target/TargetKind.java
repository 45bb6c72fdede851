package jp.kenpokpi.target;

/** The kinds of target a mark policy treats differently. */
public enum TargetKind {
    /** A value to reach: 71.7%以上, 20%以下, 7日以内, 1,330事業所以上, 100%. */
    ABSOLUTE,
    /** Relative to the prior year: 対前年度以上. */
    RELATIVE,
    /** An action to carry out: 実施. */
    DONE
}
