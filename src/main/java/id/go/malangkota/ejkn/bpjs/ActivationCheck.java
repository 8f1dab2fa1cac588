package id.go.malangkota.ejkn.bpjs;

import id.go.malangkota.ejkn.bpjs.submission.SubmissionType;
import org.springframework.stereotype.Component;

/**
 * Whether BPJS has carried out a submission yet, seen through the participant look-up (there is no status API for
 * submissions). The processes poll this on a timer until it says yes or their deadline escalates.
 */
@Component
public class ActivationCheck {

  private final BpjsClient client;

  public ActivationCheck(BpjsClient client) {
    this.client = client;
  }

  /** Active today, whatever the segment. */
  public boolean isActive(String nik) {
    return client.findByNik(nik).isActive();
  }

  /**
   * Whether the look-up shows the outcome the submission asked for: city-funded and active after REGISTER,
   * CHANGE_SEGMENT or REACTIVATE; no longer active after DEACTIVATE.
   */
  public boolean isCompleted(SubmissionType type, String nik) {
    Participant p = client.findByNik(nik);
    return switch (type) {
      case REGISTER, CHANGE_SEGMENT, REACTIVATE -> p.isActive() && p.segment() == Segment.PBI_APBD;
      case DEACTIVATE -> !p.isActive();
    };
  }
}
