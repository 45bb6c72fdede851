package jp.kenpokpi.value;

import java.util.Optional;

/** A value read from its printed text, with the trailing bracketed remark (R6.2現在) that belongs in the note. */
public record Reading<T>(T value, Optional<String> remark) {}
