package id.go.malangkota.ejkn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The receipt's QR code is a real one: a phone's reader gets the status address back. */
class QrCodeTest {

  @Test
  void theCodeReadsBackAsTheStatusAddress() throws Exception {
    String url = "https://ejkn.malangkota.go.id/status?number=JKN-2026-000123";
    BufferedImage image = QrCode.image(url, 240);
    assertThat(image.getWidth()).isEqualTo(240);
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
    String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    assertThat(read).isEqualTo(url);
  }
}
