package id.go.malangkota.ejkn.sop;

import java.util.Date;
import java.util.List;

/**
 * One service's SOP, read from the deployed diagram and tables: what the SOP page, its PDF and the checklist show.
 * Every text is for people (Bahasa Indonesia); nothing here is personal data.
 *
 * @param lanes the Pelaksana of the steps in the diagram's lane order: the columns of the SOP-AP flowchart
 */
public record Sop(
    String processKey,
    String processName,
    int version,
    String versionTag,
    Date deployedAt,
    ServiceOffer service,
    List<ServiceOffer> otherServices,
    String processDocumentation,
    List<String> lanes,
    List<Step> steps,
    List<Requirement> requirements,
    List<RequirementGroup> conditionalRequirements,
    List<StandardItem> standards,
    List<String> outcomes) {

  /**
   * A row of the SOP table (PermenPANRB 35/2012): Kegiatan, Pelaksana, Mutu Baku (Kelengkapan, Waktu, Output),
   * Keterangan; and for the flowchart where the flow goes next and whether the step decides between ways.
   */
  public record Step(int no, String id, Kind kind, String kegiatan, String pelaksana, String pelaksanaDetail,
      String kelengkapan, String waktu, String output, List<String> keterangan, boolean notApplicable,
      List<Next> next, boolean decision) {

    /** The flow ends after this step: no way leads to another step. */
    public boolean ends() {
      return next.stream().allMatch(Next::ends);
    }
  }

  /**
   * A way out of a step: the number of the next step, or 0 when the process ends there; the branch's label (the
   * sequence flow's name, e.g. "Belum lengkap"), or the end event's name, or "".
   */
  public record Next(int step, String label) {
    public boolean ends() {
      return step == 0;
    }
  }

  public enum Kind {
    /** a person does it (user task) */
    PERSON,
    /** the system does it on its own (service, business rule, script, send task) */
    SYSTEM,
    /** the service begins (start event) */
    START,
    /** an event the process waits for, or another kind of activity */
    OTHER
  }

  public record Requirement(String code, String label, boolean mandatory, String note) {}

  public record RequirementGroup(String title, List<Requirement> documents) {}

  /** An item of the service standard (standar pelayanan): persyaratan, prosedur, jangka waktu, biaya, produk, pengaduan. */
  public record StandardItem(String title, String text) {}

  public List<Requirement> mandatoryRequirements() {
    return requirements.stream().filter(Requirement::mandatory).toList();
  }
}
