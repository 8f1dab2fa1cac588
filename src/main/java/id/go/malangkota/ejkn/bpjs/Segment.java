package id.go.malangkota.ejkn.bpjs;

/** JKN participant segment (Perpres 82/2018) as the processes see it (CONTRACT.md); NONE when not registered. */
public enum Segment {
  PBI_APBN,
  PBI_APBD,
  PPU,
  PBPU,
  BP,
  NONE
}
