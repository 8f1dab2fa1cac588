package id.go.malangkota.ejkn.bpjs;

/** First-level health facility (FKTP, BPJS {@code provUmum}): the puskesmas or clinic a member is registered at. */
public record Fktp(String code, String name) {}
