package id.go.malangkota.ejkn.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The city agencies that work tasks, with their group id (candidate group in the BPMN), their names as people read
 * them, and the prefix of the variables their verification form submits ({@code welfareDecision}, …).
 */
public enum Agency {
  DISPENDUKCAPIL(StaffGroups.DISPENDUKCAPIL, "Dinas Kependudukan dan Pencatatan Sipil", "Dispendukcapil", "civilRegistry"),
  DINSOS(StaffGroups.DINSOS, "Dinas Sosial P3AP2KB", "Dinas Sosial", "welfare"),
  DISNAKER(StaffGroups.DISNAKER, "Dinas Tenaga Kerja PMPTSP", "Disnaker PMPTSP", "employment"),
  DINKES(StaffGroups.DINKES, "Dinas Kesehatan", "Dinas Kesehatan", null),
  KADINKES(StaffGroups.KADINKES, "Kepala Dinas Kesehatan", "Kepala Dinas Kesehatan", null);

  private final String groupId;
  private final String label;
  private final String shortLabel;
  private final String formPrefix;

  Agency(String groupId, String label, String shortLabel, String formPrefix) {
    this.groupId = groupId;
    this.label = label;
    this.shortLabel = shortLabel;
    this.formPrefix = formPrefix;
  }

  public String groupId() {
    return groupId;
  }

  public String label() {
    return label;
  }

  public String shortLabel() {
    return shortLabel;
  }

  /** The prefix of a verifier's form variables; null for agencies that do not verify applications. */
  public String formPrefix() {
    return formPrefix;
  }

  public static Optional<Agency> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(a -> a.groupId.equals(groupId)).findFirst();
  }

  /** The agencies that verify applications (one task each, routed by the verification-route table). */
  public static java.util.List<Agency> verifiers() {
    return Arrays.stream(values()).filter(a -> a.formPrefix != null).toList();
  }
}
