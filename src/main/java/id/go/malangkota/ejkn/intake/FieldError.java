package id.go.malangkota.ejkn.intake;

/** One invalid field: its JSON path (e.g. {@code members[0].nik}) and what is wrong, in Bahasa Indonesia. */
public record FieldError(String field, String message) {}
