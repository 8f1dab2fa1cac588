package id.go.malangkota.ejkn.bpjs.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.go.malangkota.ejkn.bpjs.ActivationCheck;
import id.go.malangkota.ejkn.bpjs.BpjsClient;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.BpjsRefusedException;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import id.go.malangkota.ejkn.bpjs.Fktp;
import id.go.malangkota.ejkn.bpjs.MembershipStatus;
import id.go.malangkota.ejkn.bpjs.Participant;
import id.go.malangkota.ejkn.bpjs.Segment;
import id.go.malangkota.ejkn.bpjs.simulator.SimulatorState;
import id.go.malangkota.ejkn.support.EjknIntegrationTest;
import id.go.malangkota.ejkn.support.TestInfrastructure;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Both submission adapters against real counterparts: the simulator over HTTP, the mail adapter via GreenMail. */
@EjknIntegrationTest
class BpjsSubmissionIT {

  @Autowired BpjsSubmissionPort port;
  @Autowired ActivationCheck activation;
  @Autowired BpjsClient client;
  @Autowired SimulatorState simulator;
  @Autowired SubmissionLedger ledger;
  @Autowired JavaMailSender mailSender;
  @Autowired JdbcTemplate jdbc;

  private static final Fktp PANDANWANGI = new Fktp("13050101", "PUSKESMAS PANDANWANGI");

  @AfterEach
  void resetSimulator() {
    simulator.reset();
  }

  private static String key(SubmissionType type, String... niks) {
    return IdempotencyKey.of("pi-" + UUID.randomUUID(), type, Arrays.asList(niks));
  }

  private static SubmissionMember member(String nik, String name, LocalDate born) {
    return new SubmissionMember(nik, name, born, "3573010101200077", null, PANDANWANGI);
  }

  // ---- simulator adapter -------------------------------------------------------------------------------------

  @Test
  void registersANewMemberWhoThenShowsAsActiveCityFunded() {
    String nik = "3573012001990051";
    assertThat(client.findByNik(nik).status()).isEqualTo(MembershipStatus.NOT_REGISTERED);
    assertThat(activation.isCompleted(SubmissionType.REGISTER, nik)).isFalse();

    SubmissionReceipt receipt = port.submit(SubmissionRequest.of(key(SubmissionType.REGISTER, nik),
        SubmissionType.REGISTER, List.of(member(nik, "Rizky Ramadhan", LocalDate.of(1999, 1, 20)))));

    assertThat(receipt.channel()).isEqualTo("SIMULATOR");
    assertThat(receipt.reference()).startsWith("REG-");
    assertThat(receipt.replayed()).isFalse();
    assertThat(activation.isCompleted(SubmissionType.REGISTER, nik)).isTrue();
    assertThat(activation.isActive(nik)).isTrue();
    Participant p = client.findByNik(nik);
    assertThat(p.segment()).isEqualTo(Segment.PBI_APBD);
    assertThat(p.cardNumber()).matches("\\d{13}");
    assertThat(p.fktp()).isEqualTo(PANDANWANGI);
    assertThat(p.name()).isEqualTo("RIZKY RAMADHAN");
  }

  @Test
  void theSameKeyTwiceRegistersOnce() {
    String nik = "3573015503000052";
    String key = key(SubmissionType.REGISTER, nik);
    SubmissionRequest request = SubmissionRequest.of(key, SubmissionType.REGISTER,
        List.of(member(nik, "Anisa Rahma", LocalDate.of(2000, 3, 15))));
    SubmissionReceipt first = port.submit(request);
    String card = client.findByNik(nik).cardNumber();

    // BPJS later deactivates the member; a resend would make her active again, so this shows whether it happened
    simulator.put(nik, simulator.byNik(nik).orElseThrow().put("statusPeserta", (String) null)
        .set("statusPeserta", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()
            .put("kode", "1").put("keterangan", "NON AKTIF")));

    SubmissionReceipt second = port.submit(request);
    assertThat(second.replayed()).isTrue();
    assertThat(second.reference()).isEqualTo(first.reference());
    assertThat(second.submittedAt()).isEqualTo(first.submittedAt());
    assertThat(client.findByNik(nik).status()).isEqualTo(MembershipStatus.INACTIVE);
    assertThat(client.findByNik(nik).cardNumber()).isEqualTo(card);
    assertThat(jdbc.queryForObject("SELECT attempts FROM ejkn_bpjs_submission WHERE idempotency_key = ?",
        Integer.class, key)).isEqualTo(1);
  }

