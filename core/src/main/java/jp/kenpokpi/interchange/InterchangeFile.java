package jp.kenpokpi.interchange;

/** A file to import, by the name the user gave it and its raw bytes (decoded here, so encoding errors are ours). */
public record InterchangeFile(String name, byte[] content) {}
