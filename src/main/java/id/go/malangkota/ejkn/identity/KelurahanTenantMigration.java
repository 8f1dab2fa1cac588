package id.go.malangkota.ejkn.identity;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings a database of the old access model (a grant per instance and per task, ADR 0002) to tenants (ADR 1101), at
 * every start, converging: instances without a tenant get their kelurahan's (from their root instance's
 * {@code kelurahanCode}) or the city's, on every runtime and history row that carries one; then the per-instance and
 * per-task grants are removed. Nothing is done when there is nothing to do (two cheap counts).
 */
@Component
public class KelurahanTenantMigration {

  private static final Logger log = LoggerFactory.getLogger(KelurahanTenantMigration.class);

  /** Tables whose rows name their process instance, and the column that does. */
  private static final List<String[]> BY_INSTANCE = List.of(
      new String[] {"ACT_HI_ACTINST", "PROC_INST_ID_"}, new String[] {"ACT_HI_TASKINST", "PROC_INST_ID_"},
      new String[] {"ACT_HI_VARINST", "PROC_INST_ID_"}, new String[] {"ACT_HI_DETAIL", "PROC_INST_ID_"},
      new String[] {"ACT_HI_COMMENT", "PROC_INST_ID_"}, new String[] {"ACT_HI_ATTACHMENT", "PROC_INST_ID_"},
      new String[] {"ACT_HI_OP_LOG", "PROC_INST_ID_"}, new String[] {"ACT_HI_INCIDENT", "PROC_INST_ID_"},
      new String[] {"ACT_HI_JOB_LOG", "PROCESS_INSTANCE_ID_"}, new String[] {"ACT_HI_EXT_TASK_LOG", "PROC_INST_ID_"},
      new String[] {"ACT_HI_DECINST", "PROC_INST_ID_"}, new String[] {"ACT_HI_IDENTITYLINK", "ROOT_PROC_INST_ID_"},
      new String[] {"ACT_HI_DEC_IN", "ROOT_PROC_INST_ID_"}, new String[] {"ACT_HI_DEC_OUT", "ROOT_PROC_INST_ID_"},
      new String[] {"ACT_GE_BYTEARRAY", "ROOT_PROC_INST_ID_"}, new String[] {"ACT_RU_EXECUTION", "PROC_INST_ID_"},
      new String[] {"ACT_RU_JOB", "PROCESS_INSTANCE_ID_"}, new String[] {"ACT_RU_TASK", "PROC_INST_ID_"},
      new String[] {"ACT_RU_VARIABLE", "PROC_INST_ID_"}, new String[] {"ACT_RU_EVENT_SUBSCR", "PROC_INST_ID_"},
      new String[] {"ACT_RU_INCIDENT", "PROC_INST_ID_"}, new String[] {"ACT_RU_EXT_TASK", "PROC_INST_ID_"});

  private final JdbcTemplate jdbc;
  private final KelurahanDirectory kelurahan;

  public KelurahanTenantMigration(JdbcTemplate jdbc, KelurahanDirectory kelurahan) {
    this.jdbc = jdbc;
    this.kelurahan = kelurahan;
  }

  public void migrate() {
    Long untenanted = jdbc.queryForObject("SELECT count(*) FROM ACT_HI_PROCINST WHERE TENANT_ID_ IS NULL", Long.class);
    if (untenanted != null && untenanted > 0) {
      String codes = kelurahan.all().stream().map(k -> "'" + k.code() + "'").collect(Collectors.joining(","));
      jdbc.update("UPDATE ACT_HI_PROCINST SET TENANT_ID_ = COALESCE((SELECT MAX(v.TEXT_) FROM ACT_HI_VARINST v "
          + "WHERE v.PROC_INST_ID_ = ACT_HI_PROCINST.ROOT_PROC_INST_ID_ AND v.NAME_ = 'kelurahanCode' AND v.TEXT_ IN ("
          + codes + ")), ?) WHERE TENANT_ID_ IS NULL", KelurahanTenancy.CITY);
      for (String[] t : BY_INSTANCE) {
        jdbc.update("UPDATE " + t[0] + " SET TENANT_ID_ = (SELECT p.TENANT_ID_ FROM ACT_HI_PROCINST p WHERE "
            + "p.PROC_INST_ID_ = " + t[0] + "." + t[1] + ") WHERE TENANT_ID_ IS NULL AND " + t[1] + " IS NOT NULL");
      }
      log.info("Tenant kelurahan: {} instans lama diberi tenant", untenanted);
    }
    String types = List.of(Resources.TASK, Resources.HISTORIC_TASK, Resources.PROCESS_INSTANCE,
        Resources.HISTORIC_PROCESS_INSTANCE).stream().map(r -> String.valueOf(r.resourceType()))
        .collect(Collectors.joining(","));
    int removed = jdbc.update("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ IN (" + types
        + ") AND RESOURCE_ID_ <> '*'");
    if (removed > 0) {
      log.info("Tenant kelurahan: {} izin per instans/per tugas dihapus", removed);
    }
  }
}
