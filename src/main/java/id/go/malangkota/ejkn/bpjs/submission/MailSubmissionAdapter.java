package id.go.malangkota.ejkn.bpjs.submission;

import id.go.malangkota.ejkn.bpjs.BpjsErrorCode;
import id.go.malangkota.ejkn.bpjs.BpjsProperties;
import id.go.malangkota.ejkn.bpjs.BpjsRefusedException;
import id.go.malangkota.ejkn.bpjs.BpjsUnavailableException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The real-world route: a letter signed on behalf of the head of Dinas Kesehatan (PDF) with the data file (CSV),
 * e-mailed to the BPJS branch office ({@code ejkn.bpjs.submission.mail.to}). The letter number is reserved in the
 * ledger before sending, so a resend after a crash carries the same number and the branch can spot it.
 */
@Component
@ConditionalOnProperty(prefix = "ejkn.bpjs.submission", name = "adapter", havingValue = "mail")
public class MailSubmissionAdapter implements BpjsSubmissionPort {

  public static final String CHANNEL = "MAIL";
  /** Lets the branch office (or its mail filter) recognise a resend of the same submission. */
  public static final String KEY_HEADER = "X-EJKN-Idempotency-Key";

  private final JavaMailSender mailSender;
  private final SubmissionLedger ledger;
  private final BpjsProperties.Mail settings;
  private final String from;
  private final String address;
  private final ZoneId zone;
  private final Clock clock;

  @Autowired
  public MailSubmissionAdapter(JavaMailSender mailSender, SubmissionLedger ledger, BpjsProperties properties,
      @Value("${ejkn.mail.from:e-JKN Cekat Kota Malang <noreply@ejkn.malangkota.go.id>}") String from,
      @Value("${ejkn.bpjs.submission.mail.address:Jl. Simpang Laksda Adi Sucipto No. 45, Blimbing, Malang 65126}")
      String address,
      @Value("${ejkn.timezone:Asia/Jakarta}") String timezone) {
    this(mailSender, ledger, properties.submission().mail(), from, address, ZoneId.of(timezone), Clock.systemUTC());
  }

  public MailSubmissionAdapter(JavaMailSender mailSender, SubmissionLedger ledger, BpjsProperties.Mail settings,
      String from, String address, ZoneId zone, Clock clock) {
    this.mailSender = mailSender;
    this.ledger = ledger;
    this.settings = settings;
    this.from = from;
    this.address = address;
    this.zone = zone;
    this.clock = clock;
  }

  @Override
  public SubmissionReceipt submit(SubmissionRequest request) {
    if (settings.to() == null || settings.to().isBlank()) {
      throw new BpjsRefusedException(BpjsErrorCode.NOT_CONFIGURED, "ejkn.bpjs.submission.mail.to", null);
    }
    return ledger.once(request, CHANNEL, claim -> send(request, claim));
  }

  private String send(SubmissionRequest request, SubmissionLedger.Claim claim) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    String number = claim.reservedReference();
    if (number == null) {
      number = settings.letterNumberPattern()
          .replace("{seq}", Integer.toString(ledger.nextLetterSequence(today.getYear())))
          .replace("{year}", Integer.toString(today.getYear()));
      ledger.reserveReference(request.idempotencyKey(), number);
    }
    byte[] pdf = SubmissionLetter.render(request, new SubmissionLetter.Header(number, today,
        orDash(settings.signatoryName()), orDash(settings.signatoryTitle()), orDash(settings.signatoryNip()), address));
    byte[] csv = SubmissionCsv.render(request);
    String fileStem = number.replaceAll("[^A-Za-z0-9.]+", "-");
    try {
      MimeMessage message = mailSender.createMimeMessage();
      MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
      mail.setFrom(from);
      mail.setTo(settings.to().split("\\s*,\\s*"));
      if (settings.cc() != null && !settings.cc().isBlank()) {
        mail.setCc(settings.cc().split("\\s*,\\s*"));
      }
      mail.setSubject((request.urgent() ? "[SEGERA] " : "") + SubmissionTexts.subject(request.type()) + " — No. "
          + number);
      mail.setText(bodyText(request, number, today));
      mail.addAttachment("surat-permohonan-" + fileStem + ".pdf", new ByteArrayResource(pdf), "application/pdf");
      mail.addAttachment("data-peserta-" + fileStem + ".csv", new ByteArrayResource(csv), "text/csv; charset=UTF-8");
      message.setHeader(KEY_HEADER, request.idempotencyKey());
      mailSender.send(message);
    } catch (MailAuthenticationException e) {
      throw new BpjsRefusedException(BpjsErrorCode.NOT_CONFIGURED, "login server surel ditolak", null);
    } catch (MailException | MessagingException e) {
      throw new BpjsUnavailableException(BpjsErrorCode.UNAVAILABLE, "server surel: " + e.getClass().getSimpleName(),
          null, null);
    }
    return number;
  }

  private static String bodyText(SubmissionRequest request, String number, LocalDate date) {
    int count = request.members().size();
    return "Yth. Kepala BPJS Kesehatan Kantor Cabang Malang,\n\n"
        + "Bersama surel ini Dinas Kesehatan Kota Malang menyampaikan surat nomor " + number + " tanggal "
        + SubmissionTexts.longDate(date) + " perihal " + SubmissionTexts.subject(request.type()) + " untuk " + count
        + " (" + count + ") orang penduduk Kota Malang.\n\n"
        + (request.urgent()
            ? "Permohonan ini bersifat SEGERA: peserta sedang dirawat dan kartu perlu aktif paling lambat 3 x 24 jam "
                + "sejak masuk rumah sakit (Permenkes 28/2014).\n\n"
            : "")
        + "Lampiran:\n"
        + "1. Surat permohonan yang ditandatangani a.n. Kepala Dinas Kesehatan (PDF);\n"
        + "2. Data peserta (CSV, pemisah titik koma).\n\n"
        + "Mohon tindak lanjutnya. Status kepesertaan akan kami pantau melalui layanan cek kepesertaan BPJS.\n"
        + "Referensi pengajuan: " + request.idempotencyKey() + "\n\n"
        + "Hormat kami,\nDinas Kesehatan Kota Malang\n(dikirim otomatis oleh e-JKN Cekat)\n";
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }
}
