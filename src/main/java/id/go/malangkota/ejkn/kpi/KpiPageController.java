package id.go.malangkota.ejkn.kpi;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /kpi}: the dashboard as a page of its own for leaders who work in Tasklist, not Cockpit (Kepala Dinas,
 * Dinas Kesehatan). It renders the same script as the Cockpit page and reads {@code /api/kpi} with the webapp
 * session (or asks for a login).
 */
@Controller
public class KpiPageController {

  @GetMapping({"/kpi", "/kpi/"})
  public String page() {
    return "forward:/kpi/index.html";
  }
}
