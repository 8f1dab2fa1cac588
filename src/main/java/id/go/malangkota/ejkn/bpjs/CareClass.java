package id.go.malangkota.ejkn.bpjs;

/** Hospital class entitlement (BPJS {@code hakKelas}), e.g. code {@code 3}, name {@code KELAS III}. */
public record CareClass(String code, String name) {}
