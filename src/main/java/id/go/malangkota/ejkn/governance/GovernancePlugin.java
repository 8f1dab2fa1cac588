package id.go.malangkota.ejkn.governance;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Installs the governance of the engine (ADR 1501): the model gate as the first deployer, the rights guard in
 * front of every command, and the restricted bean map for expressions (only the application's delegates).
 */
@Component
public class GovernancePlugin extends AbstractProcessEnginePlugin {

  private final DelegateBeans delegates;
  private final ApplicationContext context;

  public GovernancePlugin(ApplicationContext context) {
    this.context = context;
    this.delegates = new DelegateBeans(context);
  }

  public DelegateBeans delegates() {
    return delegates;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> pre = configuration.getCustomPreDeployers();
    if (pre == null) {
      pre = new ArrayList<>();
      configuration.setCustomPreDeployers(pre);
    }
    pre.add(0, new ModelGateDeployer(delegates::names));

    configuration.setBeans(delegates);
    // the factory bean built an expression manager that sees every Spring bean: replace it with one that sees
    // only the delegates (function mappers such as Spin's S() are registered later, in postInit)
    configuration.setExpressionManager(new SpringExpressionManager(context, delegates));

    addGuard(configuration);
  }

  /** The guard in front of both command chains (they are built in init(), after this plugin's preInit). */
  static void addGuard(ProcessEngineConfigurationImpl configuration) {
    List<CommandInterceptor> txRequired = configuration.getCustomPreCommandInterceptorsTxRequired();
    if (txRequired == null) {
      txRequired = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequired(txRequired);
    }
    txRequired.add(0, new EngineRightsGuard(configuration::getIdentityService));
    List<CommandInterceptor> txRequiresNew = configuration.getCustomPreCommandInterceptorsTxRequiresNew();
    if (txRequiresNew == null) {
      txRequiresNew = new ArrayList<>();
      configuration.setCustomPreCommandInterceptorsTxRequiresNew(txRequiresNew);
    }
    txRequiresNew.add(0, new EngineRightsGuard(configuration::getIdentityService));
  }
}
