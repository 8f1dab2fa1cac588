package id.go.malangkota.ejkn.identity;

import java.util.List;

/** The groups of the city agencies and roles (kelurahan groups come from {@link KelurahanDirectory}). */
public final class StaffGroups {

  public static final String DISPENDUKCAPIL = "dispendukcapil";
  public static final String DINSOS = "dinsos";
  public static final String DISNAKER = "disnaker";
  public static final String DINKES = "dinkes";
  public static final String KADINKES = "kadinkes";
  public static final String AUDITOR = "auditor";
  public static final String PROCESS_OWNER = "pemilik-proses";
  public static final String ADMIN = "camunda-admin";
  /**
   * The group id earlier versions granted the system's publishing identity (ADR 1501). It holds no grant any more
   * (the publisher deploys without the grant check); the seeder removes what was written for it.
   */
  public static final String SYSTEM_PUBLISHER = "ejkn-sistem-penerbit";

  public static final String TYPE_KELURAHAN = "kelurahan";
  public static final String TYPE_AGENCY = "instansi";

  /** A group that is not a kelurahan. */
  public record GroupSpec(String id, String name, String type) {}

  /** Agencies that work tasks in Tasklist. */
  public static final List<GroupSpec> AGENCIES = List.of(
      new GroupSpec(DISPENDUKCAPIL, "Dinas Kependudukan dan Pencatatan Sipil", TYPE_AGENCY),
      new GroupSpec(DINSOS, "Dinas Sosial P3AP2KB", TYPE_AGENCY),
      new GroupSpec(DISNAKER, "Dinas Tenaga Kerja PMPTSP", TYPE_AGENCY),
      new GroupSpec(DINKES, "Dinas Kesehatan", TYPE_AGENCY),
      new GroupSpec(KADINKES, "Kepala Dinas Kesehatan", TYPE_AGENCY));

  public static final List<GroupSpec> ROLES = List.of(
      new GroupSpec(AUDITOR, "Auditor", "auditor"),
      new GroupSpec(PROCESS_OWNER, "Pemilik Proses (SOP)", "pemilik-proses"),
      new GroupSpec(ADMIN, "Administrator Camunda", "SYSTEM"));

  private StaffGroups() {}
}