  @Test
  void changesAMandiriMemberToCityFunded() {
    String nik = "3573030206900005";
    assertThat(client.findByNik(nik).segment()).isEqualTo(Segment.PBPU);
    port.submit(SubmissionRequest.of(key(SubmissionType.CHANGE_SEGMENT, nik), SubmissionType.CHANGE_SEGMENT,
        List.of(new SubmissionMember(nik, "DWI ARIYANTO", LocalDate.of(1990, 6, 2), null, "0001357300005", null))));
    assertThat(activation.isCompleted(SubmissionType.CHANGE_SEGMENT, nik)).isTrue();
    assertThat(client.findByNik(nik).cardNumber()).isEqualTo("0001357300005");
  }

  @Test
  void reactivatesAndDeactivates() {
    String inactive = "3573047009850006";
    assertThat(activation.isActive(inactive)).isFalse();
    port.submit(new SubmissionRequest(key(SubmissionType.REACTIVATE, inactive), SubmissionType.REACTIVATE,
        List.of(member(inactive, "RINA WULANDARI", LocalDate.of(1985, 9, 30))), null, true, null, null));
    assertThat(activation.isCompleted(SubmissionType.REACTIVATE, inactive)).isTrue();

    String active = "3573014508820002";
    assertThat(activation.isCompleted(SubmissionType.DEACTIVATE, active)).isFalse();
    port.submit(new SubmissionRequest(key(SubmissionType.DEACTIVATE, active), SubmissionType.DEACTIVATE,
        List.of(member(active, "SITI AMINAH", LocalDate.of(1982, 8, 5))), "MOVED_OUT", false, null, null));
    assertThat(activation.isCompleted(SubmissionType.DEACTIVATE, active)).isTrue();
    assertThat(activation.isActive(active)).isFalse();
  }

  @Test
  void aRequestBpjsTurnsDownIsRefusedNotRetried() {
    String active = "3573011203750001";
    String key = key(SubmissionType.REGISTER, active);
    assertThatThrownBy(() -> port.submit(SubmissionRequest.of(key, SubmissionType.REGISTER,
        List.of(member(active, "AHMAD FAUZI", LocalDate.of(1975, 3, 12))))))
        .isInstanceOfSatisfying(BpjsRefusedException.class, e -> {
          assertThat(e.code()).isEqualTo("BPJS_REJECTED");
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains("sudah terdaftar aktif").doesNotContain(active);
        });
    assertThat(jdbc.queryForObject("SELECT state FROM ejkn_bpjs_submission WHERE idempotency_key = ?",
        String.class, key)).isEqualTo("FAILED");
  }

  // ---- mail adapter ------------------------------------------------------------------------------------------

  private MailSubmissionAdapter mailAdapter(JavaMailSender sender, String to) {
    BpjsProperties.Mail settings = new BpjsProperties.Mail(to, null, "400.7/{seq}/35.73.302/{year}",
        "dr. Nama Pejabat, M.Kes.", "Sekretaris Dinas Kesehatan", "19700101 199503 1 001");
    return new MailSubmissionAdapter(sender, ledger, settings, "e-JKN Cekat <noreply@ejkn.malangkota.go.id>",
        "Jl. Simpang Laksda Adi Sucipto No. 45, Malang", ZoneId.of("Asia/Jakarta"), Clock.systemUTC());
  }

  private static MimeMessage[] mailsFor(String domain) throws InterruptedException {
    GreenMail greenMail = TestInfrastructure.greenMail();
    for (int i = 0; i < 50; i++) {
      MimeMessage[] m = greenMail.getReceivedMessagesForDomain(domain);
      if (m.length > 0) {
        return m;
      }
      Thread.sleep(100);
    }
    return new MimeMessage[0];
  }

  private static Map<String, byte[]> attachments(MimeMessage message) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    MimeMultipart multipart = (MimeMultipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getFileName() != null) {
        try (InputStream in = part.getInputStream()) {
          files.put(part.getFileName(), in.readAllBytes());
        }
      }
    }
    return files;
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(new PdfTextExtractor(reader).getTextFromPage(page));
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  @Test
  void mailsASignedLetterWithTheDataFileToTheBranchOfficeOnce() throws Exception {
    String domain = "cabang-" + UUID.randomUUID() + ".bpjs.test";
    String to = "kepesertaan@" + domain;
    MailSubmissionAdapter adapter = mailAdapter(mailSender, to);
    String key = key(SubmissionType.REGISTER, "3573016808700061", "3573011010950062");
    SubmissionRequest request = new SubmissionRequest(key, SubmissionType.REGISTER, List.of(
        member("3573016808700061", "WAHYU NINGSIH", LocalDate.of(1970, 8, 28)),
        member("3573011010950062", "AGUS PRASETYO", LocalDate.of(1995, 10, 10))), null, false, "APP-0042", null);

    SubmissionReceipt receipt = adapter.submit(request);
    assertThat(receipt.channel()).isEqualTo("MAIL");
    assertThat(receipt.reference()).matches("400\\.7/\\d+/35\\.73\\.302/\\d{4}");

    MimeMessage[] mails = mailsFor(domain);
    assertThat(mails).hasSize(1);
    MimeMessage mail = mails[0];
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)).containsExactly(to);
    assertThat(mail.getSubject()).contains("Pendaftaran Peserta JKN", receipt.reference());
    assertThat(mail.getHeader(MailSubmissionAdapter.KEY_HEADER)[0]).isEqualTo(key);

    Map<String, byte[]> files = attachments(mail);
    String pdfName = files.keySet().stream().filter(n -> n.endsWith(".pdf")).findFirst().orElseThrow();
    String csvName = files.keySet().stream().filter(n -> n.endsWith(".csv")).findFirst().orElseThrow();
    String letter = pdfText(files.get(pdfName));
    assertThat(letter).contains("PEMERINTAH KOTA MALANG", "DINAS KESEHATAN", receipt.reference(), "WAHYU NINGSIH",
        "AGUS PRASETYO", "3573016808700061", "a.n. KEPALA DINAS KESEHATAN", "dr. Nama Pejabat, M.Kes.");
    String csv = new String(files.get(csvName), StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n")).hasSize(3);
    assertThat(csv).contains("\"3573011010950062\"", "\"AGUS PRASETYO\"", "\"PENDAFTARAN BARU\"");

    SubmissionReceipt again = adapter.submit(request);
    assertThat(again.replayed()).isTrue();
    assertThat(again.reference()).isEqualTo(receipt.reference());
    Thread.sleep(300);
    assertThat(TestInfrastructure.greenMail().getReceivedMessagesForDomain(domain)).hasSize(1);
  }

  @Test
  void aFailedSendIsRetriedWithTheSameLetterNumberAndSentOnce() throws Exception {
    String domain = "cabang-" + UUID.randomUUID() + ".bpjs.test";
    String key = key(SubmissionType.DEACTIVATE, "3573014508820002");
    SubmissionRequest request = new SubmissionRequest(key, SubmissionType.DEACTIVATE,
        List.of(member("3573014508820002", "SITI AMINAH", LocalDate.of(1982, 8, 5))), "DECEASED", false, null, null);

    JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
    unreachable.setHost("127.0.0.1");
    unreachable.setPort(1); // nothing listens there
    assertThatThrownBy(() -> mailAdapter(unreachable, "kepesertaan@" + domain).submit(request))
        .isInstanceOfSatisfying(BpjsUnavailableException.class, e -> assertThat(e.retryable()).isTrue());
    String reserved = jdbc.queryForObject("SELECT reference FROM ejkn_bpjs_submission WHERE idempotency_key = ?",
        String.class, key);
    assertThat(reserved).isNotNull();

    SubmissionReceipt receipt = mailAdapter(mailSender, "kepesertaan@" + domain).submit(request);
    assertThat(receipt.reference()).isEqualTo(reserved);
    assertThat(mailsFor(domain)).hasSize(1);
    assertThat(mailsFor(domain)[0].getSubject()).contains("Penonaktifan", reserved);
    assertThat(jdbc.queryForObject("SELECT attempts FROM ejkn_bpjs_submission WHERE idempotency_key = ?",
        Integer.class, key)).isEqualTo(2);
  }
}
